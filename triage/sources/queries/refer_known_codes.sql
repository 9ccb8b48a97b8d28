-- name: refer_known_codes
-- params: (none)
-- returns: cod_elp
-- Every element code, to suggest the closest ones when a cited code is unknown (cached).
SELECT e.COD_ELP
FROM ELEMENT_PEDAGOGI e
