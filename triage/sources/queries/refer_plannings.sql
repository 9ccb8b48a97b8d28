-- name: refer_plannings
-- params: codes[] (COD_ELP or ADE fiche code)
-- returns: code_fiche, cod_elp, idgroupe, login_ens, dat_seance, tem_planifie, cod_anu
-- ADE plannings of the elements, and of ADE-only fiches bearing the same code (COD_ELP null).
SELECT p.CODE_FICHE, p.COD_ELP, p.IDGROUPE, p.LOGIN_ENS, p.DAT_SEANCE, p.TEM_PLANIFIE, p.COD_ANU
FROM V_ADE_PLANNING p
WHERE p.COD_ELP IN :codes
   OR p.CODE_FICHE IN :codes
