-- name: refer_pedagogic_enrolments
-- params: numbers[]:int (COD_ETU), year (COD_ANU)
-- returns: cod_etu:code, cod_elp:code, dat_mod_ice:date, tem_prc_ice:flag
-- The year's inscriptions pédagogiques (IP) of the students to elements. An element acquired in
-- an earlier year (TEM_PRC_ICE = 'O', capitalisé) is not followed this year: the caller keeps it
-- apart, so that nobody is told an IP is missing where the element is already acquired.
SELECT i.COD_ETU, c.COD_ELP, c.DAT_MOD_ICE, c.TEM_PRC_ICE
FROM IND_CONTRAT_ELP c
JOIN INDIVIDU i ON i.COD_IND = c.COD_IND
WHERE i.COD_ETU IN :numbers
  AND c.COD_ANU = :year
