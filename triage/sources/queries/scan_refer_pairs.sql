-- name: scan_refer_pairs
-- params: year (COD_ANU)
-- returns: cod_elp_porteur:code, cod_elp_porte:code
-- Scan inventory: this year's porteur/porté pairs, so that a pair is judged in one batch.
SELECT p.COD_ELP_PORTEUR, p.COD_ELP_PORTE
FROM ELP_PORTEUR_PORTE p
WHERE p.COD_ANU = :year
