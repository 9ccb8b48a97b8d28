-- name: refer_etapes
-- params: codes[] (COD_ETP)
-- returns: cod_etp, lib_etp, cod_cmp, lib_cmp
-- Étapes, for codes that are not elements (course categories are per étape).
SELECT e.COD_ETP, e.LIB_ETP, e.COD_CMP, c.LIB_CMP
FROM ETAPE e
LEFT JOIN COMPOSANTE c ON c.COD_CMP = e.COD_CMP
WHERE e.COD_ETP IN :codes
