-- name: scan_refer_planned_teachers
-- params: year (COD_ANU), previous (COD_ANU of the year before, for the tuilage)
-- returns: cod_elp, login_ens, cod_anu
-- Scan: the teachers ADE plans on each element this year and last year (whose plannings still
-- enrol teachers until the tuilage date); the scan keeps last year's only during the tuilage.
SELECT DISTINCT p.COD_ELP, p.LOGIN_ENS, p.COD_ANU
FROM V_ADE_PLANNING p
WHERE p.COD_ANU IN (:year, :previous) AND p.TEM_PLANIFIE = 'O'
  AND p.LOGIN_ENS IS NOT NULL AND p.COD_ELP IS NOT NULL
