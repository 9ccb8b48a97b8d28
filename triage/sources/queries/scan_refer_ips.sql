-- name: scan_refer_ips
-- params: year (COD_ANU)
-- returns: cod_etp:code, cod_elp:code, cod_etu:code
-- Scan inventory: this year's followed IPs with their étape, to batch each element with all its
-- students (elements grouped by the étape most of their students come from).
SELECT c.COD_ETP, c.COD_ELP, i.COD_ETU
FROM IND_CONTRAT_ELP c
JOIN INDIVIDU i ON i.COD_IND = c.COD_IND
WHERE c.COD_ANU = :year
  AND c.TEM_PRC_ICE = 'N'
