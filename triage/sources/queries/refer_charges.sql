-- name: refer_charges
-- params: codes[] (COD_ELP), year (COD_ANU)
-- returns: cod_elp:code, cod_typ_heu:code, nbr_heu_elp:num
-- The year's charges d'enseignement: without them an element without group gets no ELP_
-- pseudo-group.
SELECT h.COD_ELP, h.COD_TYP_HEU, h.NBR_HEU_ELP
FROM ELP_CHG_TYP_HEU h
WHERE h.COD_ELP IN :codes
  AND h.COD_ANU = :year
