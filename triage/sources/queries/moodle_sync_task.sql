-- name: moodle_sync_task
-- params: classname (scheduled task class, with its leading backslash)
-- returns: disabled:int, lastruntime:epoch, faildelay:int
-- The nightly enrol_database sync's schedule: it ships disabled (a site must enable it), and
-- lastruntime is stamped even when the run could not reach the external database.
SELECT t.disabled, t.lastruntime, t.faildelay
FROM {task_scheduled} t
WHERE t.classname = :classname
