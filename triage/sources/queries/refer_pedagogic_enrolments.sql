-- name: refer_pedagogic_enrolments
-- params: numbers[] (COD_ETU), year (COD_ANU)
-- returns: cod_etu, cod_elp, dat_mod_ice
-- Inscriptions pédagogiques (IP) of the students to elements, for the current year.
SELECT i.COD_ETU, c.COD_ELP, c.DAT_MOD_ICE
FROM IND_CONTRAT_ELP c
JOIN INDIVIDU i ON i.COD_IND = c.COD_IND
WHERE i.COD_ETU IN :numbers
  AND c.COD_ANU = :year
