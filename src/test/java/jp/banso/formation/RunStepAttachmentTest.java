package jp.banso.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.banso.IntegrationTest;
import jp.banso.Race;
import jp.banso.MutableClock;
import jp.banso.base.upload.UploadRefusedException;
import jp.banso.security.AppRoles;
import jp.banso.security.NewUser;
import jp.banso.security.UserService;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Documents attached to a run's step as evidence: types by their bytes, names cleaned, owners checked, caps held. */
class RunStepAttachmentTest extends IntegrationTest {

    static final String PLAYBOOK = "playbook-yaizu-needs";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final Path FILES = SHARED_DATA.resolve("run-evidence");

    @Autowired
    PlaybookRunService runs;
    @Autowired
    UserService users;
    @Autowired
    MutableClock clock;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    static Authentication auth(String username, String role) {
        return UsernamePasswordAuthenticationToken.authenticated(username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    static void as(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(auth(username, role));
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("勉強会の記録");
            d.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.createSheet("回答").createRow(0).createCell(0).setCellValue("事業者アンケート");
            w.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xls() throws IOException {
        try (HSSFWorkbook w = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.createSheet("回答").createRow(0).createCell(0).setCellValue("課題シート");
            w.write(out);
            return out.toByteArray();
        }
    }

    /** A Word 97-2003 compound file: what tells it from Excel is its WordDocument stream. */
    static byte[] doc() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static byte[] zipWith(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write("x".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void pdf_word_excel_and_images_are_kept_listed_with_who_and_when_and_downloaded_as_they_were() throws IOException {
        as("staff-evidence", AppRoles.STAFF);
        PlaybookRun run = runs.start(PLAYBOOK, "222127"); // 焼津市
        RunStep step = run.steps().get(0);
        Instant at = Instant.parse("2026-06-01T01:30:00Z");
        clock.set(at);
        byte[] word = docx();
        byte[] excel = xlsx();
        byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 64);
        StepAttachment a = runs.attach(run.id(), step.id(), "課題シート集計.pdf", PDF);
        runs.attach(run.id(), step.id(), "勉強会の記録.docx", word);
        runs.attach(run.id(), step.id(), "アンケート回答.xlsx", excel);
        runs.attach(run.id(), step.id(), "旧様式.xls", xls());
        runs.attach(run.id(), step.id(), "案内文.doc", doc());
        runs.attach(run.id(), step.id(), "会場.png", png);

        List<StepAttachment> listed = runs.attachments(run.id()).get(step.id());
        assertThat(listed).extracting(StepAttachment::name)
                .containsExactly("課題シート集計.pdf", "勉強会の記録.docx", "アンケート回答.xlsx", "旧様式.xls", "案内文.doc", "会場.png");
        assertThat(listed).extracting(StepAttachment::contentType).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel",
                "application/msword", "image/png");
        assertThat(listed.get(1).sizeBytes()).isEqualTo(word.length);
        assertThat(listed).allSatisfy(x -> {
            assertThat(x.uploadedBy()).isEqualTo("staff-evidence");
            assertThat(x.uploadedAt()).isEqualTo(at);
        });
        // no other step got them
        assertThat(runs.attachments(run.id())).containsOnlyKeys(step.id());

        // another signed-in user reads the run, so downloads its documents
        as("adviser-reader", AppRoles.ADVISER);
        String stored = a.url().substring(a.url().lastIndexOf('/') + 1);
        assertThat(a.url()).isEqualTo("/api/formation/runs/" + run.id() + "/attachments/" + stored);
        StepAttachmentFile f = runs.readAttachment(run.id(), stored).orElseThrow();
        assertThat(f.bytes()).isEqualTo(PDF);
        assertThat(f.name()).isEqualTo("課題シート集計.pdf");
        // the bytes are on disk under a random name, not the file's own
        assertThat(Files.readAllBytes(FILES.resolve(stored))).isEqualTo(PDF);
        // only through its own run
        PlaybookRun other = runs.start(PLAYBOOK, "222101"); // 富士市
        assertThat(runs.readAttachment(other.id(), stored)).isEmpty();
        assertThat(runs.readAttachment(run.id(), "../" + stored)).isEmpty();

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> runs.readAttachment(run.id(), stored)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void files_whose_bytes_are_not_what_their_name_says_too_large_or_badly_named_are_refused_with_a_reason() throws IOException {
        as("staff-refused", AppRoles.STAFF);
        PlaybookRun run = runs.start(PLAYBOOK, "222135"); // 掛川市
        long step = run.steps().get(1).id();
        record Case(String name, byte[] bytes, String key) {
        }
        List<Case> cases = List.of(
                new Case("setup.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, "formation.run.error.fileType"),
                new Case("記録.docx", PDF, "formation.run.error.fileType"),
                new Case("回答.docx", xlsx(), "formation.run.error.fileType"),
                new Case("記録.docx", zipWith("word/document.xml"), "formation.run.error.fileType"),
                new Case("資料.xlsx", zipWith("[Content_Types].xml"), "formation.run.error.fileType"),
                new Case("page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "formation.run.error.fileType"),
                new Case("大きい.pdf", Arrays.copyOf(PDF, (int) FormationLimits.STEP_FILE_MAX_BYTES + 1), "upload.error.tooLarge"),
                new Case("空.pdf", new byte[0], "upload.error.tooLarge"),
                new Case("\u202E\u200B ", PDF, "upload.error.name"),
                new Case("a".repeat(FormationLimits.STEP_FILE_NAME_MAX) + ".pdf", PDF, "upload.error.name"),
                new Case("改行\n.pdf", PDF, "upload.error.name"));
        List<String> keys = new ArrayList<>();
        for (Case c : cases) {
            try {
                runs.attach(run.id(), step, c.name(), c.bytes());
                keys.add("accepted " + c.name());
            } catch (UploadRefusedException e) {
                keys.add(e.messageKey());
            }
        }
        assertThat(keys).containsExactlyElementsOf(cases.stream().map(Case::key).toList());
        assertThat(runs.attachments(run.id())).isEmpty();
        assertThat(new jp.banso.base.i18n.BansoI18NProvider().getTranslation("formation.run.error.fileType", java.util.Locale.JAPANESE))
                .contains("Word").contains("Excel");

        // a folder part and invisible characters are dropped from the name people see
        StepAttachment a = runs.attach(run.id(), step, "../../報告\u202Efdp.exe\u200B.pdf", PDF);
        assertThat(a.name()).isEqualTo("報告fdp.exe.pdf");
    }

    @Test
    void only_who_may_update_the_step_attaches_or_removes_and_a_removed_file_is_gone() {
        ensureUser("staff-step-owner", AppRoles.STAFF);
        as("staff-run-starter", AppRoles.STAFF);
        PlaybookRun run = runs.start(PLAYBOOK, "222143"); // 藤枝市
        RunStep step = run.steps().get(2);
        runs.updateStep(run.id(), step.id(), step.version(), new StepUpdate("staff-step-owner", null, StepStatus.DOING, "", ""));
        StepAttachment a = runs.attach(run.id(), step.id(), "調査票.pdf", PDF);

        // a facilitator who neither started the run nor owns the step
        as("facilitator-stranger", AppRoles.FACILITATOR);
        assertThatThrownBy(() -> runs.attach(run.id(), step.id(), "他人.pdf", PDF)).hasMessage("formation.run.error.notOwner");
        assertThatThrownBy(() -> runs.removeAttachment(run.id(), a.id())).hasMessage("formation.run.error.notOwner");
        // the step's owner may, on that step only
        as("staff-step-owner", AppRoles.STAFF);
        StepAttachment b = runs.attach(run.id(), step.id(), "回答まとめ.pdf", PDF);
        long otherStep = run.steps().get(0).id();
        assertThatThrownBy(() -> runs.attach(run.id(), otherStep, "別.pdf", PDF)).hasMessage("formation.run.error.notOwner");
        // an adviser may always
        as("adviser-any", AppRoles.ADVISER);
        String stored = a.url().substring(a.url().lastIndexOf('/') + 1);
        assertThat(FILES.resolve(stored)).exists();
        runs.removeAttachment(run.id(), a.id());
        assertThat(runs.attachments(run.id()).get(step.id())).extracting(StepAttachment::id).containsExactly(b.id());
        assertThat(runs.readAttachment(run.id(), stored)).isEmpty();
        assertThat(FILES.resolve(stored)).doesNotExist();
        assertThatThrownBy(() -> runs.removeAttachment(run.id(), a.id())).hasMessage("formation.run.error.noFile");
        // a document is removed only through its own run
        PlaybookRun other = runs.start(PLAYBOOK, "222101");
        assertThatThrownBy(() -> runs.removeAttachment(other.id(), b.id())).hasMessage("formation.run.error.noFile");
    }

    @Test
    void thirty_attachments_at_once_keep_the_step_at_its_cap() throws Exception {
        Authentication starter = auth("staff-race", AppRoles.STAFF);
        SecurityContextHolder.getContext().setAuthentication(starter);
        PlaybookRun run = runs.start(PLAYBOOK, "222151"); // 御殿場市
        long step = run.steps().get(0).id();
        int tabs = 30;
        AtomicInteger n = new AtomicInteger();
        Race.Outcome o = Race.run(tabs, () -> runs.attach(run.id(), step, "資料" + n.incrementAndGet() + ".pdf", PDF), starter);
        assertThat(o.acknowledged()).isEqualTo(FormationLimits.STEP_FILES_MAX);
        assertThat(o.refusals()).hasSize(tabs - FormationLimits.STEP_FILES_MAX).containsOnly("formation.run.error.tooManyFiles");
        SecurityContextHolder.getContext().setAuthentication(starter);
        assertThat(runs.attachments(run.id()).get(step)).hasSize(FormationLimits.STEP_FILES_MAX);
    }

    private void ensureUser(String username, String role) {
        as("admin-setup", AppRoles.ADMIN);
        if (users.listUsers().stream().noneMatch(u -> u.username().equals(username))) {
            users.createUser(new NewUser(username, username, "a-long-password-for-tests-1", Set.of(role)));
        }
    }
}
