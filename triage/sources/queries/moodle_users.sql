-- name: moodle_users
-- params: numbers[] (student numbers, matched on idnumber), emails[] (addresses as written and lowercased)
-- returns: id, username, idnumber, email, auth, suspended, firstname, lastname
-- Accounts of the cited students and of the sender.
SELECT u.id, u.username, u.idnumber, u.email, u.auth, u.suspended, u.firstname, u.lastname
FROM {user} u
WHERE u.deleted = 0
  AND (u.idnumber IN :numbers OR u.email IN :emails)
