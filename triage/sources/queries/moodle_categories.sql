-- name: moodle_categories
-- params: ids[] (category id)
-- returns: id:int, name:text, path:text, visible:flag
-- The categories on the courses' paths: their names ("LVE / L1 / ...") and whether one is hidden.
SELECT cc.id, cc.name, cc.path, cc.visible
FROM {course_categories} cc
WHERE cc.id IN :ids
