-- name: refer_collections
-- params: codes[] (COD_ELP), year (COD_ANU)
-- returns: cod_col:code, cod_elp:code
-- Every element the groups of each collection of the cited elements are attached to this year:
-- is the collection shared by the porteur and all the portés?
SELECT DISTINCT g.COD_COL, o.COD_ELP
FROM GROUPE g
JOIN GPE_OBJ o ON o.COD_GPE = g.COD_GPE AND o.TYP_OBJ_GPO = 'ELP'
WHERE g.COD_COL IN (SELECT s.COD_COL FROM GROUPE s
                    JOIN GPE_OBJ so ON so.COD_GPE = s.COD_GPE
                    WHERE so.COD_ELP IN :codes AND s.COD_COL IS NOT NULL)
  AND (g.DAA_DEB_VAL_GPE IS NULL OR g.DAA_DEB_VAL_GPE <= :year)
  AND (g.DAA_FIN_VAL_GPE IS NULL OR g.DAA_FIN_VAL_GPE >= :year)
