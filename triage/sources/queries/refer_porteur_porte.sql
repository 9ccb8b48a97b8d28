-- name: refer_porteur_porte
-- params: codes[] (COD_ELP), year (COD_ANU)
-- returns: cod_elp_porteur:code, cod_elp_porte:code
-- This year's porteur/porté pairs the elements take part in, on either side.
SELECT p.COD_ELP_PORTEUR, p.COD_ELP_PORTE
FROM ELP_PORTEUR_PORTE p
WHERE (p.COD_ELP_PORTEUR IN :codes OR p.COD_ELP_PORTE IN :codes)
  AND p.COD_ANU = :year
