-- name: refer_student_ade
-- params: numbers[] (COD_ETU)
-- returns: cod_etu, cod_elp, idgroupe, distant, dat_mod
-- What the ADE export (and so the Ecampus sync) sees of the students: group and distance flag.
SELECT t.COD_ETU, t.COD_ELP, t.IDGROUPE, t.DISTANT, t.DAT_MOD
FROM T_ADE_ACTIVITES_ETUDIANTS t
WHERE t.COD_ETU IN :numbers
