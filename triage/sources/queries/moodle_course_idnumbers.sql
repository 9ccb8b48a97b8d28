-- name: moodle_course_idnumbers
-- params: (none)
-- returns: idnumber:code, fullname:text
-- Every course idnumber (the APOGÉE code a course is tied to) with the course's full name
-- (« (HLAN201) Anglais S2 »): part of the code catalogue and its labels.
SELECT c.idnumber, c.fullname
FROM {course} c
WHERE c.idnumber IS NOT NULL AND c.idnumber <> ''
