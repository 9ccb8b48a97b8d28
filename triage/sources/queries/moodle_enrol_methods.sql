-- name: moodle_enrol_methods
-- params: ids[] (course id), now (epoch seconds)
-- returns: id:int, courseid:int, enrol:code, status:int, enrolenddate:epoch, customint1:int, cohort_name:text, users:int, users_without_end:int
-- Enrolment methods of the courses with their active enrolments (status 0, now inside
-- timestart..timeend) and those among them that never end (timeend 0, or 2147483647 as rows
-- inserted without timeend hold: Moodle's ENROL_MAX_TIMESTAMP).
SELECT e.id, e.courseid, e.enrol, e.status, e.enrolenddate, e.customint1, ch.name AS cohort_name,
       SUM(CASE WHEN ue.status = 0 AND ue.timestart <= :now
                 AND (ue.timeend = 0 OR ue.timeend > :now) THEN 1 ELSE 0 END) AS users,
       SUM(CASE WHEN ue.status = 0 AND ue.timestart <= :now
                 AND (ue.timeend = 0 OR ue.timeend >= 2147483647) THEN 1 ELSE 0 END)
           AS users_without_end
FROM {enrol} e
LEFT JOIN {user_enrolments} ue ON ue.enrolid = e.id
LEFT JOIN {cohort} ch ON e.enrol = 'cohort' AND ch.id = e.customint1
WHERE e.courseid IN :ids
GROUP BY e.id, e.courseid, e.enrol, e.status, e.enrolenddate, e.customint1, ch.name
