-- Live workshops: sessions with an agenda, participants without accounts (identified by the SHA-256 hash
-- of a random token), their issue-sheet rows, themes the facilitator clusters rows into, and dot votes.
-- Column sizes match jp.banso.workshop.WorkshopLimits.
CREATE TABLE workshop_session (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                  VARCHAR(200) NOT NULL,
    kind                   VARCHAR(20)  NOT NULL,
    starts_at              DATETIME     NOT NULL,
    place                  VARCHAR(200) NOT NULL DEFAULT '',
    online                 BOOLEAN      NOT NULL DEFAULT FALSE,
    host_municipality      VARCHAR(100) NOT NULL DEFAULT '',
    -- issue sheets open this many days before starts_at (0: when the session starts)
    sheet_open_days_before INT          NOT NULL DEFAULT 0,
    dots_per_person        INT          NOT NULL DEFAULT 3,
    join_code              CHAR(8)      NOT NULL,
    -- OPEN: sheets editable; LOCKED: sheets read-only, board still live; CLOSED: the code stops working
    status                 VARCHAR(20)  NOT NULL DEFAULT 'OPEN',
    -- agenda timer: which item runs, since when, and how much of it had elapsed before the last pause
    timer_position         INT          NULL,
    timer_started_at       TIMESTAMP(3) NULL,
    timer_elapsed_ms       BIGINT       NOT NULL DEFAULT 0,
    created_by             VARCHAR(64)  NOT NULL,
    created_at             TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version                INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_workshop_session_code UNIQUE (join_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop_agenda_item (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    minutes      INT          NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    article_slug VARCHAR(100) NULL,
    INDEX ix_workshop_agenda_session (session_id, position),
    CONSTRAINT fk_workshop_agenda_session FOREIGN KEY (session_id) REFERENCES workshop_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop_participant (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT       NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    display_name VARCHAR(100) NOT NULL DEFAULT '',
    affiliation  VARCHAR(30)  NOT NULL,
    organisation VARCHAR(200) NOT NULL DEFAULT '',
    joined_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_workshop_participant_token UNIQUE (token_hash),
    INDEX ix_workshop_participant_session (session_id),
    CONSTRAINT fk_workshop_participant_session FOREIGN KEY (session_id) REFERENCES workshop_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop_theme (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_workshop_theme_name UNIQUE (session_id, name),
    CONSTRAINT fk_workshop_theme_session FOREIGN KEY (session_id) REFERENCES workshop_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop_sheet_row (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id     BIGINT        NOT NULL,
    participant_id BIGINT        NOT NULL,
    position       INT           NOT NULL,
    item           VARCHAR(200)  NOT NULL DEFAULT '',
    content        VARCHAR(2000) NOT NULL DEFAULT '',
    improvement    VARCHAR(2000) NOT NULL DEFAULT '',
    theme_id       BIGINT        NULL,
    for_discussion BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version        INT           NOT NULL DEFAULT 0,
    INDEX ix_workshop_row_participant (participant_id, position),
    INDEX ix_workshop_row_session (session_id),
    CONSTRAINT fk_workshop_row_session FOREIGN KEY (session_id) REFERENCES workshop_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_row_participant FOREIGN KEY (participant_id) REFERENCES workshop_participant (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_row_theme FOREIGN KEY (theme_id) REFERENCES workshop_theme (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One dot per participant and row; a participant has dots_per_person dots in a session.
CREATE TABLE workshop_vote (
    row_id         BIGINT NOT NULL,
    participant_id BIGINT NOT NULL,
    PRIMARY KEY (row_id, participant_id),
    INDEX ix_workshop_vote_participant (participant_id),
    CONSTRAINT fk_workshop_vote_row FOREIGN KEY (row_id) REFERENCES workshop_sheet_row (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_vote_participant FOREIGN KEY (participant_id) REFERENCES workshop_participant (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
