package jp.banso.curation;

import jp.banso.base.upload.UploadChecks;
import jp.banso.base.upload.UploadRefusedException;
import jp.banso.library.ArticleDocument;
import jp.banso.library.ArticleFormatException;
import jp.banso.library.FormatProblem;
import jp.banso.library.ArticleLimits;
import jp.banso.library.ArticleMetadata;
import jp.banso.library.ArticlePublished;
import jp.banso.library.ArticleSection;
import jp.banso.library.ArticleStatus;
import jp.banso.library.ArticleSummary;
import jp.banso.library.ArticleWithdrawn;

import jp.banso.library.ArticleStore;
import jp.banso.library.ArticleService;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.banso.base.BansoProperties;
import jp.banso.base.audit.AuditEvent;
import jp.banso.security.AppRoles;
import jp.banso.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisers' side of the library: drafts, review, publishing, archiving, revision history and diffs,
 * imports, the taxonomy and attachments. Every saved version is a revision; readers keep seeing the published
 * revision while a new one is edited and reviewed. Publishing needs a reviewer other than the last editor.
 */
@Service
public class ArticleEditingService {

    static final String SHIPPED_AUTHOR = "shipped-content";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ArticleStore articles;
    private final ArticleService library;
    private final CurationRepository curation;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Path attachmentDir;

    ArticleEditingService(ArticleStore articles, ArticleService library, CurationRepository curation, ApplicationEventPublisher events,
                          Clock clock, BansoProperties properties) {
        this.articles = articles;
        this.library = library;
        this.curation = curation;
        this.events = events;
        this.clock = clock;
        this.attachmentDir = properties.resolve("attachments");
    }

    // ---------------------------------------------------------------- lists

    /** Every article with where its work stands, for the advisers' overview and review queue. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<CurationItem> items() {
        List<CurationRepository.ItemRow> rows = curation.items();
        Map<String, ArticleSummary> summaries = allSummaries();
        return rows.stream().filter(r -> summaries.containsKey(r.slug()))
                .map(r -> new CurationItem(summaries.get(r.slug()), r.state(), r.headNumber(), r.lastEditor(), r.lastSavedAt()))
                .toList();
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<CurationItem> reviewQueue() {
        return items().stream().filter(i -> i.state() == ArticleStatus.IN_REVIEW).toList();
    }

    /** Published articles whose facts nobody confirmed for {@link CurationLimits#VERIFY_AFTER_MONTHS} months. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<ArticleSummary> notVerifiedRecently() {
        Instant cutoff = clock.instant().atZone(clock.getZone())
                .minusMonths(CurationLimits.VERIFY_AFTER_MONTHS).toInstant();
        return curation.publishedNotVerifiedSince(cutoff).stream()
                .map(slug -> articles.findSummary(slug).orElseThrow()).toList();
    }

    // ---------------------------------------------------------------- one article

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public EditableArticle open(String slug) {
        CurationRepository.State s = baseline(slug);
        ArticleSummary summary = articles.findSummary(slug).orElseThrow();
        ArticleRevision head = curation.revision(s.headRevisionId()).orElseThrow();
        Integer published = s.publishedRevisionId() == null ? null
                : curation.revision(s.publishedRevisionId()).map(ArticleRevision::number).orElse(null);
        return new EditableArticle(summary, s.workflowState(), head, published, curation.reviews(s.id()));
    }

    /** A new article, as a draft nobody but advisers sees. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public ArticleRevision createDraft(ArticleDocument given, String note) {
        ArticleDocument doc = requireValid(given);
        String slug = doc.meta().slug();
        if (articles.exists(slug)) {
            throw new CurationException("curation.error.slugTaken", "an article with slug " + slug + " exists", slug);
        }
        long id = articles.insertFromApp(doc, ArticleStatus.DRAFT, clock.instant());
        long rev = curation.insertRevision(id, doc.toMarkdown(), actor(), note(note), clock.instant());
        curation.moveHead(id, null, rev, ArticleStatus.DRAFT);
        audit("ARTICLE_CREATED", slug, "draft version 1");
        return curation.revision(rev).orElseThrow();
    }

    /**
     * Saves a new version on top of {@code baseRevisionId}, the version the editor started from. When someone
     * saved a newer version meanwhile, nothing is saved and {@link EditConflictException} carries both texts.
     * Saving while in review sends the article back to draft (the reviewed text changed).
     */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public ArticleRevision saveDraft(String slug, long baseRevisionId, ArticleDocument given, String note) {
        ArticleDocument doc = requireValid(given);
        if (!doc.meta().slug().equals(slug)) {
            throw new CurationException("curation.error.slugChanged", "the slug of an article cannot change", slug);
        }
        CurationRepository.State s = baseline(slug);
        s = curation.state(slug, true).orElseThrow();
        if (s.headRevisionId() != baseRevisionId) {
            throw new EditConflictException(curation.revision(s.headRevisionId()).orElseThrow(), doc.toMarkdown());
        }
        ArticleRevision base = curation.revision(baseRevisionId).orElseThrow();
        if (base.source().equals(doc.toMarkdown())) {
            return base; // nothing changed: no empty version
        }
        return appendDraft(s, doc.toMarkdown(), note(note), "ARTICLE_SAVED");
    }

