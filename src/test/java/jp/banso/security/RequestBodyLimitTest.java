package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import jp.banso.IntegrationTest;
import jp.banso.curation.CurationLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Request bodies on a real Tomcat, sent byte by byte over a socket: a visitor's 40 MB body (API, Vaadin UIDL,
 * heartbeat) is answered 413 after its first 64 KB, unread; a visitor's chunked body is cut at 1 MB; a
 * signed-in user (an API token) may send an upload-sized body and is refused past their own cap.
 */
class RequestBodyLimitTest {

    static final Path DATA = Path.of("target/test-data/body-limits");
    static final long FORTY_MB = 40L * 1024 * 1024;
    static IntegrationTest.SeparateApp app;
    static int port;
    static String token;

    @BeforeAll
    static void start() {
        IntegrationTest.deleteRecursively(DATA);
        app = IntegrationTest.startSeparateApp("--banso.data-dir=" + DATA, "--server.port=0");
        port = Integer.parseInt(app.context().getEnvironment().getProperty("local.server.port"));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.ADMIN))));
        try {
            token = app.bean(ApiTokenService.class).create("body limits");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /**
     * Sends the head and then at most {@code send} bytes of a body declared as {@code declared} bytes, and reads
     * the status line: an answer while most of the body is unsent shows it was refused without being read.
     */
    private static int post(String path, String headers, long declared, long send) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + headers + "Content-Length: " + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (long sent = 0; sent < send; sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, send - sent));
            }
            out.flush();
            return status(s.getInputStream());
        }
    }

    private static int postChunked(String path, long total) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[16 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (long sent = 0; sent < total; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return status(s.getInputStream());
        }
    }

    private static int status(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        assertThat(line.toString()).startsWith("HTTP/1.1 ");
        return Integer.parseInt(line.substring(9, 12));
    }

    @Test
    void a_visitor_s_forty_megabyte_body_is_refused_unread_on_the_api_and_on_vaadin_s_endpoints() throws IOException {
        for (String path : List.of("/api/articles", "/?v-r=uidl&v-uiId=0", "/?v-r=heartbeat&v-uiId=0", "/join")) {
            assertThat(post(path, "", FORTY_MB, 64 * 1024)).as(path).isEqualTo(413);
        }
    }

    @Test
    void a_visitor_s_body_is_refused_just_past_one_megabyte_and_passed_on_below() throws IOException {
        long cap = RequestLimits.ANONYMOUS_BODY_MAX_BYTES;
        assertThat(post("/api/articles", "", cap + 1, 0)).isEqualTo(413);
        // at the cap the request reaches Spring Security, which answers a visitor's API write itself: 401, not 413
        assertThat(post("/api/articles", "", cap, cap)).isEqualTo(401);
    }

    @Test
    void a_visitor_s_chunked_body_is_counted_and_cut_at_the_cap() throws IOException {
        // Vaadin's UIDL is open to visitors, so the body gets past Spring Security and is counted there
        String uidl = "/?v-r=uidl&v-uiId=0";
        assertThat(postChunked(uidl, RequestLimits.ANONYMOUS_BODY_MAX_BYTES + 512 * 1024)).isEqualTo(413);
        assertThat(postChunked(uidl, 32 * 1024)).as("a small one is Vaadin's to answer").isNotEqualTo(413);
    }

    @Test
    void a_signed_in_user_may_send_an_upload_sized_body_but_not_forty_megabytes() throws IOException {
        assertThat(RequestLimits.SIGNED_IN_BODY_MAX_BYTES).as("room for the largest upload")
                .isGreaterThan(CurationLimits.IMPORT_UPLOAD_MAX_BYTES);
        String bearer = "Authorization: Bearer " + token + "\r\n";
        long fiveMb = 5L * 1024 * 1024;
        // read in full by the API, which answers for the (blank) JSON itself: not the cap's 413
        assertThat(post("/api/articles", bearer, fiveMb, fiveMb)).isEqualTo(400);
        assertThat(post("/api/articles", bearer, FORTY_MB, 64 * 1024)).isEqualTo(413);
    }
}
