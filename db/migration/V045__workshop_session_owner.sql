-- Sessions have an owner and co-facilitators (issue 11): only they (and ADMIN) may open, lock, run, import into
-- or export a session. Existing sessions belong to whoever created them. Usernames compare byte for byte
-- (utf8mb4_bin): under the default collation "ｆａｃ２" would match "fac2".
ALTER TABLE workshop_session ADD COLUMN owner VARCHAR(64) COLLATE utf8mb4_bin NULL AFTER created_by;
UPDATE workshop_session SET owner = created_by;
ALTER TABLE workshop_session MODIFY owner VARCHAR(64) COLLATE utf8mb4_bin NOT NULL;
CREATE INDEX ix_workshop_session_owner ON workshop_session (owner);

CREATE TABLE workshop_co_facilitator (
    session_id BIGINT       NOT NULL,
    username   VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    added_by   VARCHAR(64)  NOT NULL,
    added_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (session_id, username),
    INDEX ix_workshop_co_facilitator_user (username),
    CONSTRAINT fk_workshop_co_facilitator_session FOREIGN KEY (session_id) REFERENCES workshop_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
