-- name: scan_refer_no_group_no_charges
-- params: year (COD_ANU)
-- returns: cod_elp, students
-- Scan: elements with IPs this year but neither an APOGÉE group nor charges d'enseignement,
-- so no ELP_ pseudo-group either: nobody can be enrolled in their course.
SELECT c.COD_ELP, COUNT(*) AS students
FROM IND_CONTRAT_ELP c
JOIN ELEMENT_PEDAGOGI e ON e.COD_ELP = c.COD_ELP
WHERE c.COD_ANU = :year
  AND NOT EXISTS (SELECT 1 FROM GPE_OBJ o WHERE o.COD_ELP = c.COD_ELP)
  AND NOT EXISTS (SELECT 1 FROM ELP_CHG_TYP_HEU h WHERE h.COD_ELP = c.COD_ELP)
GROUP BY c.COD_ELP
