package jp.banso.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a person sees comes from the translation bundles: a string literal in view code (the ui packages
 * and any other class using Vaadin) fails this test when it holds Japanese script, or English words handed to
 * something that shows them (a component's text, label, placeholder, tooltip, notification, aria-label).
 * Punctuation that separates values (、・：) is not text to translate and passes.
 */
class ViewTextTest {

    static final Path SOURCES = Path.of("src/main/java");

    /** File name and literal → why it is not text to translate. Keep short: each entry needs a reason. */
    static final Map<String, String> ALLOWED = Map.of(
            "Application.java: Banso 伴走",
            "the app's brand in the web manifest (@PWA): an annotation value must be a constant, and a brand is not translated");

    /** Calls whose string argument is shown to people (Anchor's first argument is a link, not text). */
    static final Pattern SHOWN = Pattern.compile("(?:\\bset(?!(?:Attribute|Property|Id|Href|Target|Src|Route|Value|Name|Key)\\("
            + "|\\w*(?:Theme|Width|Height|ClassName|Pattern|Style)\\()[A-Z]\\w*"
            + "|\\bshow|\\bnew (?:Button|Span|H[1-6]|Paragraph|NativeLabel|Text|ListItem|Details|Tab|Checkbox|TextField|TextArea"
            + "|Div|Emphasis|Strong|Notification|SideNavItem|MenuItem|ConfirmDialog)"
            + "|\\bsetAttribute\\(\\s*\"(?:aria-label|title|alt|placeholder)\"\\s*,)\\s*\\(?\\s*$");
    /** Two or more words of letters, or one capitalised word: prose, not a CSS value, a key or a path. */
    static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}(?:\\s+[A-Za-z]{2,})+|^\\W*[A-Z][a-z]{2,}\\W*$");

    record Literal(String text, int offset, int line) {
    }

    @Test
    void view_code_shows_no_text_of_its_own() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : viewSources()) {
            String name = file.getFileName().toString();
            for (Literal l : shownText(Files.readString(file))) {
                if (!ALLOWED.containsKey(name + ": " + l.text())) {
                    found.add(SOURCES.relativize(file) + ":" + l.line() + " \"" + l.text() + "\"");
                }
            }
        }
        assertThat(found).as("user-visible text written in views instead of the bundles (vaadin-i18n/*)").isEmpty();
    }

    /** Every new upload gets Japanese texts: Vaadin's component otherwise shows its own English. */
    @Test
    void every_upload_is_translated() {
        List<String> untranslated = viewSources().stream().filter(f -> read(f).contains("new Upload("))
                .filter(f -> !read(f).contains("UploadTexts.translate(")).map(f -> SOURCES.relativize(f).toString()).toList();
        assertThat(untranslated).as("views with an upload left in Vaadin's English").isEmpty();
    }

    /** Literals with Japanese script, and English prose handed to something that shows it. */
    static List<Literal> shownText(String code) {
        List<Literal> out = new ArrayList<>();
        for (Literal l : literals(code)) {
            String before = code.substring(Math.max(0, l.offset() - 80), l.offset());
            if (l.text().codePoints().anyMatch(ViewTextTest::isJapaneseScript)
                    || SHOWN.matcher(before).find() && ENGLISH.matcher(l.text()).find()) {
                out.add(l);
            }
        }
        return out;
    }

    /** The check itself: a literal Japanese label and an English button text are found, a key or CSS value is not. */
    @Test
    void the_scan_finds_japanese_and_english_text_but_not_keys_or_styles() {
        String code = """
                class V {
                    // 日本語のコメントは対象外 "コメント内"
                    void build() {
                        add(new Span("実績"));
                        Button b = new Button("Upload File...");
                        b.getElement().setAttribute("aria-label", "Close menu");
                        b.setText(getTranslation("shell.menu"));
                        b.setWidth("12em");
                        dialog.setConfirmButtonTheme("error primary");
                        b.getStyle().set("font-family", "Noto Sans JP");
                        String sep = "、";
                        char c = '"';
                        String block = \"""
                            ## 取組状況
                            \""";
                    }
                }
                """;
        List<String> texts = literals(code).stream().map(Literal::text).toList();
        assertThat(texts).contains("実績", "Upload File...", "Close menu", "shell.menu", "12em", "error primary", "、").doesNotContain("コメント内");
        List<String> flagged = shownText(code).stream().map(l -> l.text().strip()).toList();
        assertThat(flagged).containsExactlyInAnyOrder("実績", "Upload File...", "Close menu", "## 取組状況");
    }

    static boolean isJapaneseScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HAN;
    }

    static List<Path> viewSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/ui/") || read(f).contains("import com.vaadin.flow."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** String literals and text blocks of Java source, outside comments and char literals (escapes kept as written). */
    static List<Literal> literals(String code) {
        List<Literal> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (code.startsWith("//", i)) {
                i = code.indexOf('\n', i) < 0 ? code.length() : code.indexOf('\n', i);
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                line += count(code, i, end);
                i = end;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end;
                out.add(new Literal(code.substring(i + 3, end), i, line));
                line += count(code, i, end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c && code.charAt(j) != '\n') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(new Literal(code.substring(i + 1, Math.min(j, code.length())), i, line));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String code, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (code.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