    /** An old version becomes a new draft on top of the history (nothing is lost, nothing rewritten). */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public ArticleRevision restore(String slug, int number, long baseRevisionId) {
        baseline(slug);
        CurationRepository.State s = curation.state(slug, true).orElseThrow();
        ArticleRevision old = curation.revision(s.id(), number)
                .orElseThrow(() -> new CurationException("curation.error.noRevision", "no version " + number, number));
        if (s.headRevisionId() != baseRevisionId) {
            throw new EditConflictException(curation.revision(s.headRevisionId()).orElseThrow(), old.source());
        }
        return appendDraft(s, old.source(), "第" + number + "版を復元", "ARTICLE_RESTORED");
    }

    private ArticleRevision appendDraft(CurationRepository.State s, String source, String note, String action) {
        long rev = curation.insertRevision(s.id(), source, actor(), note, clock.instant());
        if (!curation.moveHead(s.id(), s.headRevisionId(), rev, ArticleStatus.DRAFT)) {
            throw new EditConflictException(curation.revision(curation.state(s.slug(), false).orElseThrow().headRevisionId())
                    .orElseThrow(), source);
        }
        if (s.status() == ArticleStatus.IN_REVIEW) {
            curation.setStatus(s.id(), ArticleStatus.DRAFT);
        }
        if (s.publishedRevisionId() == null && s.status() != ArticleStatus.ARCHIVED) {
            // never published: the article row is the draft's text (nobody else sees it)
            articles.replaceContent(s.id(), ArticleDocument.parse(source), clock.instant());
        }
        ArticleRevision saved = curation.revision(rev).orElseThrow();
        audit(action, s.slug(), "version " + saved.number());
        return saved;
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public void submitForReview(String slug, long headRevisionId) {
        CurationRepository.State s = lockedAt(slug, headRevisionId);
        if (s.workflowState() != ArticleStatus.DRAFT) {
            throw new CurationException("curation.error.notDraft", slug + " has no draft to submit", slug);
        }
        curation.setDraftState(s.id(), ArticleStatus.IN_REVIEW);
        if (s.status() == ArticleStatus.DRAFT) {
            curation.setStatus(s.id(), ArticleStatus.IN_REVIEW);
        }
        audit("ARTICLE_SUBMITTED", slug, "version " + curation.revision(headRevisionId).orElseThrow().number());
    }

    /**
     * Publishes the head version after review. The reviewer may not be the person who saved that version,
     * and leaves a comment, stored with the decision. Readers see the new text; search reindexes it.
     */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public void publish(String slug, long headRevisionId, String comment) {
        CurationRepository.State s = lockedAt(slug, headRevisionId);
        if (s.workflowState() != ArticleStatus.IN_REVIEW) {
            throw new CurationException("curation.error.notInReview", slug + " is not in review", slug);
        }
        ArticleRevision head = curation.revision(headRevisionId).orElseThrow();
        String reviewer = actor();
        if (head.author().equals(reviewer)) {
            throw new CurationException("curation.error.ownReview",
                    "the last editor cannot review their own version; another adviser must", slug);
        }
        String c = comment(comment);
        curation.insertReview(s.id(), headRevisionId, reviewer, ArticleReview.Decision.APPROVED, c, clock.instant());
        articles.replaceContent(s.id(), head.document(), clock.instant());
        curation.markPublished(s.id(), headRevisionId, clock.instant());
        audit("ARTICLE_PUBLISHED", slug, "version " + head.number() + " reviewed by " + reviewer);
        events.publishEvent(new ArticlePublished(slug));
    }

    /** The reviewer sends the draft back with what to change. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public void requestChanges(String slug, long headRevisionId, String comment) {
        CurationRepository.State s = lockedAt(slug, headRevisionId);
        if (s.workflowState() != ArticleStatus.IN_REVIEW) {
            throw new CurationException("curation.error.notInReview", slug + " is not in review", slug);
        }
        curation.insertReview(s.id(), headRevisionId, actor(), ArticleReview.Decision.CHANGES_REQUESTED, comment(comment),
                clock.instant());
        curation.setDraftState(s.id(), ArticleStatus.DRAFT);
        if (s.status() == ArticleStatus.IN_REVIEW) {
            curation.setStatus(s.id(), ArticleStatus.DRAFT);
        }
        audit("ARTICLE_CHANGES_REQUESTED", slug, "");
    }

    /** Readers no longer see the article; its history stays. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public void archive(String slug) {
        CurationRepository.State s = baseline(slug);
        if (s.status() == ArticleStatus.ARCHIVED) {
            return;
        }
        boolean wasPublished = s.status() == ArticleStatus.PUBLISHED;
        curation.setStatus(s.id(), ArticleStatus.ARCHIVED);
        curation.setDraftState(s.id(), null);
        articles.markEditedInApp(slug);
        audit("ARTICLE_ARCHIVED", slug, "");
        if (wasPublished) {
            events.publishEvent(new ArticleWithdrawn(slug));
        }
    }

    /** Someone checked that a published article is still true: it leaves the list of articles to check. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public void confirmStillAccurate(String slug) {
        CurationRepository.State s = state(slug);
        if (s.status() != ArticleStatus.PUBLISHED) {
            throw new CurationException("curation.error.notPublished", slug + " is not published", slug);
        }
        curation.markVerified(s.id(), clock.instant());
        audit("ARTICLE_VERIFIED", slug, "");
        events.publishEvent(new ArticlePublished(slug));
    }

    // ---------------------------------------------------------------- history

    /** Newest first. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public List<ArticleRevision> history(String slug) {
        return curation.revisions(baseline(slug).id());
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public RevisionDiff diff(String slug, int fromNumber, int toNumber) {
        long id = baseline(slug).id();
        ArticleRevision from = curation.revision(id, fromNumber)
                .orElseThrow(() -> new CurationException("curation.error.noRevision", "no version " + fromNumber, fromNumber));
        ArticleRevision to = curation.revision(id, toNumber)
                .orElseThrow(() -> new CurationException("curation.error.noRevision", "no version " + toNumber, toNumber));
        return RevisionDiffer.diff(from.number(), from.document(), to.number(), to.document());
    }

    /**
     * What a reviewer decides on: the version in review against the published one, or, for an article never
     * published, against nothing (all of it new).
     */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public RevisionDiff reviewDiff(String slug) {
        CurationRepository.State s = baseline(slug);
        ArticleRevision head = curation.revision(s.headRevisionId()).orElseThrow();
        if (s.publishedRevisionId() == null) {
            return RevisionDiffer.diff(0, null, head.number(), head.document());
        }
        ArticleRevision published = curation.revision(s.publishedRevisionId()).orElseThrow();
        return RevisionDiffer.diff(published.number(), published.document(), head.number(), head.document());
    }

    /** Two texts compared like two versions (for an edit conflict: theirs against mine). */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    public RevisionDiff diffTexts(String before, String after) {
        return RevisionDiffer.diff(0, ArticleDocument.parse(before), 0, ArticleDocument.parse(after));
    }

    // ---------------------------------------------------------------- shipped updates

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public List<ShippedUpdate> shippedUpdates() {
        List<ShippedUpdate> out = new ArrayList<>();
        for (CurationRepository.Pending p : curation.pendingShipped()) {
            Optional<CurationRepository.State> st = curation.state(p.slug(), false);
            if (st.isEmpty()) {
                continue;
            }
            ArticleRevision head = curation.revision(baseline(p.slug()).headRevisionId()).orElseThrow();
            RevisionDiff diff;
            try {
                diff = RevisionDiffer.diff(head.number(), head.document(), 0, ArticleDocument.parse(p.source()));
            } catch (ArticleFormatException e) {
                diff = new RevisionDiff(head.number(), 0, false, List.of(), List.of());
            }
            out.add(new ShippedUpdate(p.slug(), p.source(), p.detectedAt(), diff));
        }
        return out;
    }

    /** The shipped file becomes a new draft version (reviewed like any other); the notice goes away. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public ArticleRevision acceptShippedUpdate(String slug) {
        CurationRepository.Pending p = pending(slug);
        ArticleDocument doc = ArticleDocument.parse(p.source());
        CurationRepository.State s = baseline(slug);
        s = curation.state(slug, true).orElseThrow();
        ArticleRevision rev = appendDraft(s, doc.toMarkdown(), "同梱ファイルの更新を反映", "ARTICLE_SHIPPED_ACCEPTED");
        curation.resolvePendingShipped(slug, p.hash());
        return rev;
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public void dismissShippedUpdate(String slug) {
        CurationRepository.Pending p = pending(slug);
        curation.resolvePendingShipped(slug, p.hash());
        audit("ARTICLE_SHIPPED_DISMISSED", slug, "");
    }

    private CurationRepository.Pending pending(String slug) {
        return curation.pendingShipped().stream().filter(p -> p.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new CurationException("curation.error.noShippedUpdate", "no shipped update for " + slug, slug));
    }

    // ---------------------------------------------------------------- import and export

    /** Reads an upload (one .md or a .zip of them) and says, file by file, what importing would do. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public ImportPreview previewImport(String fileName, byte[] content) {
        if (content == null || content.length > CurationLimits.IMPORT_UPLOAD_MAX_BYTES) {
            throw new CurationException("upload.error.tooLarge", "upload too large",
                    CurationLimits.IMPORT_UPLOAD_MAX_BYTES / (1024 * 1024));
        }
        List<ImportPreview.ImportFile> files = new ArrayList<>();
        if (jp.banso.base.upload.FileType.isZip(content)) {
            List<ImportArchives.Entry> entries;
            try {
                entries = ImportArchives.readZip(content);
            } catch (IOException e) {
                throw new CurationException("import.error.badZip", "not a readable zip: " + e.getMessage());
            }
            for (ImportArchives.Entry e : entries) {
                files.add(e.problem() != null ? new ImportPreview.ImportFile(e.name(), "", null, false,
                        List.of(zipProblem(e.problem())), List.of())
                        : importFile(e.name(), e.bytes()));
            }
        } else {
            files.add(importFile(fileName == null ? "upload.md" : fileName, content));
        }
        // two files with the same slug in one upload: the second would silently win
        Map<String, Long> slugs = files.stream().filter(ImportPreview.ImportFile::valid)
                .collect(Collectors.groupingBy(f -> f.document().meta().slug(), Collectors.counting()));
        return new ImportPreview(files.stream().map(f -> f.valid() && slugs.get(f.document().meta().slug()) > 1
                ? new ImportPreview.ImportFile(f.name(), f.source(), null, f.existing(),
                        List.of(FormatProblem.of("slug", 0, "format.slugRepeated",
                                "slug " + f.document().meta().slug() + " appears in more than one file", f.document().meta().slug())),
                        f.warnings())
                : f).toList());
    }

    /** ImportArchives words its refusals in English (for logs); people read them from the bundle. */
    private static FormatProblem zipProblem(String text) {
        String key = text.startsWith("unsafe path") ? "format.zipUnsafePath"
                : text.startsWith("not a Markdown") ? "format.notMarkdown"
                : text.startsWith("file larger") ? "format.fileTooLarge" : "format.zipEntry";
        return FormatProblem.of("file", 0, key, text, text, CurationLimits.IMPORT_FILE_MAX_BYTES / 1024);
    }

    /**
     * A file written elsewhere is first made readable where there is one sure reading ({@link ImportNormalizer},
     * which lists what it filled in); the strict parser then refuses, with reasons, only what cannot be read.
     */
    private ImportPreview.ImportFile importFile(String name, byte[] bytes) {
        String text = ImportArchives.utf8(bytes);
        if (text == null) {
            return new ImportPreview.ImportFile(name, "", null, false,
                    List.of(FormatProblem.of("file", 0, "format.notUtf8", "not UTF-8 text")), List.of());
        }
        ImportNormalizer.Result normalized = ImportNormalizer.normalize(name, text);
        try {
            ArticleDocument doc = ArticleDocument.parse(normalized.source());
            return new ImportPreview.ImportFile(name, text, doc, articles.exists(doc.meta().slug()), List.of(),
                    normalized.warnings());
        } catch (ArticleFormatException e) {
            return new ImportPreview.ImportFile(name, text, null, false, e.details(), normalized.warnings());
        }
    }

    /** Imports the valid files of a preview as drafts: new articles, or new draft versions of existing ones. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public List<ArticleRevision> importDrafts(ImportPreview preview) {
        List<ArticleRevision> out = new ArrayList<>();
        for (ImportPreview.ImportFile f : preview.files()) {
            if (!f.valid()) {
                continue;
            }
            String slug = f.document().meta().slug();
            if (!articles.exists(slug)) {
                out.add(createDraft(f.document(), f.name() + " から取り込み"));
            } else {
                CurationRepository.State s = baseline(slug);
                s = curation.state(slug, true).orElseThrow();
                out.add(appendDraft(s, f.document().toMarkdown(), cut(f.name() + " から取り込み"), "ARTICLE_IMPORTED"));
            }
        }
        return out;
    }

    /** The published version as a content file (front matter first): what anyone may read anyway. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> exportPublished(String slug) {
        if (!validSlug(slug)) {
            return Optional.empty();
        }
        return library.findPublished(slug).map(a -> new ArticleDocument(a.meta(), a.sections()).toMarkdown());
    }

    // ---------------------------------------------------------------- taxonomy

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<String> taxonomy(TaxonomyType type) {
        return curation.terms(type);
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public void addTerm(TaxonomyType type, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > ArticleLimits.TAG_MAX || v.chars().anyMatch(Character::isISOControl)) {
            throw new CurationException("curation.error.term", "a term is 1-" + ArticleLimits.TAG_MAX + " characters",
                    ArticleLimits.TAG_MAX);
        }
        if (curation.insertTerm(type, v, actor())) {
            audit("TAXONOMY_TERM_ADDED", type.name(), v);
        }
    }

    // ---------------------------------------------------------------- attachments

    /**
     * Stores a PDF or image under the data folder (outside the web root) with a random name. The type comes
     * from the bytes; the extension must agree; size is limited.
     */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public Attachment addAttachment(String slug, String fileName, byte[] bytes) {
        CurationRepository.State s = state(slug);
        UploadChecks.Checked file;
        try {
            file = UploadChecks.check(fileName, bytes, CurationLimits.ATTACHMENT_MAX_BYTES, CurationLimits.ATTACHMENT_NAME_MAX,
                    CurationLimits.ATTACHMENT_TYPES, "attachment.error.type");
        } catch (UploadRefusedException e) {
            // the REST API answers CurationExceptions with a problem detail
            throw new CurationException(e.messageKey(), e.getMessage(), e.args());
        }
        String name = file.name();
        String type = file.type().mediaType();
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String stored = HexFormat.of().formatHex(random);
        try {
            Files.createDirectories(attachmentDir);
            Files.write(attachmentDir.resolve(stored), bytes, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        curation.insertAttachment(s.id(), stored, name, type, bytes.length, actor(), clock.instant());
        articles.markEditedInApp(slug);
        audit("ATTACHMENT_ADDED", slug, name);
        return attachment(slug, curation.attachment(s.id(), stored).orElseThrow());
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<Attachment> attachments(String slug) {
        return curation.attachments(state(slug).id()).stream().map(a -> attachment(slug, a)).toList();
    }

    /** Attachments of published articles are public; those of unpublished ones only advisers may fetch. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<AttachmentFile> readAttachment(String slug, String storedName) {
        if (!validSlug(slug) || storedName == null || !storedName.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        Optional<CurationRepository.State> s = curation.state(slug, false);
        if (s.isEmpty() || (s.get().status() != ArticleStatus.PUBLISHED
                && !CurrentUser.hasRole(AppRoles.ADVISER) && !CurrentUser.hasRole(AppRoles.ADMIN))) {
            return Optional.empty();
        }
        return curation.attachment(s.get().id(), storedName).map(a -> {
            try {
                return new AttachmentFile(a.originalName(), a.contentType(), Files.readAllBytes(attachmentDir.resolve(a.storedName())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Attachment attachment(String slug, CurationRepository.AttachmentRow a) {
        return new Attachment(a.storedName(), a.originalName(), a.contentType(), a.size(), a.uploadedBy(), a.createdAt(),
                "/api/articles/" + slug + "/attachments/" + a.storedName());
    }

    // ---------------------------------------------------------------- helpers

    private Map<String, ArticleSummary> allSummaries() {
        Map<String, ArticleSummary> m = new java.util.HashMap<>();
        for (ArticleStatus st : ArticleStatus.values()) {
            articles.findSummaries(st).forEach(a -> m.put(a.slug(), a));
        }
        return m;
    }

    private CurationRepository.State state(String slug) {
        if (!validSlug(slug)) {
            throw new CurationException("curation.error.noArticle", "no article " + slug, String.valueOf(slug));
        }
        return curation.state(slug, false)
                .orElseThrow(() -> new CurationException("curation.error.noArticle", "no article " + slug, slug));
    }

    /**
     * Articles that came from shipped files get their first revision (the shipped text, published) when an
     * adviser first opens them; while nobody edited them in the app, a changed shipped file becomes a new
     * published revision too, so history always starts from what readers saw.
     */
    private CurationRepository.State baseline(String slug) {
        CurationRepository.State s = state(slug);
        if (s.headRevisionId() != null && s.editedInApp()) {
            return s;
        }
        ArticleSummary summary = articles.findSummary(slug).orElseThrow();
        String current = new ArticleDocument(summary.meta(), articles.findSections(s.id())).toMarkdown();
        if (s.headRevisionId() != null && curation.revision(s.headRevisionId()).map(ArticleRevision::source)
                .filter(current::equals).isPresent()) {
            return s;
        }
        long rev = curation.insertRevision(s.id(), current, SHIPPED_AUTHOR, "同梱の内容", clock.instant());
        curation.setBaseline(s.id(), rev);
        return curation.state(slug, false).orElseThrow();
    }

    /** Locks the row and checks that the caller acts on the version they saw. */
    private CurationRepository.State lockedAt(String slug, long headRevisionId) {
        baseline(slug);
        CurationRepository.State s = curation.state(slug, true).orElseThrow();
        if (s.headRevisionId() != headRevisionId) {
            ArticleRevision theirs = curation.revision(s.headRevisionId()).orElseThrow();
            throw new EditConflictException(theirs, theirs.source());
        }
        return s;
    }

    /**
     * A document built in code (the editor, the API) obeys the same rules as a file: it is written out and
     * read back, and must come back the same (apart from surrounding spaces). A line break in a title or a
     * heading line inside a field would otherwise change the structure silently.
     */
    private static ArticleDocument requireValid(ArticleDocument doc) {
        if (doc == null || doc.meta() == null) {
            throw new CurationException("curation.error.invalid", List.of(FormatProblem.of("frontMatter", 0, "format.noArticle", "no article")), "invalid article");
        }
        ArticleDocument back;
        try {
            back = ArticleDocument.parse(doc.toMarkdown());
        } catch (ArticleFormatException e) {
            throw new CurationException("curation.error.invalid", e.details(), "invalid article");
        }
        List<FormatProblem> problems = new ArrayList<>();
        ArticleMetadata m = doc.meta();
        ArticleMetadata b = back.meta();
        if (!b.title().equals(strip(m.title())) || !b.prefecture().equals(strip(m.prefecture()))
                || !b.summary().equals(strip(m.summary())) || !b.municipalities().equals(strips(m.municipalities()))
                || !b.themes().equals(strips(m.themes())) || !b.targetGroups().equals(strips(m.targetGroups()))
                || !b.supportTeam().equals(strips(m.supportTeam()))) {
            problems.add(FormatProblem.of("frontMatter", 0, "format.fieldNotStorable",
                    "a field contains a line break or a character that cannot be stored as given"));
        }
        if (back.sections().size() != doc.sections().size()) {
            problems.add(FormatProblem.of("sections", 0, "format.headingInText", "a section title or text contains a heading line: "
                    + doc.sections().size() + " sections became " + back.sections().size()));
        } else {
            for (int i = 0; i < doc.sections().size(); i++) {
                ArticleSection a = doc.sections().get(i);
                ArticleSection c = back.sections().get(i);
                if (!c.title().equals(strip(a.title())) || !c.body().equals(strip(a.body())) || !c.anchor().equals(a.anchor())) {
                    problems.add(FormatProblem.of("sections", 0, "format.sectionNotStorable",
                            "section " + (i + 1) + ": its title or text cannot be stored as given", i + 1));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CurationException("curation.error.invalid", problems, "invalid article");
        }
        return back;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> strips(List<String> l) {
        return l.stream().map(String::strip).distinct().toList();
    }

    private static boolean validSlug(String slug) {
        return slug != null && slug.length() <= ArticleLimits.SLUG_MAX && slug.matches(ArticleLimits.SLUG_PATTERN);
    }

    private static String note(String note) {
        return cut(note == null ? "" : note.strip().replaceAll("\\p{Cntrl}", " "));
    }

    private static String cut(String s) {
        return s.length() <= CurationLimits.REVISION_NOTE_MAX ? s : s.substring(0, CurationLimits.REVISION_NOTE_MAX);
    }

    private static String comment(String comment) {
        String c = comment == null ? "" : comment.strip();
        if (c.isEmpty() || c.length() > CurationLimits.REVIEW_COMMENT_MAX) {
            throw new CurationException("curation.error.comment", "a review needs a comment of 1-"
                    + CurationLimits.REVIEW_COMMENT_MAX + " characters", CurationLimits.REVIEW_COMMENT_MAX);
        }
        return c;
    }

    private static String actor() {
        return CurrentUser.username().orElseThrow(() -> new IllegalStateException("no user"));
    }

    private void audit(String action, String slug, String detail) {
        events.publishEvent(new AuditEvent(actor(), action, "ARTICLE", slug, detail));
    }

}
