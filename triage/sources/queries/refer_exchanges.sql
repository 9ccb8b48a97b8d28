-- name: refer_exchanges
-- params: numbers[]:int (COD_ETU), year (COD_ANU)
-- returns: cod_etu:code, cod_prg:code, tem_sns_prg:code, lic_prg:text, lib_prg:text
-- International exchange programme of the year's annual IA (Erasmus departures and arrivals).
-- APOGÉE has no period column: the period (An, S1, S2) is read from the programme's label.
SELECT i.COD_ETU, a.COD_PRG, a.TEM_SNS_PRG, p.LIC_PRG, p.LIB_PRG
FROM INS_ADM_ANU a
JOIN INDIVIDU i ON i.COD_IND = a.COD_IND
LEFT JOIN PRG_ECHANGE p ON p.COD_PRG = a.COD_PRG AND p.TEM_SNS_PRG = a.TEM_SNS_PRG
WHERE i.COD_ETU IN :numbers
  AND a.COD_ANU = :year
  AND a.COD_PRG IS NOT NULL
