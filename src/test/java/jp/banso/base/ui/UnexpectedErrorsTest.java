package jp.banso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import jp.banso.KaribuTest;
import org.junit.jupiter.api.Test;

class UnexpectedErrorsTest extends KaribuTest {

    @Test
    void an_unhandled_exception_shows_a_japanese_notification_with_an_id_and_no_stack_trace() {
        UI.getCurrent().setLocale(java.util.Locale.JAPANESE);
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("SQL secret: SELECT password_hash FROM app_user")));
        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        String text = shown.get(0).getElement().getProperty("text");
        assertThat(text).startsWith("予期しないエラーが発生しました").matches("(?s).*：[0-9a-f]{8}$")
                .doesNotContain("IllegalStateException").doesNotContain("password_hash");
    }

    @Test
    void a_database_that_cannot_be_reached_is_named_in_the_notification() {
        UI.getCurrent().setLocale(java.util.Locale.JAPANESE);
        // what a @Transactional service throws when the pool's 3 s connection timeout runs out
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new RuntimeException("view failed",
                new org.springframework.transaction.CannotCreateTransactionException("Could not open JDBC Connection",
                        new java.sql.SQLTransientConnectionException("banso-embedded - Connection is not available")))));
        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).getElement().getProperty("text")).startsWith("データベースに接続できません")
                .matches("(?s).*：[0-9a-f]{8}$").doesNotContain("JDBC");
    }
}
