package jp.banso.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import jp.banso.IntegrationTest;
import jp.banso.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The app stops (context closed, embedded MariaDB shut down) in the middle of a session and starts again on
 * the same data folder: participants come back with their token and find every row that was shown as saved.
 * Its own data folder, so it never touches the shared test database.
 */
class WorkshopRestartTest {

    static final Path DATA = Path.of("target/test-data/workshop-restart");

    private static IntegrationTest.SeparateApp start() {
        // arguments, not default properties: application.properties would win over those (data/ and port 8080)
        return IntegrationTest.startSeparateApp("--banso.data-dir=" + DATA, "--server.port=0");
    }

    @Test
    void issue_sheet_rows_survive_a_restart() {
        restartAndCheck();
    }

    private void restartAndCheck() {
        IntegrationTest.deleteRecursively(DATA);
        String token;
        long sessionId;
        List<SheetRow> before;
        try (IntegrationTest.SeparateApp app = start()) {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("restart", null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.FACILITATOR))));
            WorkshopService workshops = app.bean(WorkshopService.class);
            ParticipantService participants = app.bean(ParticipantService.class);
            WorkshopSession s = workshops.createSession(new SessionDraft("再起動テスト", SessionKind.LIAISON,
                    LocalDateTime.now(), "", true, "", 0, 3));
            sessionId = s.id();
            Joined joined = participants.join(s.joinCode(), new JoinRequest("残る人", Affiliation.WELFARE, "福祉課"), "restart-test");
            token = joined.token();
            for (int i = 0; i < 5; i++) {
                SheetRow r = participants.addRow(token);
                SheetRow saved = participants.saveRow(token, r.id(), r.version(), new RowText("項目" + i, "内容" + i, "改善" + i));
                // the last edit is the one the participant saw "保存しました" for just before the stop
                participants.saveRow(token, saved.id(), saved.version(), new RowText("項目" + i, "内容" + i + "（最終）", "改善" + i));
            }
            before = participants.rows(token);
        } finally {
            SecurityContextHolder.clearContext();
        }

        try (IntegrationTest.SeparateApp app = start()) {
            ParticipantService participants = app.bean(ParticipantService.class);
            ParticipantHome home = participants.home(token).orElseThrow();
            assertThat(home.session().id()).isEqualTo(sessionId);
            assertThat(home.rows()).isEqualTo(before).hasSize(5);
            assertThat(home.rows()).extracting(SheetRow::content).allMatch(c -> c.endsWith("（最終）"));
            // and editing goes on where it stopped, with the stored versions
            SheetRow first = home.rows().get(0);
            assertThat(participants.saveRow(token, first.id(), first.version(), new RowText("再開", "再起動後", "")).version())
                    .isEqualTo(first.version() + 1);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
