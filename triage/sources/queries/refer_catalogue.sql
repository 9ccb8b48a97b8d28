-- name: refer_catalogue
-- params: (none)
-- returns: code:code, kind:code
-- Every element (COD_ELP) and étape (COD_ETP) code APOGÉE knows, whatever its composante's
-- scheme: the reader recognises them in mail (triage/sources/catalogue.py, cached, refreshed).
SELECT e.COD_ELP AS code, 'element' AS kind
FROM ELEMENT_PEDAGOGI e
UNION ALL
SELECT t.COD_ETP AS code, 'etape' AS kind
FROM ETAPE t
