-- name: scan_moodle_enrol_methods
-- params: now (epoch seconds)
-- returns: id, courseid, enrol, cohort_name, users, students, users_without_end
-- Scan: every active enrolment method with its active enrolments, those of student accounts
-- (idnumber = student number; `> ' '` is false for NULL and '' alike, as Oracle stores '' as
-- NULL) and those without end date.
SELECT e.id, e.courseid, e.enrol, ch.name AS cohort_name,
       SUM(CASE WHEN ue.status = 0 AND (ue.timeend = 0 OR ue.timeend > :now)
                THEN 1 ELSE 0 END) AS users,
       SUM(CASE WHEN ue.status = 0 AND (ue.timeend = 0 OR ue.timeend > :now)
                 AND u.idnumber > ' ' THEN 1 ELSE 0 END) AS students,
       SUM(CASE WHEN ue.status = 0 AND ue.timeend = 0 THEN 1 ELSE 0 END) AS users_without_end
FROM {enrol} e
LEFT JOIN {user_enrolments} ue ON ue.enrolid = e.id
LEFT JOIN {user} u ON u.id = ue.userid
LEFT JOIN {cohort} ch ON e.enrol = 'cohort' AND ch.id = e.customint1
WHERE e.status = 0
GROUP BY e.id, e.courseid, e.enrol, ch.name
