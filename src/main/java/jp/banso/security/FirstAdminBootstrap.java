package jp.banso.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
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
 * On the first start with an empty database: an {@code admin} account with a random password, written only to
 * {@code <data>/admin-password.txt} (0600). Logs are copied and shipped around, so they name the file, never the
 * password. There is no default password.
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
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // created 0600, so the password is never readable by others, not even for a moment
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, "username: admin\npassword: " + password + "\n", StandardCharsets.UTF_8);
        log.warn("""

                ================================================================
                 First start: created the administrator account "admin".
                 Its password is in {} (readable by this user only).
                 Change it after logging in.
                ================================================================""", file);
    }
}
