-- name: moodle_users
-- params: numbers[] (student numbers: the CAS login, username, or idnumber), emails[] (addresses as written and lowercased)
-- returns: id:int, username:code, idnumber:code, email:text, auth:code, suspended:flag, firstname:text, lastname:text
-- Accounts of the cited students (under CAS the login is the student number; idnumber may be
-- empty for accounts created at first login) and of the sender. Every term has Moodle's index
-- (user: mnethostid+username, idnumber, email); an address stored with other capitals is looked
-- up by moodle_users_any_case.
SELECT u.id, u.username, u.idnumber, u.email, u.auth, u.suspended, u.firstname, u.lastname
FROM {user} u
WHERE u.deleted = 0
  AND (u.username IN :numbers OR u.idnumber IN :numbers OR u.email IN :emails)
