-- name: refer_sample_group
-- params: year (COD_ANU)
-- returns: cod_elp:code
-- triage doctor: one element with a group valid this year, to read its groups as a ticket does.
SELECT MIN(o.COD_ELP) AS COD_ELP
FROM GPE_OBJ o
JOIN GROUPE g ON g.COD_GPE = o.COD_GPE
JOIN ELEMENT_PEDAGOGI e ON e.COD_ELP = o.COD_ELP
WHERE o.TYP_OBJ_GPO = 'ELP'
  AND (g.DAA_DEB_VAL_GPE IS NULL OR g.DAA_DEB_VAL_GPE <= :year)
  AND (g.DAA_FIN_VAL_GPE IS NULL OR g.DAA_FIN_VAL_GPE >= :year)
