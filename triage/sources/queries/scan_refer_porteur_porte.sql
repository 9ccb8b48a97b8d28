-- name: scan_refer_porteur_porte
-- params: year (COD_ANU)
-- returns: cod_elp_porteur, cod_elp_porte, cod_col, students
-- Scan: mutualisations where a collection of the porteur is not on the porté, with the number of
-- IPs on the porté this year (students who will not reach the porteur's course groups).
SELECT DISTINCT p.COD_ELP_PORTEUR, p.COD_ELP_PORTE, o.COD_COL,
       (SELECT COUNT(*) FROM IND_CONTRAT_ELP c
        WHERE c.COD_ELP = p.COD_ELP_PORTE AND c.COD_ANU = :year) AS students
FROM ELP_PORTEUR_PORTE p
JOIN GPE_OBJ o ON o.COD_ELP = p.COD_ELP_PORTEUR
WHERE o.COD_COL IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM GPE_OBJ q
                  WHERE q.COD_COL = o.COD_COL AND q.COD_ELP = p.COD_ELP_PORTE)
