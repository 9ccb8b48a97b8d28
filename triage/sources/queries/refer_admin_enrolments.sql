-- name: refer_admin_enrolments
-- params: numbers[]:int (COD_ETU), year (COD_ANU)
-- returns: cod_etu:code, cod_anu:code, cod_etp:code, cod_vrs_vet:code, eta_iae:code, tem_tls_iae:flag, cod_tls:code, cod_cmp:code, lib_cmp:text, dat_mod_iae:date
-- The year's inscriptions administratives (IA) to an étape version, with the télé-enseignement
-- flag (TEM_TLS_IAE, mode COD_TLS) and the composante of the IA with its name.
SELECT i.COD_ETU, e.COD_ANU, e.COD_ETP, e.COD_VRS_VET, e.ETA_IAE, e.TEM_TLS_IAE, e.COD_TLS,
       e.COD_CMP, c.LIB_CMP, e.DAT_MOD_IAE
FROM INS_ADM_ETP e
JOIN INDIVIDU i ON i.COD_IND = e.COD_IND
LEFT JOIN COMPOSANTE c ON c.COD_CMP = e.COD_CMP
WHERE i.COD_ETU IN :numbers
  AND e.COD_ANU = :year
