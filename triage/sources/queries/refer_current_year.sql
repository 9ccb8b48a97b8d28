-- name: refer_current_year
-- params: (none)
-- returns: cod_anu:code
-- The academic years APOGÉE has open for inscriptions (ETA_ANU_IAE = 'O'): the latest is the
-- current one when [refer] academic_year = "ANNEE_UNI".
SELECT a.COD_ANU
FROM ANNEE_UNI a
WHERE a.ETA_ANU_IAE = 'O'
