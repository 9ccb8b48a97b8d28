-- name: refer_sample_student
-- params: (none)
-- returns: cod_etu:code
-- triage doctor: one student number to look up the way a ticket does.
SELECT MIN(i.COD_ETU) AS COD_ETU
FROM INDIVIDU i
