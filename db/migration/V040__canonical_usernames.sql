-- Usernames are stored in their canonical form (NFKC, lower case, trimmed: security.Usernames) and compared
-- byte for byte: under utf8mb4_unicode_ci 'fäc2' and 'ＦＡＣ２' matched the account 'fac2', so a login as a
-- variant loaded the real account while its failures were counted under another name.
-- The allowed characters were always ASCII ([a-zA-Z0-9._@-]), so lower case is their canonical form; the
-- old case-insensitive unique key guarantees that no two accounts differ only in case.
UPDATE app_user SET username = LOWER(TRIM(username));
ALTER TABLE app_user MODIFY username VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

-- Columns that name an account by its username (and are compared with the caller's name) follow it; the
-- audit log stays as it was written.
UPDATE workshop_session SET created_by = LOWER(created_by);
UPDATE article_attachment SET uploaded_by = LOWER(uploaded_by);
UPDATE article_revision SET author = LOWER(author);
UPDATE article_review SET reviewer = LOWER(reviewer);
