package jp.banso.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import jp.banso.base.BansoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database: an {@code admin} account with a random password, printed
 * once in the log and written to {@code <data>/admin-password.txt}. There is no default password.
 */
@Component
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    static final String PASSWORD_FILE = "admin-password.txt";
    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final UserService userService;
    private final BansoProperties properties;

    FirstAdminBootstrap(UserService userService, BansoProperties properties) {
        this.userService = userService;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String password = userService.createFirstAdminIfNoUsers();
        if (password == null) {
            return;
        }
        Path file = properties.resolve(PASSWORD_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "username: admin\npassword: " + password + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the file stays with default permissions
        }
        log.warn("""

                ================================================================
                 First start: created the administrator account
                   username: admin
                   password: {}
                 Also written to {}. Change it after logging in.
                ================================================================""", password, file);
    }
}
