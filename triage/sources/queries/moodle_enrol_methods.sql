-- name: moodle_enrol_methods
-- params: ids[] (course id)
-- returns: id, courseid, enrol, status, enrolenddate, customint1, cohort_name, users, users_without_end
-- Enrolment methods of the courses with their active enrolments, and those without end date.
SELECT e.id, e.courseid, e.enrol, e.status, e.enrolenddate, e.customint1, ch.name AS cohort_name,
       SUM(CASE WHEN ue.status = 0 THEN 1 ELSE 0 END) AS users,
       SUM(CASE WHEN ue.status = 0 AND ue.timeend = 0 THEN 1 ELSE 0 END) AS users_without_end
FROM {enrol} e
LEFT JOIN {user_enrolments} ue ON ue.enrolid = e.id
LEFT JOIN {cohort} ch ON e.enrol = 'cohort' AND ch.id = e.customint1
WHERE e.courseid IN :ids
GROUP BY e.id, e.courseid, e.enrol, e.status, e.enrolenddate, e.customint1, ch.name
