-- name: refer_collections
-- params: codes[] (COD_ELP)
-- returns: cod_col, cod_elp
-- Every element each collection of the cited elements is on (is it shared porteur/portés?).
SELECT DISTINCT o.COD_COL, o.COD_ELP
FROM GPE_OBJ o
WHERE o.COD_COL IN (SELECT s.COD_COL FROM GPE_OBJ s
                    WHERE s.COD_ELP IN :codes AND s.COD_COL IS NOT NULL)
