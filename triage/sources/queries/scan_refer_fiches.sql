-- name: scan_refer_fiches
-- params: year (COD_ANU)
-- returns: code_fiche:code
-- Scan inventory: this year's ADE fiches tied to no APOGÉE element (created in ADE only).
SELECT DISTINCT p.CODE_FICHE
FROM V_ADE_PLANNING p
WHERE p.COD_ELP IS NULL AND p.COD_ANU = :year
