-- name: moodle_enrol_plugins
-- params: (none)
-- returns: value:text
-- The enrolment plugins enabled site-wide (comma list): an instance of a disabled plugin enrols
-- nobody, whatever its status.
SELECT c.value
FROM {config} c
WHERE c.name = 'enrol_plugins_enabled'
