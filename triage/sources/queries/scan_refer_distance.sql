-- name: scan_refer_distance
-- params: year (COD_ANU)
-- returns: cod_etu, cod_elp, idgroupe, distant, a_distance, lib_gpe, lib_groupe
-- Scan, gestion du statut à distance: every IP seen by ADE where the IA is in télé-enseignement
-- or the group looks like a distance group (label partly CEMU/EAD). Rows where all three are
-- "présentiel" have no consequence and stay in the database; the exact CEMU/EAD test and the
-- seed's table (situations a..f) are applied by the scan, as in the rule. COALESCE with '-':
-- a NULL label would make the whole concatenation NULL outside Oracle.
SELECT s.COD_ETU, s.COD_ELP, s.IDGROUPE, s.DISTANT, ad.A_DISTANCE, g.LIB_GPE, a.LIB_GROUPE
FROM T_ADE_ACTIVITES_ETUDIANTS s
JOIN INDIVIDU i ON i.COD_ETU = s.COD_ETU
JOIN IND_CONTRAT_ELP c ON c.COD_IND = i.COD_IND AND c.COD_ELP = s.COD_ELP AND c.COD_ANU = :year
JOIN (SELECT COD_ELP, MAX(A_DISTANCE) AS A_DISTANCE FROM T_ADE_ACTIVITES
      GROUP BY COD_ELP) ad ON ad.COD_ELP = s.COD_ELP
LEFT JOIN T_ADE_ACTIVITES a ON a.COD_ELP = s.COD_ELP AND a.IDGROUPE = s.IDGROUPE
LEFT JOIN GROUPE g ON g.COD_GPE = s.IDGROUPE
WHERE s.DISTANT = 'O'
   OR UPPER(COALESCE(g.LIB_GPE, '-') || ' ' || COALESCE(a.LIB_GROUPE, '-') || ' ' || s.IDGROUPE) LIKE '%CEMU%'
   OR UPPER(COALESCE(g.LIB_GPE, '-') || ' ' || COALESCE(a.LIB_GROUPE, '-') || ' ' || s.IDGROUPE) LIKE '%EAD%'
