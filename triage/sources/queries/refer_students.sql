-- name: refer_students
-- params: numbers[] (COD_ETU)
-- returns: cod_ind, cod_etu
-- The individuals behind the cited student numbers.
SELECT i.COD_IND, i.COD_ETU
FROM INDIVIDU i
WHERE i.COD_ETU IN :numbers
