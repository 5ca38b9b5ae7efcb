-- Group work (issue 13): breakout groups of a session, their members, and one shared worksheet per group.
-- Participants may give a municipality (for mixing) and agree to their name appearing in the session record.
-- Column sizes match jp.banso.workshop.WorkshopLimits / GroupWorkLimits.
ALTER TABLE workshop_participant
    ADD COLUMN municipality VARCHAR(100) NOT NULL DEFAULT '' AFTER organisation,
    ADD COLUMN name_consent BOOLEAN      NOT NULL DEFAULT FALSE AFTER municipality;

-- One table of a breakout: its number in the room, the scenario it works on and the worksheet it fills.
CREATE TABLE workshop_group (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id    BIGINT       NOT NULL,
    table_no      INT          NOT NULL,
    scenario_slug VARCHAR(100) NULL,
    -- ISSUE_SHEET (項目 / 内容 / 改善) or SUPPORT_MATRIX (役割 × 入居前 / 入居中 / 退去後)
    worksheet     VARCHAR(20)  NOT NULL,
    -- worksheet rows 0..row_count-1 exist as cells; the free notes are row -1
    row_count     INT          NOT NULL DEFAULT 0,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_workshop_group_table UNIQUE (session_id, table_no),
    CONSTRAINT fk_workshop_group_session FOREIGN KEY (session_id) REFERENCES workshop_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A participant sits at one table at most; pinned members stay where the facilitator put them on a recompute.
CREATE TABLE workshop_group_member (
    participant_id BIGINT  NOT NULL PRIMARY KEY,
    group_id       BIGINT  NOT NULL,
    pinned         BOOLEAN NOT NULL DEFAULT FALSE,
    INDEX ix_workshop_group_member_group (group_id),
    CONSTRAINT fk_workshop_group_member_participant FOREIGN KEY (participant_id) REFERENCES workshop_participant (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_group_member_group FOREIGN KEY (group_id) REFERENCES workshop_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One cell of a group's worksheet, versioned on its own so two people editing different cells never collide.
CREATE TABLE workshop_group_cell (
    group_id   BIGINT        NOT NULL,
    row_no     INT           NOT NULL,
    col        VARCHAR(20)   NOT NULL,
    text       VARCHAR(4000) NOT NULL DEFAULT '',
    version    INT           NOT NULL DEFAULT 0,
    updated_at TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (group_id, row_no, col),
    CONSTRAINT fk_workshop_group_cell_group FOREIGN KEY (group_id) REFERENCES workshop_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
