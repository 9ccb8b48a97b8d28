-- name: scan_moodle_courses
-- params: now (epoch seconds)
-- returns: id, fullname, idnumber, visible, category, started, ended
-- Scan: every course (the site course has category 0), started / ended as of now.
SELECT c.id, c.fullname, c.idnumber, c.visible, c.category,
       CASE WHEN c.startdate > 0 AND c.startdate <= :now THEN 1 ELSE 0 END AS started,
       CASE WHEN c.enddate > 0 AND c.enddate <= :now THEN 1 ELSE 0 END AS ended
FROM {course} c
WHERE c.category > 0
