-- name: moodle_teachers
-- params: ids[] (course id), now (epoch seconds)
-- returns: courseid:int, userid:int, username:code, archetype:code, enrol:code, active:int
-- Teachers of the courses: roles in the course context (level 50) whose archetype is a teacher's
-- (a role cloned from editingteacher counts), with each enrolment method that brought them and
-- whether that enrolment is active now (NULL method: a role without enrolment).
SELECT ctx.instanceid AS courseid, u.id AS userid, u.username, r.archetype, m.enrol, m.active
FROM {role_assignments} ra
JOIN {context} ctx ON ctx.id = ra.contextid AND ctx.contextlevel = 50
JOIN {role} r ON r.id = ra.roleid
JOIN {user} u ON u.id = ra.userid
LEFT JOIN (SELECT ue.userid, e.courseid, e.enrol,
                  CASE WHEN ue.status = 0 AND e.status = 0 AND ue.timestart <= :now
                        AND (ue.timeend = 0 OR ue.timeend > :now) THEN 1 ELSE 0 END AS active
           FROM {user_enrolments} ue
           JOIN {enrol} e ON e.id = ue.enrolid
           WHERE e.courseid IN :ids) m ON m.userid = ra.userid AND m.courseid = ctx.instanceid
WHERE ctx.instanceid IN :ids
  AND r.archetype IN ('editingteacher', 'teacher')
