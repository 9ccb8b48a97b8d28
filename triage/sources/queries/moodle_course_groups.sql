-- name: moodle_course_groups
-- params: ids[] (course id)
-- returns: courseid:int, name:text, idnumber:code
-- Moodle groups of the courses (created by the sync from APOGÉE groups and ELP_ pseudo-groups).
SELECT g.courseid, g.name, g.idnumber
FROM {groups} g
WHERE g.courseid IN :ids
