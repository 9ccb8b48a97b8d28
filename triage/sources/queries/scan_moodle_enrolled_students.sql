-- name: scan_moodle_enrolled_students
-- params: numbers[] (student numbers = user idnumber), now (epoch seconds)
-- returns: idnumber, courses
-- Scan: how many courses each of these students is actively enrolled in (at most 1,000 numbers
-- per call: the scan sends them in chunks, Oracle's IN limit).
SELECT u.idnumber, COUNT(DISTINCT e.courseid) AS courses
FROM {user} u
JOIN {user_enrolments} ue ON ue.userid = u.id
JOIN {enrol} e ON e.id = ue.enrolid
WHERE u.idnumber IN :numbers AND u.deleted = 0
  AND ue.status = 0 AND e.status = 0 AND (ue.timeend = 0 OR ue.timeend > :now)
GROUP BY u.idnumber
