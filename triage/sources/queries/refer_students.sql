-- name: refer_students
-- params: numbers[]:int (COD_ETU, a NUMBER: bound as numbers)
-- returns: cod_ind:code, cod_etu:code
-- The individuals behind the cited student numbers.
SELECT i.COD_IND, i.COD_ETU
FROM INDIVIDU i
WHERE i.COD_ETU IN :numbers
