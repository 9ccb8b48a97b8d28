-- name: moodle_course_idnumbers
-- params: (none)
-- returns: idnumber:code
-- Every course idnumber (the APOGÉE code a course is tied to): part of the code catalogue.
SELECT c.idnumber
FROM {course} c
WHERE c.idnumber IS NOT NULL AND c.idnumber <> ''
