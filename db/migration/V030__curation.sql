-- Curation: every saved version of an article, reviews, a managed taxonomy, attachments, the audit log,
-- personal access tokens for the REST API.

-- The article row stays what readers see (the published text). Work in progress lives in revisions:
-- head_revision_id is the latest saved version (optimistic lock: a save names the head it started from),
-- published_revision_id the one readers see; draft_state is DRAFT or IN_REVIEW while the head is unpublished.
ALTER TABLE article
    ADD COLUMN head_revision_id      BIGINT      NULL,
    ADD COLUMN published_revision_id BIGINT      NULL,
    ADD COLUMN draft_state           VARCHAR(20) NULL;

CREATE TABLE article_revision (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id BIGINT       NOT NULL,
    number     INT          NOT NULL,
    -- the whole article (front matter + sections) in the format of docs/content-format.md
    source     MEDIUMTEXT   NOT NULL,
    author     VARCHAR(64)  NOT NULL,
    note       VARCHAR(200) NOT NULL DEFAULT '',
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_article_revision_number UNIQUE (article_id, number),
    CONSTRAINT fk_article_revision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_review (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id  BIGINT        NOT NULL,
    revision_id BIGINT        NOT NULL,
    reviewer    VARCHAR(64)   NOT NULL,
    decision    VARCHAR(20)   NOT NULL,
    comment     VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX ix_article_review_article (article_id, created_at),
    CONSTRAINT fk_article_review_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_review_revision FOREIGN KEY (revision_id) REFERENCES article_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Themes and target groups advisers choose from; they can add terms.
CREATE TABLE taxonomy_term (
    term_type  VARCHAR(20)  NOT NULL,
    value      VARCHAR(200) NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (term_type, value)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO taxonomy_term (term_type, value, created_by) VALUES
    ('THEME', '協議会の設立', 'system'), ('THEME', '住宅部局と福祉部局の連携', 'system'),
    ('THEME', '不動産関係団体との連携', 'system'), ('THEME', '空き家の活用', 'system'),
    ('THEME', 'セーフティネット住宅', 'system'), ('THEME', '公営住宅', 'system'),
    ('THEME', '相談体制', 'system'), ('THEME', '入居中の支援', 'system'),
    ('THEME', '実態調査', 'system'), ('THEME', '勉強会・意見交換会', 'system'),
    ('TARGET_GROUP', '高齢者', 'system'), ('TARGET_GROUP', '障害者', 'system'),
    ('TARGET_GROUP', '低額所得者', 'system'), ('TARGET_GROUP', 'ひとり親世帯', 'system'),
    ('TARGET_GROUP', '子育て世帯', 'system'), ('TARGET_GROUP', 'DV被害者', 'system'),
    ('TARGET_GROUP', '刑務所出所者等', 'system'), ('TARGET_GROUP', '外国人', 'system');

CREATE TABLE article_attachment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id    BIGINT       NOT NULL,
    -- random file name under <data>/attachments; never the uploaded name
    stored_name   CHAR(32)     NOT NULL,
    original_name VARCHAR(200) NOT NULL,
    content_type  VARCHAR(50)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_article_attachment_stored UNIQUE (stored_name),
    CONSTRAINT fk_article_attachment_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what, when: article and user changes. Append-only.
CREATE TABLE audit_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at TIMESTAMP(3)  NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    target_type VARCHAR(20)   NOT NULL,
    target      VARCHAR(200)  NOT NULL,
    detail      VARCHAR(1000) NOT NULL DEFAULT '',
    INDEX ix_audit_log_time (occurred_at),
    INDEX ix_audit_log_target (target_type, target)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Personal access tokens: only a SHA-256 of the token is kept (tokens are 256-bit random, so a fast
-- hash is enough; the token itself is shown once).
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_used_at TIMESTAMP(3) NULL,
    revoked      BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
