-- A user's first and last name, when the user was created with them. NULL: the parts are read from
-- `name` (first word, then the rest).
ALTER TABLE users ADD COLUMN first_name TEXT;
ALTER TABLE users ADD COLUMN last_name TEXT;
