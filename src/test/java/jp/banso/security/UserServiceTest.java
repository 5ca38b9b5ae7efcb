package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Set;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.jdbc.core.simple.JdbcClient;

class UserServiceTest extends IntegrationTest {

    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    private AuthenticationManager authenticationManager() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(provider);
    }

    @Test
    void the_first_start_created_an_admin_with_a_random_password_written_to_the_data_folder() throws Exception {
        var file = SHARED_DATA.resolve(FirstAdminBootstrap.PASSWORD_FILE);
        assertThat(file).exists();
        String text = Files.readString(file);
        String password = text.lines().filter(l -> l.startsWith("password: ")).findFirst().orElseThrow()
                .substring("password: ".length());
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        Authentication auth = authenticationManager().authenticate(new UsernamePasswordAuthenticationToken("admin", password));
        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_ADMIN");
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("$2").doesNotContain(password);
    }

    @Test
    @WithMockUser(username = "admin", roles = AppRoles.ADMIN)
    void the_admin_creates_a_user_who_can_then_log_in_with_the_given_roles() {
        UserAccount created = users.createUser(new NewUser("facilitator.svc", "山田 花子", "correct horse battery",
                Set.of(AppRoles.FACILITATOR, AppRoles.STAFF)));
        assertThat(created.roles()).containsExactlyInAnyOrder(AppRoles.FACILITATOR, AppRoles.STAFF);
        Authentication auth = authenticationManager().authenticate(
                new UsernamePasswordAuthenticationToken("facilitator.svc", "correct horse battery"));
        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_FACILITATOR", "ROLE_STAFF");
        assertThatThrownBy(() -> authenticationManager().authenticate(
                new UsernamePasswordAuthenticationToken("facilitator.svc", "wrong password!!")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = AppRoles.ADMIN)
    void bad_accounts_are_refused_with_a_reason() {
        assertThatThrownBy(() -> users.createUser(new NewUser("a b", "名前", "long enough password", Set.of(AppRoles.STAFF))))
                .isInstanceOfSatisfying(UserValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.username"));
        assertThatThrownBy(() -> users.createUser(new NewUser("short.pw", "名前", "short", Set.of(AppRoles.STAFF))))
                .isInstanceOfSatisfying(UserValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.password"));
        assertThatThrownBy(() -> users.createUser(new NewUser("no.roles", "名前", "long enough password", Set.of())))
                .isInstanceOfSatisfying(UserValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.roles"));
        assertThatThrownBy(() -> users.createUser(new NewUser("bad.role", "名前", "long enough password", Set.of("ROOT"))))
                .isInstanceOfSatisfying(UserValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.roles"));
        assertThatThrownBy(() -> users.createUser(new NewUser("admin", "名前", "long enough password", Set.of(AppRoles.STAFF))))
                .isInstanceOfSatisfying(UserValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.duplicate"));
    }

    @Test
    @WithMockUser(username = "admin", roles = AppRoles.ADMIN)
    void an_admin_cannot_lock_themselves_out() {
        UserAccount admin = users.listUsers().stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        assertThatThrownBy(() -> users.updateUser(admin.id(), admin.version(), admin.displayName(), false, admin.roles(), "admin"))
                .isInstanceOfSatisfying(UserValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.self"));
    }

    @Test
    @WithMockUser(username = "admin", roles = AppRoles.ADMIN)
    void a_stale_edit_is_refused_instead_of_overwriting_a_newer_one() {
        UserAccount u = users.createUser(new NewUser("stale.edit", "古い名前", "long enough password", Set.of(AppRoles.STAFF)));
        users.updateUser(u.id(), u.version(), "新しい名前", true, Set.of(AppRoles.STAFF), "admin");
        assertThatThrownBy(() -> users.updateUser(u.id(), u.version(), "上書き", true, Set.of(AppRoles.STAFF), "admin"))
                .isInstanceOfSatisfying(UserValidationException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.conflict"));
        assertThat(users.listUsers()).filteredOn(x -> x.id() == u.id()).extracting(UserAccount::displayName).containsExactly("新しい名前");
    }

    @Test
    @WithMockUser(username = "adviser", roles = AppRoles.ADVISER)
    void only_admins_manage_users() {
        assertThatThrownBy(() -> users.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.createUser(new NewUser("x.y.z", "x", "long enough password", Set.of(AppRoles.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void anonymous_callers_cannot_reset_passwords() {
        assertThatThrownBy(() -> users.resetPassword(1)).isInstanceOf(AccessDeniedException.class);
    }
}
