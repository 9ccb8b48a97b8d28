-- name: refer_charges
-- params: codes[] (COD_ELP)
-- returns: cod_elp, cod_typ_heu, nbr_heu_elp
-- Charges d'enseignement: without them an element without group gets no ELP_ pseudo-group.
SELECT h.COD_ELP, h.COD_TYP_HEU, h.NBR_HEU_ELP
FROM ELP_CHG_TYP_HEU h
WHERE h.COD_ELP IN :codes
