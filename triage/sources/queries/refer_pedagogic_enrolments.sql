-- name: refer_pedagogic_enrolments
-- params: numbers[]:int (COD_ETU), year (COD_ANU)
-- returns: cod_etu:code, cod_elp:code, dat_mod_ice:date
-- The year's inscriptions pédagogiques (IP) of the students to elements; an element acquired in
-- an earlier year (TEM_PRC_ICE = 'O', capitalisé) is not followed this year: left out.
SELECT i.COD_ETU, c.COD_ELP, c.DAT_MOD_ICE
FROM IND_CONTRAT_ELP c
JOIN INDIVIDU i ON i.COD_IND = c.COD_IND
WHERE i.COD_ETU IN :numbers
  AND c.COD_ANU = :year
  AND c.TEM_PRC_ICE = 'N'
