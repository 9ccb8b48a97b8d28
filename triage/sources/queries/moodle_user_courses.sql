-- name: moodle_user_courses
-- params: uids[] (user id)
-- returns: userid, courseid
-- Courses where the users have an active enrolment through an active method.
SELECT ue.userid, e.courseid
FROM {user_enrolments} ue
JOIN {enrol} e ON e.id = ue.enrolid
WHERE ue.userid IN :uids
  AND ue.status = 0
  AND e.status = 0
