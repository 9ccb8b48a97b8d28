-- name: moodle_course_students
-- params: ids[] (course id), now (epoch seconds)
-- returns: courseid:int, students:int
-- How many users hold a student role (by archetype: cloned roles count) in each course and have
-- an active enrolment there.
SELECT ctx.instanceid AS courseid, COUNT(DISTINCT ra.userid) AS students
FROM {role_assignments} ra
JOIN {context} ctx ON ctx.id = ra.contextid AND ctx.contextlevel = 50
JOIN {role} r ON r.id = ra.roleid AND r.archetype = 'student'
WHERE ctx.instanceid IN :ids
  AND EXISTS (SELECT 1 FROM {user_enrolments} ue
              JOIN {enrol} e ON e.id = ue.enrolid
              WHERE ue.userid = ra.userid AND e.courseid = ctx.instanceid
                AND ue.status = 0 AND e.status = 0
                AND ue.timestart <= :now AND (ue.timeend = 0 OR ue.timeend > :now))
GROUP BY ctx.instanceid
