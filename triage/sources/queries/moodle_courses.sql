-- name: moodle_courses
-- params: ids[] (course id), codes[] (APOGÉE codes, matched on idnumber)
-- returns: id, fullname, shortname, idnumber, visible, category, startdate, enddate, category_path
-- The cited courses, and the courses tied to the cited codes. {table} is Moodle's prefix notation.
SELECT c.id, c.fullname, c.shortname, c.idnumber, c.visible, c.category, c.startdate, c.enddate,
       cc.path AS category_path
FROM {course} c
LEFT JOIN {course_categories} cc ON cc.id = c.category
WHERE c.id IN :ids
   OR c.idnumber IN :codes
