-- One taxonomy (issue 11): the editor's vocabulary (V030) used other words than the shipped articles
-- (docs/content-format.md), so the same theme showed as two facets. The editor's words are mapped to the shipped
-- ones, in the term list and in the tags of articles saved with them; the shipped vocabulary is added in full.
-- Revision sources keep the words they were saved with; the next save writes the tags the editor offers.
-- the collation of the tables it is joined with: a server whose default differs (utf8mb4_general_ci) refuses the mix
CREATE TEMPORARY TABLE taxonomy_rename (term_type VARCHAR(20), old_value VARCHAR(200), new_value VARCHAR(200))
    DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO taxonomy_rename VALUES
    ('THEME', '協議会の設立', '協議会設立'),
    ('THEME', '住宅部局と福祉部局の連携', '住宅と福祉の連携'),
    ('THEME', '不動産関係団体との連携', '不動産事業者との連携'),
    ('THEME', '空き家の活用', '空き家活用'),
    ('THEME', '勉強会・意見交換会', '意見交換会'),
    ('THEME', '実態調査', 'アンケート調査'),
    ('TARGET_GROUP', '低額所得者', '低所得者'),
    ('TARGET_GROUP', '刑務所出所者等', '刑余者');

UPDATE article_tag t JOIN taxonomy_rename r ON r.term_type = t.tag_type AND r.old_value = t.value
SET t.value = r.new_value;
DELETE tt FROM taxonomy_term tt JOIN taxonomy_rename r ON r.term_type = tt.term_type AND r.old_value = tt.value;
DROP TEMPORARY TABLE taxonomy_rename;

INSERT IGNORE INTO taxonomy_term (term_type, value, created_by) VALUES
    ('THEME', '協議会設立', 'system'), ('THEME', '県による市町村支援', 'system'), ('THEME', '勉強会', 'system'),
    ('THEME', '意見交換会', 'system'), ('THEME', 'グループワーク', 'system'), ('THEME', 'ヒアリング', 'system'),
    ('THEME', 'アンケート調査', 'system'), ('THEME', '庁内連携', 'system'), ('THEME', '住宅と福祉の連携', 'system'),
    ('THEME', '不動産事業者との連携', 'system'), ('THEME', '居住支援法人', 'system'), ('THEME', '相談体制', 'system'),
    ('THEME', '空き家活用', 'system'), ('THEME', 'セーフティネット住宅', 'system'), ('THEME', '公営住宅', 'system'),
    ('THEME', '入居中の支援', 'system'), ('THEME', '緊急時の住まい', 'system'), ('THEME', '講演会', 'system'),
    ('THEME', '成果指標', 'system'),
    ('TARGET_GROUP', '高齢者', 'system'), ('TARGET_GROUP', '障害者', 'system'), ('TARGET_GROUP', '低所得者', 'system'),
    ('TARGET_GROUP', '生活保護受給者', 'system'), ('TARGET_GROUP', 'ひとり親世帯', 'system'),
    ('TARGET_GROUP', '子育て世帯', 'system'), ('TARGET_GROUP', 'DV被害者', 'system'), ('TARGET_GROUP', '刑余者', 'system'),
    ('TARGET_GROUP', '外国人', 'system'), ('TARGET_GROUP', '若者', 'system'), ('TARGET_GROUP', '被災者', 'system'),
    ('TARGET_GROUP', '生活困窮者', 'system');
