-- name: refer_element_groups
-- params: codes[] (COD_ELP)
-- returns: cod_elp, cod_gpe, lib_gpe, cod_col, dat_mod_gpe
-- APOGÉE groups attached to the elements, and the collection each comes through.
SELECT o.COD_ELP, g.COD_GPE, g.LIB_GPE, o.COD_COL, g.DAT_MOD_GPE
FROM GPE_OBJ o
JOIN GROUPE g ON g.COD_GPE = o.COD_GPE
WHERE o.COD_ELP IN :codes
