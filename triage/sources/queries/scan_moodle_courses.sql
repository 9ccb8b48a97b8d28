-- name: scan_moodle_courses
-- params: (none)
-- returns: id:int, idnumber:code
-- Scan inventory: every course (the site course has category 0) and the code it is tied to.
SELECT c.id, c.idnumber
FROM {course} c
WHERE c.category > 0
