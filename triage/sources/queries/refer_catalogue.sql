-- name: refer_catalogue
-- params: (none)
-- returns: code:code, kind:code, label:text
-- Every element (COD_ELP), étape (COD_ETP) and group (its visible code COD_EXT_GPE) APOGÉE
-- knows, whatever its composante's scheme: the reader recognises them in mail and completes a
-- group cited by its short name alone (triage/sources/catalogue.py, cached, refreshed). Each
-- with its long label (LIB_ELP, LIB_ETP, LIB_GPE: NULL when blank, as Oracle stores ''), with
-- which the reader finds an étape a mail names in words (« L1 droit »: extractors/labels.py).
SELECT e.COD_ELP AS code, 'element' AS kind, e.LIB_ELP AS label
FROM ELEMENT_PEDAGOGI e
UNION ALL
SELECT t.COD_ETP AS code, 'etape' AS kind, t.LIB_ETP AS label
FROM ETAPE t
UNION ALL
SELECT g.COD_EXT_GPE AS code, 'group' AS kind, g.LIB_GPE AS label
FROM GROUPE g
WHERE g.COD_EXT_GPE IS NOT NULL
