-- name: scan_moodle_categories
-- params: archive (name of the archive category)
-- returns: id, name, path, is_archive
-- Scan: every course category, to find archived courses and a course's top category.
SELECT cc.id, cc.name, cc.path, CASE WHEN cc.name = :archive THEN 1 ELSE 0 END AS is_archive
FROM {course_categories} cc
