-- name: moodle_users_any_case
-- params: emails[] (lowercased addresses)
-- returns: id:int, username:code, idnumber:code, email:text, auth:code, suspended:flag, firstname:text, lastname:text
-- Accounts whose address matches only when case is ignored (Moodle compares addresses that way,
-- core_user::get_user_by_email). No index serves LOWER(email): it reads the whole user table,
-- so it runs only for an address moodle_users did not find.
SELECT u.id, u.username, u.idnumber, u.email, u.auth, u.suspended, u.firstname, u.lastname
FROM {user} u
WHERE u.deleted = 0
  AND LOWER(u.email) IN :emails
