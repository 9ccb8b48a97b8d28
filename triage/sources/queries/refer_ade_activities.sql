-- name: refer_ade_activities
-- params: codes[] (COD_ELP)
-- returns: cod_elp:code, idgroupe:code, a_distance:flag
-- UNICAEN's ADE activities of the elements: the groups (and ELP_ pseudo-groups) the sync will
-- create and the distance flag.
SELECT a.COD_ELP, a.IDGROUPE, a.A_DISTANCE
FROM T_ADE_ACTIVITES a
WHERE a.COD_ELP IN :codes
