-- name: moodle_successors
-- params: pattern (LIKE pattern on the label of an archived course)
-- returns: id:int, fullname:text, idnumber:code, category_path:text
-- Candidate successors of an archived course: courses whose full name ends with its label.
SELECT c.id, c.fullname, c.idnumber, cc.path AS category_path
FROM {course} c
LEFT JOIN {course_categories} cc ON cc.id = c.category
WHERE c.fullname LIKE :pattern
