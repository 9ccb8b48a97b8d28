-- name: scan_refer_elements
-- params: year (COD_ANU)
-- returns: kind, code, label, eta_elp, tem_sus_elp, lib_sus_elp, cod_cmp, lib_cmp, ips
-- Scan: every element (with its number of IPs this year) and every étape, for the composante of
-- each finding, the suspended elements and the codes a course idnumber may match.
SELECT 'ELP' AS kind, e.COD_ELP AS code, e.LIB_ELP AS label, e.ETA_ELP, e.TEM_SUS_ELP,
       e.LIB_SUS_ELP, e.COD_CMP, m.LIB_CMP, COALESCE(n.ips, 0) AS ips
FROM ELEMENT_PEDAGOGI e
LEFT JOIN COMPOSANTE m ON m.COD_CMP = e.COD_CMP
LEFT JOIN (SELECT COD_ELP, COUNT(*) AS ips FROM IND_CONTRAT_ELP
           WHERE COD_ANU = :year GROUP BY COD_ELP) n ON n.COD_ELP = e.COD_ELP
UNION ALL
SELECT 'ETP' AS kind, t.COD_ETP AS code, t.LIB_ETP AS label, NULL, NULL, NULL, t.COD_CMP,
       m.LIB_CMP, 0
FROM ETAPE t
LEFT JOIN COMPOSANTE m ON m.COD_CMP = t.COD_CMP
