-- A password someone else chose (the first admin's, an admin's reset) must be replaced at the next login.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
