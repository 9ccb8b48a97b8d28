-- name: refer_plannings
-- params: codes[] (COD_ELP or ADE fiche code), year (COD_ANU), previous (COD_ANU before it)
-- returns: code_fiche:code, cod_elp:code, idgroupe:code, login_ens:code, dat_seance:date, tem_planifie:flag, cod_anu:code
-- ADE plannings of the elements, and of ADE-only fiches bearing the same code (COD_ELP null),
-- this year and last year (whose plannings count until the tuilage date).
SELECT p.CODE_FICHE, p.COD_ELP, p.IDGROUPE, p.LOGIN_ENS, p.DAT_SEANCE, p.TEM_PLANIFIE, p.COD_ANU
FROM V_ADE_PLANNING p
WHERE (p.COD_ELP IN :codes OR p.CODE_FICHE IN :codes)
  AND (p.COD_ANU IN (:year, :previous) OR p.COD_ANU IS NULL)
