package jp.banso.base.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded MariaDB as soon as the configuration is known (the environment is prepared, before
 * any bean exists): unpacking and installing it on an empty folder takes 3-5 s, which then overlaps with
 * Spring's and Vaadin's own start instead of adding to it. Registered in META-INF/spring.factories;
 * {@link EmbeddedDatabaseConfig} takes the started server over.
 */
public class EmbeddedMariaDbEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Map<Path, EmbeddedMariaDb> STARTED = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url", "");
        if (!url.isBlank()) {
            return; // an external server: nothing to start
        }
        Path dir = folder(env);
        STARTED.computeIfAbsent(dir, d -> new EmbeddedMariaDb(d).startInBackground());
    }

    static Path folder(Environment env) {
        return Path.of(env.getProperty("banso.data-dir", "data")).resolve("mariadb").toAbsolutePath().normalize();
    }

    /** The server started early for this folder, if any; each is handed out once. */
    static Optional<EmbeddedMariaDb> take(Path dir) {
        return Optional.ofNullable(STARTED.remove(dir.toAbsolutePath().normalize()));
    }
}
