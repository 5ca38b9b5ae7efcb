package jp.banso.curation;

import jp.banso.library.FormatProblem;

import jp.banso.library.ArticleSummary;

import jp.banso.library.Article;
import jp.banso.library.ArticleDocument;
import jp.banso.library.ArticleMetadata;
import jp.banso.library.ArticleService;
import jp.banso.library.ArticleStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.banso.IntegrationTest;
import jp.banso.audit.AuditService;
import jp.banso.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class ArticleEditingServiceTest extends IntegrationTest {

    @Autowired
    jp.banso.MutableClock clock;

    @Autowired
    ArticleEditingService editing;
    @Autowired
    ArticleService library;
    @Autowired
    AuditService audit;

    static void as(String user, String... roles) {
        var auth = List.of(roles).stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, auth));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static String file(String slug, String title, String body) {
        return """
                ---
                slug: %s
                title: '%s'
                kind: case
                prefecture: 静岡県
                municipalities: [テスト市]
                fiscal_year: 2024
                themes: [相談体制]
                target_groups: [高齢者]
                support_team: []
                summary: テスト用の記事
                ---

                ## 取組状況 {#status}

                %s

                ## 今後の方向性 {#next}

                連絡会を続ける。
                """.formatted(slug, title, body);
    }

    @Test
    void a_draft_is_invisible_until_a_second_adviser_reviews_and_publishes_it() {
        as("adviser.a", AppRoles.ADVISER);
        ArticleRevision v1 = editing.createDraft(ArticleDocument.parse(file("svc-flow", "流れの記事", "相談窓口を開設した。")), "first");
        assertThat(library.findPublished("svc-flow")).isEmpty();
        editing.submitForReview("svc-flow", v1.id());
        assertThat(editing.reviewQueue()).extracting(i -> i.article().slug()).contains("svc-flow");

        assertThatThrownBy(() -> editing.publish("svc-flow", v1.id(), "自分で確認"))
                .isInstanceOf(CurationException.class)
                .satisfies(e -> assertThat(((CurationException) e).messageKey()).isEqualTo("curation.error.ownReview"));
        assertThat(library.findPublished("svc-flow")).isEmpty();

        as("adviser.b", AppRoles.ADVISER);
        assertThatThrownBy(() -> editing.publish("svc-flow", v1.id(), " ")).isInstanceOf(CurationException.class);
        editing.publish("svc-flow", v1.id(), "数字を確認しました");
        Article published = library.findPublished("svc-flow").orElseThrow();
        assertThat(published.sections().get(0).body()).isEqualTo("相談窓口を開設した。");
        assertThat(published.summary().verifiedAt()).isNotNull();
        EditableArticle e = editing.open("svc-flow");
        assertThat(e.state()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(e.reviews()).singleElement().satisfies(r -> {
            assertThat(r.reviewer()).isEqualTo("adviser.b");
            assertThat(r.comment()).isEqualTo("数字を確認しました");
            assertThat(r.decision()).isEqualTo(ArticleReview.Decision.APPROVED);
        });
    }

    @Test
    void readers_keep_the_published_text_while_a_new_draft_is_edited_and_reviewed() {
        as("adviser.a", AppRoles.ADVISER);
        EditableArticle nagano = editing.open("nagano");
        assertThat(nagano.head().author()).isEqualTo(ArticleEditingService.SHIPPED_AUTHOR);
        String publishedTitle = library.findPublished("nagano").orElseThrow().meta().title();
        ArticleDocument doc = nagano.head().document();
        ArticleDocument changed = new ArticleDocument(new ArticleMetadata("nagano", publishedTitle + "（改訂）",
                doc.meta().kind(), doc.meta().prefecture(), doc.meta().municipalities(), doc.meta().fiscalYear(),
                doc.meta().themes(), doc.meta().targetGroups(), doc.meta().supportTeam(), doc.meta().summary()), doc.sections());
        ArticleRevision v2 = editing.saveDraft("nagano", nagano.head().id(), changed, "title");
        assertThat(library.findPublished("nagano").orElseThrow().meta().title()).isEqualTo(publishedTitle);
        assertThat(editing.open("nagano").state()).isEqualTo(ArticleStatus.DRAFT);
        editing.submitForReview("nagano", v2.id());
        as("adviser.b", AppRoles.ADVISER);
        editing.publish("nagano", v2.id(), "OK");
        assertThat(library.findPublished("nagano").orElseThrow().meta().title()).isEqualTo(publishedTitle + "（改訂）");
        // put it back for the other tests: restore the shipped version through the same workflow
        ArticleRevision back = editing.restore("nagano", nagano.head().number(), v2.id());
        editing.submitForReview("nagano", back.id());
        as("adviser.a", AppRoles.ADVISER);
        editing.publish("nagano", back.id(), "元に戻す");
        assertThat(library.findPublished("nagano").orElseThrow().meta().title()).isEqualTo(publishedTitle);
        assertThat(editing.history("nagano")).extracting(ArticleRevision::number).startsWith(back.number(), v2.number());
    }

    @Test
    void saving_over_a_newer_version_is_a_conflict_with_both_texts_and_saves_nothing() {
        as("adviser.a", AppRoles.ADVISER);
        ArticleRevision v1 = editing.createDraft(ArticleDocument.parse(file("svc-conflict", "競合", "最初の文。")), "");
        ArticleRevision v2 = editing.saveDraft("svc-conflict", v1.id(),
                ArticleDocument.parse(file("svc-conflict", "競合", "Aさんの文。")), "");
        as("adviser.b", AppRoles.ADVISER);
        ArticleDocument mine = ArticleDocument.parse(file("svc-conflict", "競合", "Bさんの文。"));
        assertThatThrownBy(() -> editing.saveDraft("svc-conflict", v1.id(), mine, ""))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.theirs().number()).isEqualTo(v2.number());
                    assertThat(e.theirs().source()).contains("Aさんの文。");
                    assertThat(e.mine()).contains("Bさんの文。");
                });
        assertThat(editing.history("svc-conflict")).hasSize(2);
        assertThat(editing.open("svc-conflict").head().source()).contains("Aさんの文。");
    }

    @Test
    void the_diff_shows_changed_sections_at_character_level_and_restoring_makes_a_new_version() {
        as("adviser.a", AppRoles.ADVISER);
        ArticleRevision v1 = editing.createDraft(ArticleDocument.parse(file("svc-diff", "差分", "空き家を活用した。")), "");
        ArticleRevision v2 = editing.saveDraft("svc-diff", v1.id(),
                ArticleDocument.parse(file("svc-diff", "差分", "空き家を積極的に活用した。")), "");
        RevisionDiff d = editing.diff("svc-diff", v1.number(), v2.number());
        RevisionDiff.SectionDiff status = d.sections().stream().filter(s -> s.anchor().equals("status")).findFirst().orElseThrow();
        assertThat(status.change()).isEqualTo(RevisionDiff.Change.CHANGED);
        assertThat(status.segments()).contains(new RevisionDiff.Segment(RevisionDiff.SegmentKind.INSERTED, "積極的に"));
        assertThat(d.sections().stream().filter(s -> s.anchor().equals("next"))).singleElement()
                .extracting(RevisionDiff.SectionDiff::change).isEqualTo(RevisionDiff.Change.UNCHANGED);

        ArticleRevision v3 = editing.restore("svc-diff", v1.number(), v2.id());
        assertThat(v3.number()).isEqualTo(3);
        assertThat(v3.source()).isEqualTo(v1.source());
        assertThat(editing.history("svc-diff")).hasSize(3);
    }

    @Test
    void articles_not_verified_for_twelve_months_are_listed_until_confirmed() {
        as("adviser.a", AppRoles.ADVISER);
        try {
            // loading a shipped file is no check of its facts: okazaki has no 最終確認日 until someone confirms it
            assertThat(library.findPublished("okazaki").orElseThrow().summary().verifiedAt()).isNull();
            assertThat(editing.notVerifiedRecently()).extracting(ArticleSummary::slug).contains("okazaki");
            editing.confirmStillAccurate("okazaki");
            assertThat(library.findPublished("okazaki").orElseThrow().summary().verifiedAt()).isNotNull();
            assertThat(editing.notVerifiedRecently()).extracting(ArticleSummary::slug).doesNotContain("okazaki");
            // a day short of twelve months later it is still fine; a year and a day later it is listed again
            clock.advance(java.time.Duration.ofDays(364));
            assertThat(editing.notVerifiedRecently()).extracting(ArticleSummary::slug).doesNotContain("okazaki");
            clock.advance(java.time.Duration.ofDays(2));
            assertThat(editing.notVerifiedRecently()).extracting(ArticleSummary::slug).contains("okazaki");
        } finally {
            clock.reset();
        }
    }

    static final String WRITTEN_ELSEWHERE = """
            ---
            title: 奈良市の居住支援の取組
            kind: 事例
            prefecture: 奈良県
            municipalities: 奈良市、天理市
            fiscal_year: 令和5年度
            author: 山田
            ---
            # 奈良市の居住支援の取組

            市の住宅課と福祉部局が一緒に始めた取組です。

            ## 取組状況 {#取組状況}

            勉強会には計35名が参加した。

            ## 今後の方向性

            協議会の設立を目指す。
            """;

    @Test
    void a_file_written_elsewhere_imports_with_defaults_filled_and_each_change_listed() {
        as("adviser.a", AppRoles.ADVISER);
        ImportPreview preview = editing.previewImport("Nara_Case.md", WRITTEN_ELSEWHERE.getBytes(StandardCharsets.UTF_8));
        ImportPreview.ImportFile f = preview.files().get(0);
        assertThat(f.problems()).isEmpty();
        ArticleDocument doc = f.document();
        assertThat(doc.meta().slug()).isEqualTo("nara-case");
        assertThat(doc.meta().kind()).isEqualTo(jp.banso.library.ArticleKind.CASE);
        assertThat(doc.meta().municipalities()).containsExactly("奈良市", "天理市");
        assertThat(doc.meta().fiscalYear()).isEqualTo(2023);
        assertThat(doc.meta().themes()).isEmpty();
        assertThat(doc.sections()).extracting(jp.banso.library.ArticleSection::title)
                .containsExactly(ImportNormalizer.LEAD_SECTION_TITLE, "取組状況", "今後の方向性");
        assertThat(doc.sections()).extracting(jp.banso.library.ArticleSection::anchor)
                .allMatch(a -> a.matches(jp.banso.library.ArticleLimits.ANCHOR_PATTERN));
        assertThat(doc.sections().get(1).body()).isEqualTo("勉強会には計35名が参加した。");
        assertThat(f.warnings()).extracting(FormatProblem::key).contains("import.warn.slugFromFileName",
                "import.warn.kindMapped", "import.warn.listSplit", "import.warn.fiscalYearMapped",
                "import.warn.unknownKeys", "import.warn.h1Removed", "import.warn.leadAsSection",
                "import.warn.anchorReplaced", "import.warn.defaults");
        assertThat(editing.importDrafts(preview)).extracting(ArticleRevision::slug).containsExactly("nara-case");
        assertThat(editing.open("nara-case").head().document().meta().prefecture()).isEqualTo("奈良県");
    }

    @Test
    void an_import_refuses_only_what_cannot_be_read_and_says_which_field() {
        as("adviser.a", AppRoles.ADVISER);
        String noPrefecture = WRITTEN_ELSEWHERE.replace("prefecture: 奈良県\n", "");
        ImportPreview.ImportFile f = editing.previewImport("x.md", noPrefecture.getBytes(StandardCharsets.UTF_8)).files().get(0);
        assertThat(f.valid()).isFalse();
        assertThat(f.problems()).extracting(FormatProblem::field).containsExactly("prefecture");
        String brokenYaml = WRITTEN_ELSEWHERE.replace("kind: 事例", "kind: [事例");
        assertThat(editing.previewImport("y.md", brokenYaml.getBytes(StandardCharsets.UTF_8)).files().get(0).problems())
                .extracting(FormatProblem::key).containsExactly("format.yaml");
    }

    @Test
    void an_import_previews_each_file_with_its_problems_and_imports_the_valid_ones_as_drafts() throws Exception {
        as("adviser.a", AppRoles.ADVISER);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("good.md"));
            zip.write(file("svc-import-good", "取り込み", "本文。").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("bad.md"));
            zip.write("---\ntitle: x\n---\n\ntext\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("../evil.md"));
            zip.write(file("svc-import-evil", "x", "y").getBytes(StandardCharsets.UTF_8));
        }
        ImportPreview preview = editing.previewImport("upload.zip", bytes.toByteArray());
        assertThat(preview.files()).hasSize(3);
        assertThat(preview.validCount()).isEqualTo(1);
        // bad.md gets its slug from its name and the kind "case", but no prefecture can be made up: refused for that
        assertThat(preview.files().get(1).problems()).extracting(FormatProblem::field, FormatProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("prefecture", "format.required"));
        assertThat(preview.files().get(2).problems()).extracting(FormatProblem::key).containsExactly("format.zipUnsafePath");
        List<ArticleRevision> imported = editing.importDrafts(preview);
        assertThat(imported).extracting(ArticleRevision::slug).containsExactly("svc-import-good");
        assertThat(editing.open("svc-import-good").state()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(library.findPublished("svc-import-good")).isEmpty();
    }

    @Test
    void a_zip_bomb_stops_at_the_size_limit() throws Exception {
        as("adviser.a", AppRoles.ADVISER);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 12; i++) {
                zip.putNextEntry(new ZipEntry("f" + i + ".md"));
                for (int j = 0; j < 5; j++) {
                    zip.write(zeros);
                }
            }
        }
        assertThat((long) bytes.size()).isLessThan(CurationLimits.IMPORT_UPLOAD_MAX_BYTES);
        assertThatThrownBy(() -> editing.previewImport("bomb.zip", bytes.toByteArray()))
                .isInstanceOfSatisfying(CurationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.zipTooLarge"));
    }

    @Test
    void attachments_are_checked_by_their_bytes_and_served_only_when_allowed() {
        as("adviser.a", AppRoles.ADVISER);
        editing.createDraft(ArticleDocument.parse(file("svc-attach", "添付", "本文。")), "");
        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        Attachment a = editing.addAttachment("svc-attach", "../../報告書.pdf", pdf);
        assertThat(a.originalName()).isEqualTo("報告書.pdf");
        assertThat(a.storedName()).matches("[0-9a-f]{32}");
        assertThatThrownBy(() -> editing.addAttachment("svc-attach", "evil.pdf", "<script>alert(1)</script>".getBytes()))
                .isInstanceOf(CurationException.class);
        assertThatThrownBy(() -> editing.addAttachment("svc-attach", "report.png", pdf)).isInstanceOf(CurationException.class);
        assertThat(editing.readAttachment("svc-attach", a.storedName())).get()
                .satisfies(f -> assertThat(f.bytes()).isEqualTo(pdf));
        SecurityContextHolder.clearContext();
        assertThat(editing.readAttachment("svc-attach", a.storedName())).isEmpty(); // draft: not for anonymous
    }

    @Test
    void staff_and_facilitators_cannot_edit() {
        as("staff.x", AppRoles.STAFF);
        assertThatThrownBy(() -> editing.items()).isInstanceOf(AccessDeniedException.class);
        as("fac.x", AppRoles.FACILITATOR);
        assertThatThrownBy(() -> editing.createDraft(ArticleDocument.parse(file("svc-denied", "x", "y")), ""))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_change_lands_in_the_audit_log_with_who_and_what() {
        as("adviser.audit", AppRoles.ADVISER);
        editing.createDraft(ArticleDocument.parse(file("svc-audit", "監査", "本文。")), "");
        as("admin", AppRoles.ADMIN);
        assertThat(audit.newest("ARTICLE", "svc-audit", 10)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("adviser.audit");
            assertThat(e.action()).isEqualTo("ARTICLE_CREATED");
        });
        as("adviser.audit", AppRoles.ADVISER);
        assertThatThrownBy(() -> audit.newest(null, null, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
