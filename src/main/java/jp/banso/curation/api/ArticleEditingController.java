package jp.banso.curation.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.banso.base.api.ApiError;
import jp.banso.base.api.ApiErrors;
import jp.banso.library.ArticleDocument;
import jp.banso.curation.ArticleEditingService;
import jp.banso.library.ArticleFormatException;
import jp.banso.library.ArticleKind;
import jp.banso.library.ArticleMetadata;
import jp.banso.curation.ArticleRevision;
import jp.banso.library.ArticleSection;
import jp.banso.library.FormatProblem;
import jp.banso.curation.AttachmentFile;
import jp.banso.curation.CurationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Writes to the library over REST (drafts only: publishing needs a reviewer in the app), the Markdown export,
 * and attachment downloads. Callers authenticate with a personal access token or a session; the service
 * decides who may.
 */
@RestController
class ArticleEditingController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    record SectionInput(String anchor, Integer level, String title, String markdown) {
    }

    record ArticleInput(String slug, String title, String kind, String prefecture, List<String> municipalities,
                        Integer fiscalYear, List<String> themes, List<String> targetGroups, List<String> supportTeam,
                        String summary, List<SectionInput> sections) {
    }

    record Created(String slug, int version, String state, String editUrl) {
    }

    private final ArticleEditingService editing;

    ArticleEditingController(ArticleEditingService editing) {
        this.editing = editing;
    }

    @PostMapping(path = "/api/articles", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Created> createFromJson(@RequestBody ArticleInput in) {
        return created(editing.createDraft(document(in), "APIで作成"));
    }

    @PostMapping(path = "/api/articles", consumes = {"text/markdown", MediaType.TEXT_PLAIN_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Created> createFromMarkdown(@RequestBody String markdown) {
        ArticleDocument doc;
        try {
            doc = ArticleDocument.parse(markdown);
        } catch (ArticleFormatException e) {
            throw new CurationException("curation.error.invalid", e.details(), "invalid article");
        }
        return created(editing.createDraft(doc, "APIで作成"));
    }

    @GetMapping(path = "/api/articles/{slug}/export.md", produces = "text/markdown;charset=UTF-8")
    ResponseEntity<String> export(@PathVariable String slug) {
        String md = editing.exportPublished(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published article: " + slug));
        return ResponseEntity.ok()
                .contentType(MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(slug + ".md", StandardCharsets.UTF_8).build().toString())
                .body(md);
    }

    @GetMapping("/api/articles/{slug}/attachments/{name}")
    ResponseEntity<byte[]> attachment(@PathVariable String slug, @PathVariable String name) {
        AttachmentFile f = editing.readAttachment(slug, name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such attachment"));
        return jp.banso.base.upload.FileResponses.of(f.originalName(), f.contentType(), f.bytes());
    }

    /** A refused text: its Japanese reason and, for API clients, each problem in English. */
    @ExceptionHandler(CurationException.class)
    ResponseEntity<ApiError> invalid(CurationException e) {
        HttpStatus status = e.messageKey().equals("curation.error.slugTaken") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ApiErrors.body(status, ApiErrors.japanese(e.messageKey(), e.args()), e.getMessage(), e.problems()));
    }

    private static ResponseEntity<Created> created(ArticleRevision r) {
        return ResponseEntity.created(URI.create("/curation/edit/" + r.slug()))
                .body(new Created(r.slug(), r.number(), "DRAFT", "/curation/edit/" + r.slug()));
    }

    private static ArticleDocument document(ArticleInput in) {
        List<FormatProblem> problems = new ArrayList<>();
        ArticleKind kind = null;
        try {
            kind = in.kind() == null ? null : ArticleKind.parse(in.kind());
        } catch (IllegalArgumentException e) {
            problems.add(FormatProblem.of("kind", 0, "format.kind", "kind: must be " + ArticleKind.NAMES, in.kind()));
        }
        if (kind == null && problems.isEmpty()) {
            problems.add(FormatProblem.of("kind", 0, "format.required", "kind: required"));
        }
        List<ArticleSection> sections = new ArrayList<>();
        List<SectionInput> given = in.sections() == null ? List.of() : in.sections();
        java.util.Set<String> taken = new java.util.HashSet<>();
        given.stream().filter(s -> s != null && s.anchor() != null && !s.anchor().isBlank()).forEach(s -> taken.add(s.anchor()));
        for (int i = 0; i < given.size(); i++) {
            SectionInput s = given.get(i);
            if (s == null) {
                problems.add(FormatProblem.of("sections", 0, "format.sectionMissing", "sections[" + i + "]: missing", i + 1));
                continue;
            }
            String anchor = s.anchor() == null || s.anchor().isBlank()
                    ? ArticleDocument.generatedAnchor(s.title(), taken) : s.anchor();
            taken.add(anchor);
            sections.add(new ArticleSection(i, anchor,
                    s.level() == null ? 2 : s.level(), s.title() == null ? "" : s.title(),
                    s.markdown() == null ? "" : s.markdown().strip()));
        }
        if (!problems.isEmpty()) {
            throw new CurationException("curation.error.invalid", problems, "invalid article");
        }
        return new ArticleDocument(new ArticleMetadata(in.slug(), in.title(), kind, in.prefecture(), list(in.municipalities()),
                in.fiscalYear(), list(in.themes()), list(in.targetGroups()), list(in.supportTeam()),
                in.summary() == null ? "" : in.summary()), sections);
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : l.stream().map(v -> v == null ? "" : v).toList();
    }
}
