package jp.banso.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import jp.banso.KaribuTest;
import jp.banso.security.AppRoles;
import jp.banso.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAdminViewTest extends KaribuTest {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_view() {
        UI.getCurrent().navigate("admin/users");
        _get(LoginView.class);
        _assertNone(UserAdminView.class);
    }

    @Test
    void staff_without_the_admin_role_cannot_open_user_management() {
        login("staff.member", AppRoles.STAFF);
        UI.getCurrent().navigate("admin/users");
        _get(jp.banso.base.ui.AccessDeniedView.class);
        _assertNone(UserAdminView.class);
    }

    @Test
    void the_admin_creates_a_user_who_can_then_log_in() {
        login("admin-view", AppRoles.ADMIN);
        UI.getCurrent().navigate("admin/users");
        UserAdminView view = _get(UserAdminView.class);
        int before = GridKt._size(view.grid);
        view.create.click();
        view.newUsername.setValue("tanaka.welfare");
        view.newDisplayName.setValue("田中（福祉課）");
        view.newPassword.setValue("a long enough password");
        view.newRoles.setValue(Set.of(AppRoles.STAFF));
        view.save.click();
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
        assertThat(GridKt._findAll(view.grid)).extracting(UserAccount::username).contains("tanaka.welfare");

        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        Authentication auth = new ProviderManager(provider)
                .authenticate(new UsernamePasswordAuthenticationToken("tanaka.welfare", "a long enough password"));
        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_STAFF");
    }

    @Test
    void a_too_short_password_keeps_the_dialog_open_and_creates_nothing() {
        login("admin-view", AppRoles.ADMIN);
        UI.getCurrent().navigate("admin/users");
        UserAdminView view = _get(UserAdminView.class);
        int before = GridKt._size(view.grid);
        view.create.click();
        view.newUsername.setValue("short.password");
        view.newDisplayName.setValue("短い");
        view.newPassword.setValue("short");
        view.newRoles.setValue(Set.of(AppRoles.STAFF));
        view.save.click();
        assertThat(view.createDialog.isOpened()).isTrue();
        assertThat(view.newUsername.getValue()).as("input is kept for correction").isEqualTo("short.password");
        assertThat(GridKt._size(view.grid)).isEqualTo(before);
    }

    @Test
    void the_login_view_shows_an_error_after_a_failed_attempt() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));
        assertThat(_get(LoginView.class).form.isError()).isTrue();
    }

    @Test
    void a_locked_login_says_that_it_is_paused_rather_than_wrong() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error&locked"));
        LoginView view = _get(LoginView.class);
        assertThat(view.form.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("ログインを一時的に停止しています");
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("15分間");
    }
}
