-- name: moodle_courses
-- params: ids[] (course id), codes[] (APOGÉE codes, matched on idnumber)
-- returns: id:int, fullname:text, shortname:text, idnumber:code, visible:flag, visibleold:flag, category:int, startdate:epoch, enddate:epoch, category_path:text
-- The cited courses, and the courses tied to the cited codes. visibleold keeps the course's own
-- setting while a hidden category hides it. {table} is Moodle's prefix notation.
SELECT c.id, c.fullname, c.shortname, c.idnumber, c.visible, c.visibleold, c.category,
       c.startdate, c.enddate, cc.path AS category_path
FROM {course} c
LEFT JOIN {course_categories} cc ON cc.id = c.category
WHERE c.id IN :ids
   OR c.idnumber IN :codes
