-- name: moodle_categories
-- params: ids[] (category id)
-- returns: id, name, path
-- Names of the categories on the courses' paths, to print "LVE / L1 / ...".
SELECT cc.id, cc.name, cc.path
FROM {course_categories} cc
WHERE cc.id IN :ids
