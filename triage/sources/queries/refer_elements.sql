-- name: refer_elements
-- params: codes[] (COD_ELP)
-- returns: cod_elp, lib_elp, eta_elp, tem_sus_elp, lib_sus_elp, tem_a_dis_elp, cod_cmp, lib_cmp, dat_mod_elp
-- The elements (ELP) as modelled in APOGÉE, with their composante.
SELECT e.COD_ELP, e.LIB_ELP, e.ETA_ELP, e.TEM_SUS_ELP, e.LIB_SUS_ELP, e.TEM_A_DIS_ELP,
       e.COD_CMP, c.LIB_CMP, e.DAT_MOD_ELP
FROM ELEMENT_PEDAGOGI e
LEFT JOIN COMPOSANTE c ON c.COD_CMP = e.COD_CMP
WHERE e.COD_ELP IN :codes
