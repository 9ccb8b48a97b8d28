-- name: refer_exchanges
-- params: numbers[] (COD_ETU), year (COD_ANU)
-- returns: cod_etu, cod_prg, tem_sns_prg, lic_prg, lib_prg, cod_per_prg
-- International exchange programme of the year's annual IA (Erasmus departures and arrivals).
SELECT i.COD_ETU, a.COD_PRG, a.TEM_SNS_PRG, p.LIC_PRG, p.LIB_PRG, p.COD_PER_PRG
FROM INS_ADM_ANU a
JOIN INDIVIDU i ON i.COD_IND = a.COD_IND
LEFT JOIN PRG_ECHANGE p ON p.COD_PRG = a.COD_PRG AND p.TEM_SNS_PRG = a.TEM_SNS_PRG
WHERE i.COD_ETU IN :numbers
  AND a.COD_ANU = :year
  AND a.COD_PRG IS NOT NULL
