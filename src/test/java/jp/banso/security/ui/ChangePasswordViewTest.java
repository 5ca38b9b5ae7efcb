package jp.banso.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import jp.banso.KaribuTest;
import jp.banso.security.AppRoles;
import jp.banso.security.NewUser;
import jp.banso.security.UserAccount;
import jp.banso.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A password set by an admin leads to the password page before any other; changing it lets the user go on. */
class ChangePasswordViewTest extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void a_reset_password_sends_the_user_to_the_password_page_until_changed() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("pw-admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.ADMIN))));
        UserAccount u = users.createUser(new NewUser("pw-forced", "担当者", "first-password-11", Set.of(AppRoles.FACILITATOR)));
        String handedOver = users.resetPassword(u.id());
        login("pw-forced", AppRoles.FACILITATOR);

        UI.getCurrent().navigate("workshops");
        ChangePasswordView view = _get(ChangePasswordView.class);
        assertThat(view.mustNotice.isVisible()).isTrue();

        view.current.setValue(handedOver);
        view.next.setValue("my-own-password-22");
        view.repeat.setValue("my-own-password-22");
        view.save.click();
        assertThat(view.error.getText()).isEmpty();
        MockVaadin.clientRoundtrip();
        UI.getCurrent().navigate("workshops");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass().getSimpleName())
                .startsWith("WorkshopsView");
    }

    @Test
    void a_wrong_current_password_is_told_in_japanese_next_to_the_form() {
        login("pw-someone", AppRoles.ADVISER);
        UI.getCurrent().navigate(ChangePasswordView.class);
        ChangePasswordView view = _get(ChangePasswordView.class);
        view.current.setValue("not-my-password-1");
        view.next.setValue("my-own-password-22");
        view.repeat.setValue("my-own-password-22");
        view.save.click();
        assertThat(view.error.getText()).isEqualTo("現在のパスワードが正しくありません。");
    }
}
