-- name: scan_refer_departures
-- params: year (COD_ANU)
-- returns: cod_etu, lic_prg, cod_per_prg, cod_cmp, ips
-- Scan: students leaving on an exchange programme this year who still have IPs: the sync keeps
-- them out of Ecampus, and a wrong programme or period costs a ticket.
SELECT i.COD_ETU, p.LIC_PRG, p.COD_PER_PRG, MIN(t.COD_CMP) AS cod_cmp,
       COUNT(DISTINCT c.COD_ELP) AS ips
FROM INS_ADM_ANU a
JOIN INDIVIDU i ON i.COD_IND = a.COD_IND
JOIN IND_CONTRAT_ELP c ON c.COD_IND = a.COD_IND AND c.COD_ANU = :year
LEFT JOIN PRG_ECHANGE p ON p.COD_PRG = a.COD_PRG AND p.TEM_SNS_PRG = a.TEM_SNS_PRG
LEFT JOIN INS_ADM_ETP ia ON ia.COD_IND = a.COD_IND AND ia.COD_ANU = :year
LEFT JOIN ETAPE t ON t.COD_ETP = ia.COD_ETP
WHERE a.COD_ANU = :year AND a.TEM_SNS_PRG = 'D'
GROUP BY i.COD_ETU, p.LIC_PRG, p.COD_PER_PRG
