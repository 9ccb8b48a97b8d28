-- name: refer_etapes
-- params: codes[] (COD_ETP)
-- returns: cod_etp:code, lib_etp:text, cod_cmp:code, lib_cmp:text
-- Étapes, for codes that are not elements (course categories are per étape). The composante is
-- on the étape's versions (VERSION_ETAPE), not on ETAPE.
SELECT t.COD_ETP, t.LIB_ETP, v.COD_CMP, c.LIB_CMP
FROM ETAPE t
LEFT JOIN VERSION_ETAPE v ON v.COD_ETP = t.COD_ETP
LEFT JOIN COMPOSANTE c ON c.COD_CMP = v.COD_CMP
WHERE t.COD_ETP IN :codes
