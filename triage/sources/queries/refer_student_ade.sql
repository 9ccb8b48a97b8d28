-- name: refer_student_ade
-- params: numbers[]:int (COD_ETU)
-- returns: cod_etu:code, cod_elp:code, idgroupe:code, distant:flag
-- What UNICAEN's ADE export (and so the Ecampus sync) sees of the students: the group (an ELP_
-- pseudo-group shows up only here) and the distance flag.
SELECT t.COD_ETU, t.COD_ELP, t.IDGROUPE, t.DISTANT
FROM T_ADE_ACTIVITES_ETUDIANTS t
WHERE t.COD_ETU IN :numbers
