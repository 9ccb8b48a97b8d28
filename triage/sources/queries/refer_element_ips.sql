-- name: refer_element_ips
-- params: codes[] (COD_ELP), year (COD_ANU)
-- returns: cod_elp:code, ips:int
-- How many followed IPs each element has this year: the students the sync should enrol.
SELECT c.COD_ELP, COUNT(*) AS ips
FROM IND_CONTRAT_ELP c
WHERE c.COD_ELP IN :codes
  AND c.COD_ANU = :year
  AND c.TEM_PRC_ICE = 'N'
GROUP BY c.COD_ELP
