-- name: moodle_archive_categories
-- params: name (the archive category's name), prefix (the same name followed by %)
-- returns: id:int, path:text
-- The archive categories, whose subtrees hold archived courses: named as configured, or starting
-- with that name ("Archives 2025-2026").
SELECT cc.id, cc.path
FROM {course_categories} cc
WHERE cc.name = :name OR cc.name LIKE :prefix
