-- name: scan_refer_ips
-- params: year (COD_ANU)
-- returns: cod_etp, cod_elp, cod_etu
-- Scan inventory: this year's IPs with the étape of the student's IA, to batch each element with
-- all its students (elements grouped by the étape most of their students come from).
SELECT e.COD_ETP, c.COD_ELP, i.COD_ETU
FROM IND_CONTRAT_ELP c
JOIN INDIVIDU i ON i.COD_IND = c.COD_IND
JOIN INS_ADM_ETP e ON e.COD_IND = c.COD_IND AND e.COD_ANU = c.COD_ANU
WHERE c.COD_ANU = :year
