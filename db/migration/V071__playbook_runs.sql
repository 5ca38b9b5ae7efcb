-- Playbook runs: a municipality or prefecture adopts a playbook; its steps are copied into the run, where
-- they get an owner, due date, status, notes and evidence, and can be added, skipped or reordered.
-- Column sizes match jp.banso.formation.FormationLimits.
CREATE TABLE formation_playbook_run (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    playbook_slug     VARCHAR(100) NOT NULL,
    playbook_title    VARCHAR(200) NOT NULL,
    -- who adopts it: a municipality (code) or a prefecture (code); exactly one is set
    municipality_code CHAR(6)      NULL,
    prefecture_code   CHAR(6)      NULL,
    started_by        VARCHAR(64)  NOT NULL,
    started_at        TIMESTAMP(3) NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    INDEX ix_formation_run_municipality (municipality_code),
    INDEX ix_formation_run_prefecture (prefecture_code),
    CONSTRAINT fk_formation_run_municipality FOREIGN KEY (municipality_code) REFERENCES formation_municipality (code),
    CONSTRAINT fk_formation_run_prefecture FOREIGN KEY (prefecture_code) REFERENCES formation_prefecture (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE formation_run_step (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id              BIGINT        NOT NULL,
    position            INT           NOT NULL,
    -- the playbook step it was copied from (null for a step added in the run)
    anchor              VARCHAR(100)  NULL,
    title               VARCHAR(200)  NOT NULL,
    what_to_do          TEXT          NOT NULL,
    -- agenda item titles, one per line
    agenda              TEXT          NOT NULL,
    scenario_slug       VARCHAR(100)  NULL,
    owner               VARCHAR(64)   NULL,
    due_date            DATE          NULL,
    -- TODO 未着手, DOING 進行中, DONE 完了, SKIPPED 対象外
    status              VARCHAR(10)   NOT NULL DEFAULT 'TODO',
    notes               VARCHAR(4000) NOT NULL DEFAULT '',
    evidence_session_id BIGINT        NULL,
    evidence_url        VARCHAR(500)  NOT NULL DEFAULT '',
    updated_by          VARCHAR(64)   NULL,
    updated_at          TIMESTAMP(3)  NULL,
    version             INT           NOT NULL DEFAULT 0,
    INDEX ix_formation_step_run (run_id, position),
    CONSTRAINT fk_formation_step_run FOREIGN KEY (run_id) REFERENCES formation_playbook_run (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
