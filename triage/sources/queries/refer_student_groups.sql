-- name: refer_student_groups
-- params: numbers[] (COD_ETU), year (COD_ANU)
-- returns: cod_etu, cod_gpe, cod_elp, dat_mod_aff
-- Group assignments of the students, with every element each group is attached to.
SELECT i.COD_ETU, a.COD_GPE, o.COD_ELP, a.DAT_MOD_AFF
FROM IND_AFFECTE_GPE a
JOIN INDIVIDU i ON i.COD_IND = a.COD_IND
JOIN GPE_OBJ o ON o.COD_GPE = a.COD_GPE
WHERE i.COD_ETU IN :numbers
  AND a.COD_ANU = :year
