-- Formation tracker: prefectures and municipalities (2020 census population), each municipality's current
-- formation stage with every change kept, and the prefectures' plan targets. Column sizes match
-- jp.banso.formation.FormationLimits.
CREATE TABLE formation_prefecture (
    code            CHAR(6)     NOT NULL PRIMARY KEY,
    name            VARCHAR(10) NOT NULL,
    population_2020 INT         NOT NULL,
    CONSTRAINT uq_formation_prefecture_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE formation_municipality (
    code            CHAR(6)      NOT NULL PRIMARY KEY,
    prefecture_code CHAR(6)      NOT NULL,
    name            VARCHAR(50)  NOT NULL,
    kana            VARCHAR(100) NOT NULL,
    kind            VARCHAR(2)   NOT NULL,
    population_2020 INT          NOT NULL,
    -- current stage (a copy of the latest formation_stage_change, kept here for the dashboard's queries)
    stage           VARCHAR(20)  NOT NULL DEFAULT 'NOT_STARTED',
    stage_date      DATE         NULL,
    -- DAY: stage_date is the day; FISCAL_YEAR: only the fiscal year is known, stage_date is its last day
    date_precision  VARCHAR(12)  NULL,
    council_type    VARCHAR(10)  NULL,
    version         INT          NOT NULL DEFAULT 0,
    INDEX ix_formation_municipality_prefecture (prefecture_code),
    CONSTRAINT fk_formation_municipality_prefecture FOREIGN KEY (prefecture_code) REFERENCES formation_prefecture (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE formation_stage_change (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    municipality_code CHAR(6)       NOT NULL,
    stage             VARCHAR(20)   NOT NULL,
    stage_date        DATE          NOT NULL,
    date_precision    VARCHAR(12)   NOT NULL,
    council_type      VARCHAR(10)   NULL,
    evidence          VARCHAR(2000) NOT NULL DEFAULT '',
    evidence_url      VARCHAR(500)  NOT NULL DEFAULT '',
    changed_by        VARCHAR(64)   NOT NULL,
    changed_at        TIMESTAMP(3)  NOT NULL,
    INDEX ix_formation_change_municipality (municipality_code, id),
    CONSTRAINT fk_formation_change_municipality FOREIGN KEY (municipality_code) REFERENCES formation_municipality (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE formation_target (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    prefecture_code CHAR(6)       NOT NULL,
    -- COVERAGE: percent of the prefecture's population; COUNT: number of municipalities
    metric          VARCHAR(10)   NOT NULL,
    -- OWN: municipalities with their own council; OWN_OR_JOINT: also those in a joint or prefectural one
    council_scope   VARCHAR(12)   NOT NULL,
    baseline_value  DECIMAL(9, 3) NULL,
    baseline_fy     INT           NULL,
    target_value    DECIMAL(9, 3) NOT NULL,
    target_fy       INT           NOT NULL,
    source_text     VARCHAR(1000) NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    updated_at      TIMESTAMP(3)  NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_formation_target UNIQUE (prefecture_code, metric),
    CONSTRAINT fk_formation_target_prefecture FOREIGN KEY (prefecture_code) REFERENCES formation_prefecture (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
