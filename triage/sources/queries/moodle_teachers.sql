-- name: moodle_teachers
-- params: ids[] (course id)
-- returns: courseid, userid, username, role_name, enrol
-- Teachers of the courses (roles in the course context, level 50) and their enrolment methods.
SELECT ctx.instanceid AS courseid, u.id AS userid, u.username, r.shortname AS role_name, m.enrol
FROM {role_assignments} ra
JOIN {context} ctx ON ctx.id = ra.contextid AND ctx.contextlevel = 50
JOIN {role} r ON r.id = ra.roleid
JOIN {user} u ON u.id = ra.userid
LEFT JOIN (SELECT ue.userid, e.courseid, e.enrol
           FROM {user_enrolments} ue
           JOIN {enrol} e ON e.id = ue.enrolid
           WHERE e.courseid IN :ids) m ON m.userid = ra.userid AND m.courseid = ctx.instanceid
WHERE ctx.instanceid IN :ids
  AND r.shortname IN ('editingteacher', 'teacher')
