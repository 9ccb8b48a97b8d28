-- name: refer_element_groups
-- params: codes[] (COD_ELP), year (COD_ANU)
-- returns: cod_elp:code, cod_ext_gpe:code, lib_gpe:text, cod_col:code
-- APOGÉE groups attached to the elements this year (validity DAA_DEB/FIN_VAL_GPE), by their
-- visible code, and the collection each group belongs to.
SELECT o.COD_ELP, g.COD_EXT_GPE, g.LIB_GPE, g.COD_COL
FROM GPE_OBJ o
JOIN GROUPE g ON g.COD_GPE = o.COD_GPE
WHERE o.COD_ELP IN :codes
  AND o.TYP_OBJ_GPO = 'ELP'
  AND (g.DAA_DEB_VAL_GPE IS NULL OR g.DAA_DEB_VAL_GPE <= :year)
  AND (g.DAA_FIN_VAL_GPE IS NULL OR g.DAA_FIN_VAL_GPE >= :year)
