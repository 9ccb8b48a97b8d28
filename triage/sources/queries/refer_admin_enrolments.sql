-- name: refer_admin_enrolments
-- params: numbers[] (COD_ETU)
-- returns: cod_etu, cod_anu, cod_etp, cod_vrs_vet, eta_iae, tem_tele_ens, dat_mod_iae
-- Inscriptions administratives (IA) of the students, every year, with the télé-enseignement flag.
SELECT i.COD_ETU, e.COD_ANU, e.COD_ETP, e.COD_VRS_VET, e.ETA_IAE, e.TEM_TELE_ENS, e.DAT_MOD_IAE
FROM INS_ADM_ETP e
JOIN INDIVIDU i ON i.COD_IND = e.COD_IND
WHERE i.COD_ETU IN :numbers
