-- name: moodle_user_courses
-- params: uids[] (user id), now (epoch seconds)
-- returns: userid:int, courseid:int, enrol:code
-- Courses where the users have an active enrolment, as Moodle's own course lists judge it
-- (lib/enrollib.php): enabled instance, active user enrolment, now inside timestart..timeend
-- (timeend 0 = no end). Whether the plugin is enabled site-wide is checked by the reader.
SELECT ue.userid, e.courseid, e.enrol
FROM {user_enrolments} ue
JOIN {enrol} e ON e.id = ue.enrolid
WHERE ue.userid IN :uids
  AND ue.status = 0
  AND e.status = 0
  AND ue.timestart <= :now
  AND (ue.timeend = 0 OR ue.timeend > :now)
