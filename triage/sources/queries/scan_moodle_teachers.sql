-- name: scan_moodle_teachers
-- params:
-- returns: courseid, username, enrol
-- Scan: every course's teachers (roles in the course context, level 50) and the enrolment
-- methods that brought them (NULL when the role has no enrolment behind it).
SELECT ctx.instanceid AS courseid, u.username, e.enrol
FROM {role_assignments} ra
JOIN {context} ctx ON ctx.id = ra.contextid AND ctx.contextlevel = 50
JOIN {role} r ON r.id = ra.roleid
JOIN {user} u ON u.id = ra.userid
LEFT JOIN (SELECT ue.userid, en.courseid, en.enrol
           FROM {user_enrolments} ue
           JOIN {enrol} en ON en.id = ue.enrolid) e
       ON e.userid = ra.userid AND e.courseid = ctx.instanceid
WHERE r.shortname IN ('editingteacher', 'teacher')
