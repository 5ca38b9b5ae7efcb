-- Documents attached to a playbook run's step as its evidence. The bytes live under the data folder
-- (run-evidence/, a random stored name, as curation keeps article attachments); the rows say what they are.
-- Sizes match jp.banso.formation.FormationLimits.
CREATE TABLE formation_step_attachment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    step_id       BIGINT       NOT NULL,
    stored_name   CHAR(32)     NOT NULL,
    original_name VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   TIMESTAMP(3) NOT NULL,
    UNIQUE KEY uq_formation_step_attachment_stored (stored_name),
    INDEX ix_formation_step_attachment_step (step_id, uploaded_at),
    CONSTRAINT fk_formation_step_attachment_step FOREIGN KEY (step_id) REFERENCES formation_run_step (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
