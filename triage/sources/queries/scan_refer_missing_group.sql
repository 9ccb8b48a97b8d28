-- name: scan_refer_missing_group
-- params: year (COD_ANU)
-- returns: cod_etu, cod_elp
-- Scan: IPs of this year on an element that has APOGÉE groups, with no assignment to any of
-- them. The sync enrols by group: these students get no Ecampus enrolment.
SELECT i.COD_ETU, c.COD_ELP
FROM IND_CONTRAT_ELP c
JOIN INDIVIDU i ON i.COD_IND = c.COD_IND
WHERE c.COD_ANU = :year
  AND EXISTS (SELECT 1 FROM GPE_OBJ o WHERE o.COD_ELP = c.COD_ELP)
  AND NOT EXISTS (SELECT 1 FROM IND_AFFECTE_GPE f
                  JOIN GPE_OBJ o ON o.COD_GPE = f.COD_GPE
                  WHERE f.COD_IND = c.COD_IND AND f.COD_ANU = :year
                    AND o.COD_ELP = c.COD_ELP)
