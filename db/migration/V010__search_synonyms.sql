-- Synonym groups advisers add to the shipped dictionary (src/main/resources/search/synonyms-ja.txt).
-- words: comma-separated, as typed (max length = SearchLimits.MAX_SYNONYM_GROUP_LENGTH).
CREATE TABLE search_synonym (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    words      VARCHAR(500) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    version    INT NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
