-- name: refer_catalogue
-- params: (none)
-- returns: code:code, kind:code
-- Every element (COD_ELP), étape (COD_ETP) and group (its visible code COD_EXT_GPE) APOGÉE
-- knows, whatever its composante's scheme: the reader recognises them in mail and completes a
-- group cited by its short name alone (triage/sources/catalogue.py, cached, refreshed).
SELECT e.COD_ELP AS code, 'element' AS kind
FROM ELEMENT_PEDAGOGI e
UNION ALL
SELECT t.COD_ETP AS code, 'etape' AS kind
FROM ETAPE t
UNION ALL
SELECT g.COD_EXT_GPE AS code, 'group' AS kind
FROM GROUPE g
WHERE g.COD_EXT_GPE IS NOT NULL
