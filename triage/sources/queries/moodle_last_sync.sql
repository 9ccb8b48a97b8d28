-- name: moodle_last_sync
-- params: classname (scheduled task class)
-- returns: lastruntime
-- When the nightly enrol_database sync last ran.
SELECT t.lastruntime
FROM {task_scheduled} t
WHERE t.classname = :classname
