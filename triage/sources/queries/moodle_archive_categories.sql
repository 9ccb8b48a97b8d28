-- name: moodle_archive_categories
-- params: name (the archive category's name)
-- returns: id, path
-- The archive category (or categories) whose subtree holds archived courses.
SELECT cc.id, cc.path
FROM {course_categories} cc
WHERE cc.name = :name
