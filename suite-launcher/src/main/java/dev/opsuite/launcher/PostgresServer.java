package dev.opsuite.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PostgreSQL server run from the zonky binaries (see {@link ProjectLayout#postgresBinaries()}), listening on
 * 127.0.0.1 only, with logical decoding enabled for the outbox/CDC relays.
 *
 * <p>The postmaster is started with {@code pg_ctl}, which detaches it: it survives the JVM that started it (wanted for
 * {@code ./suite up}). Tests must call {@link #close()}. As root, initdb/pg_ctl/postgres run as {@code nobody}.
 */
public final class PostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private static final String MARKER = "postgres";
    private static final String PID_FILE = "postmaster.pid";
    private static final int START_ATTEMPTS = 5;
    static final String MAX_SLOT_WAL_KEEP_SIZE = "2GB";

    private final Path dataDir;
    private final Path binDir;
    private final int port;
    private final long pid;
    private final boolean reused;
    private volatile boolean stopped;

    private PostgresServer(Path dataDir, Path binDir, int port, long pid, boolean reused) {
        this.dataDir = dataDir;
        this.binDir = binDir;
        this.port = port;
        this.pid = pid;
        this.reused = reused;
    }

    /**
     * initdb if dataDir is empty/missing; if a postmaster from a previous run is alive on dataDir, reuse it when its
     * port == port, else stop it; a stale postmaster.pid (dead process) is removed. The server log goes to
     * {@code <dataDir>/../postgres.log}.
     */
    public static PostgresServer start(Path dataDir, int port) throws IOException {
        Path data = dataDir.toAbsolutePath().normalize();
        return start(data, port, data.resolveSibling("postgres.log"));
    }

    /** As {@link #start(Path, int)}, with the server log written to logFile. */
    public static PostgresServer start(Path dataDir, int port, Path logFile) throws IOException {
        Path data = dataDir.toAbsolutePath().normalize();
        Path log = logFile.toAbsolutePath().normalize();
        Path bin = ProjectLayout.postgresBinaries().resolve("bin");
        Procs.makeTraversableByOthers(bin);

        Optional<Postmaster> running = Postmaster.read(data);
        if (running.isPresent()) {
            Postmaster previous = running.get();
            if (previous.port() == port && Ports.awaitAccepting(port, previous.handle(), Duration.ofSeconds(10))) {
                return new PostgresServer(data, bin, port, previous.pid(), true);
            }
            stopPostmaster(data, bin, previous);
        } else {
            Files.deleteIfExists(data.resolve(PID_FILE)); // stale: its process is gone
        }
        if (!Ports.isFree(port)) {
            throw new IOException("Cannot start PostgreSQL: port " + port + " on 127.0.0.1 is already in use by another process.");
        }

        Files.createDirectories(data);
        Procs.makeTraversableByOthers(data.getParent());
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initdb(data, bin);
        }
        Files.createDirectories(log.getParent());
        Procs.makeTraversableByOthers(log.getParent());
        if (!Files.exists(log)) {
            Files.createFile(log);
        }
        Procs.chownToPostgresUser(log);

        Procs.Result result = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            List<String> cmd = new ArrayList<>(Procs.asPostgresUser());
            cmd.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(),
                    "-w", "-t", "60", "-o", serverOptions(port), "start"));
            result = Procs.run(cmd, bin, Duration.ofSeconds(90), Map.of());
            Optional<Postmaster> started = Postmaster.read(data);
            if (started.isPresent() && (result.ok() || Ports.awaitAccepting(port, started.get().handle(), Duration.ofSeconds(5)))) {
                return new PostgresServer(data, bin, port, started.get().pid(), false);
            }
            if (attempt < START_ATTEMPTS) {
                // after a kill -9, orphaned backends can hold the old shared memory for a moment
                Procs.sleep(1000);
                if (Postmaster.read(data).isEmpty()) {
                    Files.deleteIfExists(data.resolve(PID_FILE));
                }
            }
        }
        throw new IOException("PostgreSQL did not start (data " + data + ", port " + port + ").\npg_ctl said:\n"
                + Procs.indent(result.output().trim()) + "\nlast lines of " + log + ":\n" + Procs.indent(Procs.tail(log, 30)));
    }

    /** For {@code suite down}: pg_ctl stop if the postmaster.pid of dataDir names a live postmaster. */
    public static void stopIfRunning(Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        try {
            Optional<Postmaster> running = Postmaster.read(data);
            if (running.isPresent()) {
                stopPostmaster(data, ProjectLayout.postgresBinaries().resolve("bin"), running.get());
            } else {
                Files.deleteIfExists(data.resolve(PID_FILE));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot stop PostgreSQL on " + data + ": " + e.getMessage(), e);
        }
    }

    /** The pid of a live postmaster serving dataDir, if any. */
    static Optional<Long> runningPid(Path dataDir) {
        return Postmaster.read(dataDir.toAbsolutePath().normalize()).map(Postmaster::pid);
    }

    /** The port of a live postmaster serving dataDir, if any. */
    static Optional<Integer> runningPort(Path dataDir) {
        return Postmaster.read(dataDir.toAbsolutePath().normalize()).map(Postmaster::port);
    }

    public int port() {
        return port;
    }

    public String host() {
        return Ports.HOST;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host() + ":" + port + "/" + database;
    }

    /** The postmaster's pid. */
    public long pid() {
        return pid;
    }

    /** True when this server was already running (from a previous run) and was adopted rather than started. */
    public boolean reused() {
        return reused;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Creates the database unless it exists (safe when two callers race). */
    public void createDatabaseIfMissing(String database) throws IOException {
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("database name is blank");
        }
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The PostgreSQL JDBC driver is not on the classpath", e);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username(), password())) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, database);
                try (ResultSet rs = query.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
                } catch (SQLException e) {
                    // 42P04 duplicate_database / 23505 unique_violation: someone created it meanwhile
                    if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("Cannot create database " + database + " on port " + port + ": " + e.getMessage(), e);
        }
    }

    public boolean isRunning() {
        return !stopped && Procs.alive(pid, MARKER).isPresent();
    }

    /** pg_ctl stop -m fast; idempotent. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        Optional<Postmaster> running = Postmaster.read(dataDir).filter(p -> p.pid() == pid);
        try {
            if (running.isPresent()) {
                stopPostmaster(dataDir, binDir, running.get());
            } else {
                Procs.alive(pid, MARKER).ifPresent(h -> Procs.terminate(h, Duration.ofSeconds(20)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot stop PostgreSQL on " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * For fault tests: {@code pg_ctl stop -m immediate}, a crash as PostgreSQL sees it (no checkpoint, recovery on the
     * next start). Start it again with {@link #start(Path, int, Path)} on the same folder and port.
     */
    public synchronized void crash() {
        if (stopped) {
            return;
        }
        stopped = true;
        List<String> cmd = new ArrayList<>(Procs.asPostgresUser());
        cmd.addAll(List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "-t", "30", "stop"));
        try {
            Procs.run(cmd, binDir, Duration.ofSeconds(45), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot crash PostgreSQL on " + dataDir + ": " + e.getMessage(), e);
        }
        Procs.alive(pid, MARKER).ifPresent(h -> Procs.terminate(h, Duration.ofSeconds(10)));
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "PostgreSQL[" + host() + ":" + port + ", pid " + pid + ", data " + dataDir + "]";
    }

    // ------------------------------------------------------------------------------------------------ internals

    static String serverOptions(int port) {
        return "-p " + port
                + " -c listen_addresses=127.0.0.1"
                + " -c unix_socket_directories="
                + " -c wal_level=logical"
                + " -c fsync=on"
                + " -c synchronous_commit=on"
                + " -c max_replication_slots=20"
                + " -c max_wal_senders=20"
                // A relay that stalls (a service down for days) may hold this much WAL, no more: past it the
                // slot is invalidated and the relay must be re-seeded, rather than the disk filling up.
                + " -c max_slot_wal_keep_size=" + MAX_SLOT_WAL_KEEP_SIZE
                + " -c max_connections=300";
    }

    private static void initdb(Path data, Path bin) throws IOException {
        try (Stream<Path> entries = Files.list(data)) {
            if (entries.findAny().isPresent()) {
                throw new IOException(data + " is neither empty nor a PostgreSQL data folder (no PG_VERSION); "
                        + "empty it or choose another folder.");
            }
        }
        Procs.chownToPostgresUser(data);
        List<String> cmd = new ArrayList<>(Procs.asPostgresUser());
        cmd.addAll(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8"));
        Procs.Result result = Procs.run(cmd, bin, Duration.ofMinutes(3), Map.of());
        if (!result.ok()) {
            throw new IOException("initdb failed for " + data + " (exit " + result.exitCode() + "):\n"
                    + Procs.indent(result.output().trim()));
        }
    }

    private static void stopPostmaster(Path data, Path bin, Postmaster postmaster) throws IOException {
        List<String> cmd = new ArrayList<>(Procs.asPostgresUser());
        cmd.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "30", "stop"));
        Procs.run(cmd, bin, Duration.ofSeconds(45), Map.of());
        if (!Procs.waitForExit(postmaster.handle(), Duration.ofSeconds(5))) {
            Procs.terminate(postmaster.handle(), Duration.ofSeconds(10));
        }
        if (Procs.isLive(postmaster.handle())) {
            throw new IOException("PostgreSQL (pid " + postmaster.pid() + ") on " + data + " would not stop");
        }
        Files.deleteIfExists(data.resolve(PID_FILE));
    }

    /** The live postmaster described by dataDir/postmaster.pid (line 1 pid, line 4 port). */
    private record Postmaster(long pid, int port, ProcessHandle handle) {

        static Optional<Postmaster> read(Path data) {
            Path file = data.resolve(PID_FILE);
            try {
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.isEmpty()) {
                    return Optional.empty();
                }
                long pid = Long.parseLong(lines.get(0).trim());
                int port = lines.size() > 3 && !lines.get(3).isBlank() ? Integer.parseInt(lines.get(3).trim()) : -1;
                return Procs.alive(pid, MARKER).map(h -> new Postmaster(pid, port, h));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
