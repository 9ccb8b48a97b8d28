-- name: refer_elements
-- params: codes[] (COD_ELP)
-- returns: cod_elp:code, lib_elp:text, eta_elp:code, tem_sus_elp:flag, lib_sus_elp:text, cod_cmp:code, lib_cmp:text, dat_mod_elp:date
-- The elements (ELP) as modelled in APOGÉE, with their composante.
SELECT e.COD_ELP, e.LIB_ELP, e.ETA_ELP, e.TEM_SUS_ELP, e.LIB_SUS_ELP, e.COD_CMP, c.LIB_CMP,
       e.DAT_MOD_ELP
FROM ELEMENT_PEDAGOGI e
LEFT JOIN COMPOSANTE c ON c.COD_CMP = e.COD_CMP
WHERE e.COD_ELP IN :codes
