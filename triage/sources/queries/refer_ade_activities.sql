-- name: refer_ade_activities
-- params: codes[] (COD_ELP)
-- returns: cod_elp, idgroupe, lib_groupe, a_distance
-- ADE activities of the elements: the groups (and ELP_ pseudo-groups) and the distance flag.
SELECT a.COD_ELP, a.IDGROUPE, a.LIB_GROUPE, a.A_DISTANCE
FROM T_ADE_ACTIVITES a
WHERE a.COD_ELP IN :codes
