-- name: moodle_sync_log
-- params: classname (task class with its leading backslash), bare (the same without it), since (epoch seconds)
-- returns: timestart:epoch, result:int, cannot_connect:int, cannot_read:int
-- What each recent run of the sync did (task_log, kept 28 days): result 1 = it raised; the task
-- swallows enrol_database's own failures, which only its output tells.
SELECT t.timestart, t.result,
       CASE WHEN t.output LIKE '%Error while communicating with external enrolment database%'
            THEN 1 ELSE 0 END AS cannot_connect,
       CASE WHEN t.output LIKE '%Error reading data from the external enrolment table%'
            THEN 1 ELSE 0 END AS cannot_read
FROM {task_log} t
WHERE t.classname IN (:classname, :bare)
  AND t.timestart >= :since
