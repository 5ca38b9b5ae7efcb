-- The case library. An article has metadata, tags (municipalities, themes, target groups, support-team
-- organisations) and sections (## and ### headings of its Markdown, in order).
CREATE TABLE article (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug          VARCHAR(100)  NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    prefecture    VARCHAR(20)   NOT NULL,
    fiscal_year   INT           NULL,
    summary       VARCHAR(1000) NOT NULL DEFAULT '',
    status        VARCHAR(20)   NOT NULL,
    -- SHIPPED: came from a content file; its shipped_hash is the hash of the file last loaded.
    origin        VARCHAR(20)   NOT NULL,
    shipped_hash  CHAR(64)      NULL,
    -- TRUE once someone changed the article in the app: shipped files no longer overwrite it.
    edited_in_app BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    published_at  TIMESTAMP(3)  NULL,
    verified_at   TIMESTAMP(3)  NULL,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_article_slug UNIQUE (slug),
    INDEX ix_article_status_published (status, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_tag (
    article_id BIGINT       NOT NULL,
    tag_type   VARCHAR(20)  NOT NULL,
    position   INT          NOT NULL,
    value      VARCHAR(200) NOT NULL,
    PRIMARY KEY (article_id, tag_type, position),
    INDEX ix_article_tag_value (tag_type, value),
    CONSTRAINT fk_article_tag_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_section (
    article_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    anchor     VARCHAR(100) NOT NULL,
    level      TINYINT      NOT NULL,
    title      VARCHAR(200) NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (article_id, position),
    CONSTRAINT uq_article_section_anchor UNIQUE (article_id, anchor),
    CONSTRAINT fk_article_section_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A shipped file changed after an adviser edited its article: kept here for an adviser to review
-- instead of overwriting their edit.
CREATE TABLE shipped_update_pending (
    slug         VARCHAR(100) NOT NULL PRIMARY KEY,
    shipped_hash CHAR(64)     NOT NULL,
    source       MEDIUMTEXT   NOT NULL,
    detected_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
