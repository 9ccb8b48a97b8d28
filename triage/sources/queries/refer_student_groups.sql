-- name: refer_student_groups
-- params: numbers[]:int (COD_ETU), year (COD_ANU)
-- returns: cod_etu:code, cod_ext_gpe:code, cod_elp:code
-- The year's group assignments of the students, with every element each group is attached to.
-- A group is shown by its visible code (COD_EXT_GPE; COD_GPE is an internal number); groups
-- closed before this year or opened after it (DAA_DEB/FIN_VAL_GPE) are left out.
SELECT i.COD_ETU, g.COD_EXT_GPE, o.COD_ELP
FROM IND_AFFECTE_GPE a
JOIN INDIVIDU i ON i.COD_IND = a.COD_IND
JOIN GROUPE g ON g.COD_GPE = a.COD_GPE
JOIN GPE_OBJ o ON o.COD_GPE = a.COD_GPE AND o.TYP_OBJ_GPO = 'ELP'
WHERE i.COD_ETU IN :numbers
  AND a.COD_ANU = :year
  AND (g.DAA_DEB_VAL_GPE IS NULL OR g.DAA_DEB_VAL_GPE <= :year)
  AND (g.DAA_FIN_VAL_GPE IS NULL OR g.DAA_FIN_VAL_GPE >= :year)
