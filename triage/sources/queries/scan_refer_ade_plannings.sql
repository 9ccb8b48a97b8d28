-- name: scan_refer_ade_plannings
-- params: year (COD_ANU)
-- returns: reason, code_fiche, cod_elp, login_ens
-- Scan: this year's ADE fiches whose teacher the sync will not enrol. Reasons: associated only
-- (no session planned with them), ADE-only fiche (no element), obsolete element (ETA_ELP F),
-- and a planned ELP_ pseudo-group masked by an APOGÉE group created since.
SELECT 'not_planned' AS reason, p.CODE_FICHE, p.COD_ELP, p.LOGIN_ENS
FROM V_ADE_PLANNING p
WHERE p.COD_ANU = :year AND p.TEM_PLANIFIE = 'N' AND p.LOGIN_ENS IS NOT NULL
  AND p.COD_ELP IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM V_ADE_PLANNING q
                  WHERE q.COD_ELP = p.COD_ELP AND q.LOGIN_ENS = p.LOGIN_ENS
                    AND q.COD_ANU = p.COD_ANU AND q.TEM_PLANIFIE = 'O')
UNION
SELECT 'ade_only' AS reason, p.CODE_FICHE, p.COD_ELP, p.LOGIN_ENS
FROM V_ADE_PLANNING p
WHERE p.COD_ANU = :year AND p.COD_ELP IS NULL AND p.LOGIN_ENS IS NOT NULL
UNION
SELECT 'obsolete' AS reason, p.CODE_FICHE, p.COD_ELP, p.LOGIN_ENS
FROM V_ADE_PLANNING p
JOIN ELEMENT_PEDAGOGI e ON e.COD_ELP = p.COD_ELP
WHERE p.COD_ANU = :year AND e.ETA_ELP = 'F' AND p.LOGIN_ENS IS NOT NULL
UNION
SELECT 'masked' AS reason, p.CODE_FICHE, p.COD_ELP, p.LOGIN_ENS
FROM V_ADE_PLANNING p
WHERE p.COD_ANU = :year AND p.TEM_PLANIFIE = 'O' AND p.LOGIN_ENS IS NOT NULL
  AND p.IDGROUPE LIKE 'ELP\_%' ESCAPE '\'
  AND EXISTS (SELECT 1 FROM GPE_OBJ o WHERE o.COD_ELP = p.COD_ELP)
