package dev.opsuite.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A single-node Kafka KRaft broker (broker + controller in one JVM) run as a child process from the jars that the
 * kafka-broker module copies to kafka-broker/target/lib. This module has no Kafka jars itself.
 *
 * <p>Work folder layout: {@code server.properties}, {@code cluster.id}, {@code kafka.pid}, {@code data/} (log.dirs)
 * and, unless another log file is given, {@code broker.log}.
 */
public final class KafkaBroker implements AutoCloseable {

    /** The line kafka.server.KafkaRaftServer logs (through slf4j-simple) once the broker serves clients. */
    static final String READY_LINE = "Kafka Server started";
    private static final String MARKER = "kafka.Kafka";
    private static final String PID_FILE = "kafka.pid";
    private static final String PROPERTIES = "server.properties";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Path workDir;
    private final int port;
    private final int controllerPort;
    private final ProcessHandle process;
    private final boolean reused;
    private volatile boolean stopped;

    private KafkaBroker(Path workDir, int port, int controllerPort, ProcessHandle process, boolean reused) {
        this.workDir = workDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.process = process;
        this.reused = reused;
    }

    /**
     * Formats the log folder on first use; reuses a broker from a previous run (pid file in workDir) when its ports
     * match, else stops it; otherwise starts {@code java -cp kafkaLibDir/* kafka.Kafka} as a child process logging
     * to workDir/broker.log, and waits until it is ready (60 s).
     */
    public static KafkaBroker start(Path workDir, int port, int controllerPort) throws IOException {
        Path dir = workDir.toAbsolutePath().normalize();
        return start(dir, port, controllerPort, dir.resolve("broker.log"), false);
    }

    /**
     * As {@link #start(Path, int, int)}, logging to logFile. With detached, the broker gets its own session
     * ({@code setsid}) so that Ctrl-C in the terminal that ran {@code ./suite up} does not reach it.
     */
    public static KafkaBroker start(Path workDir, int port, int controllerPort, Path logFile, boolean detached)
            throws IOException {
        if (port == controllerPort) {
            throw new IllegalArgumentException("port and controllerPort must differ: " + port);
        }
        Path dir = workDir.toAbsolutePath().normalize();
        Path log = logFile.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        Path pidFile = dir.resolve(PID_FILE);
        Path propertiesFile = dir.resolve(PROPERTIES);

        Optional<ProcessHandle> previous = running(dir);
        if (previous.isPresent()) {
            Properties config = load(propertiesFile);
            boolean samePorts = config.getProperty("listeners", "").equals(listeners(port, controllerPort));
            if (samePorts && Ports.awaitAccepting(port, previous.get(), Duration.ofSeconds(10))) {
                return new KafkaBroker(dir, port, controllerPort, previous.get(), true);
            }
            Procs.terminate(previous.get(), STOP_GRACE);
        }
        Files.deleteIfExists(pidFile);
        for (int p : new int[] {port, controllerPort}) {
            if (!Ports.isFree(p)) {
                throw new IOException("Cannot start Kafka: port " + p + " on 127.0.0.1 is already in use by another process.");
            }
        }

        Path lib = ProjectLayout.kafkaLibDir();
        Path dataDir = dir.resolve("data");
        writeProperties(propertiesFile, port, controllerPort, dataDir);
        formatIfNeeded(dir, dataDir, propertiesFile, lib);

        Procs.rotate(log);
        List<String> cmd = new ArrayList<>();
        if (detached) {
            cmd.addAll(Procs.detachPrefix());
        }
        cmd.addAll(List.of(Procs.javaBinary(), "-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
                "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss,SSS",
                // the full config dumps (thousands of lines) are noise in a dev log
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.common.config.AbstractConfig=warn",
                "-cp", lib.resolve("*").toString(), MARKER, propertiesFile.toString()));
        Process started = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(Procs.devNull())
                .start();
        Procs.writePid(pidFile, started.pid());
        KafkaBroker broker = new KafkaBroker(dir, port, controllerPort, started.toHandle(), false);
        try {
            broker.awaitReady(log);
        } catch (IOException | RuntimeException e) {
            broker.stop();
            throw e;
        }
        return broker;
    }

    /** For {@code suite down}: stops the broker named by workDir's pid file, if alive; removes the pid file. */
    public static void stopIfRunning(Path workDir) {
        Path dir = workDir.toAbsolutePath().normalize();
        running(dir).ifPresent(h -> Procs.terminate(h, STOP_GRACE));
        try {
            Files.deleteIfExists(dir.resolve(PID_FILE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The live broker process of workDir (pid file + command line check), if any. */
    static Optional<ProcessHandle> running(Path workDir) {
        Path dir = workDir.toAbsolutePath().normalize();
        String properties = dir.resolve(PROPERTIES).toString();
        return Procs.alive(dir.resolve(PID_FILE), MARKER)
                .filter(h -> Procs.commandLine(h).map(c -> c.contains(properties)).orElse(true));
    }

    /** The client port configured in workDir/server.properties by the last start, if any. */
    static Optional<Integer> configuredPort(Path workDir) {
        try {
            String listeners = load(workDir.toAbsolutePath().normalize().resolve(PROPERTIES)).getProperty("listeners", "");
            for (String listener : listeners.split(",")) {
                if (listener.startsWith("PLAINTEXT://")) {
                    return Optional.of(Integer.parseInt(listener.substring(listener.lastIndexOf(':') + 1)));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall through
        }
        return Optional.empty();
    }

    public String bootstrapServers() {
        return Ports.HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public long pid() {
        return process.pid();
    }

    /** True when this broker was already running (from a previous run) and was adopted rather than started. */
    public boolean reused() {
        return reused;
    }

    public boolean isRunning() {
        return !stopped && Procs.isLive(process);
    }

    /** SIGTERM, wait up to 20 s, then SIGKILL; idempotent. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        Procs.terminate(process, STOP_GRACE);
        Path pidFile = workDir.resolve(PID_FILE);
        if (Procs.readPid(pidFile).orElse(-1) == process.pid()) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                // best effort
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "Kafka[" + bootstrapServers() + ", pid " + pid() + ", " + workDir + "]";
    }

    // ------------------------------------------------------------------------------------------------ internals

    static String listeners(int port, int controllerPort) {
        return "PLAINTEXT://" + Ports.HOST + ":" + port + ",CONTROLLER://" + Ports.HOST + ":" + controllerPort;
    }

    private static void writeProperties(Path file, int port, int controllerPort, Path dataDir) throws IOException {
        String text = String.join("\n",
                "# Written by dev.opsuite.launcher.KafkaBroker on every start.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=" + Ports.HOST + ":" + controllerPort,
                "listeners=" + listeners(port, controllerPort),
                "advertised.listeners=PLAINTEXT://" + Ports.HOST + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir,
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "num.partitions=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "");
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void formatIfNeeded(Path dir, Path dataDir, Path propertiesFile, Path lib) throws IOException {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        Path clusterIdFile = dir.resolve("cluster.id");
        String clusterId;
        if (Files.isRegularFile(clusterIdFile) && !Files.readString(clusterIdFile).isBlank()) {
            clusterId = Files.readString(clusterIdFile).trim();
        } else {
            clusterId = newClusterId();
            Files.writeString(clusterIdFile, clusterId + "\n", StandardCharsets.UTF_8);
        }
        List<String> cmd = List.of(Procs.javaBinary(), "-Xmx256m", "-cp", lib.resolve("*").toString(),
                "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", propertiesFile.toString(), "--standalone");
        Procs.Result result = Procs.run(cmd, dir, Duration.ofMinutes(2), Map.of());
        if (!result.ok()) {
            throw new IOException("Formatting the Kafka log folder " + dataDir + " failed (exit " + result.exitCode() + "):\n"
                    + Procs.indent(result.output().trim()));
        }
    }

    /** Same shape as org.apache.kafka.common.Uuid#toString: 16 random bytes, base64url without padding. */
    static String newClusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    private void awaitReady(Path log) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        LogScanner scanner = new LogScanner(log);
        boolean lineSeen = false;
        while (true) {
            lineSeen = lineSeen || scanner.contains(READY_LINE);
            if (lineSeen && Ports.accepts(port, 500)) {
                return;
            }
            if (!Procs.isLive(process)) {
                throw new IOException("Kafka exited during startup (pid " + process.pid() + "). Last lines of " + log + ":\n"
                        + Procs.indent(Procs.tail(log, 40)));
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("Kafka was not ready within " + START_TIMEOUT.toSeconds() + " s (pid " + process.pid()
                        + "). Last lines of " + log + ":\n" + Procs.indent(Procs.tail(log, 40)));
            }
            Procs.sleep(200);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /** Reads a growing log file incrementally, looking for a marker. */
    private static final class LogScanner {
        private final Path file;
        private long offset;
        private String carry = "";

        LogScanner(Path file) {
            this.file = file;
        }

        boolean contains(String marker) throws IOException {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                long length = raf.length();
                if (length < offset) {
                    offset = 0;
                }
                if (length == offset) {
                    return false;
                }
                byte[] chunk = new byte[(int) Math.min(length - offset, 4 * 1024 * 1024)];
                raf.seek(offset);
                raf.readFully(chunk);
                offset += chunk.length;
                String text = carry + new String(chunk, StandardCharsets.UTF_8);
                if (text.contains(marker)) {
                    return true;
                }
                carry = text.substring(Math.max(0, text.length() - marker.length()));
                return false;
            }
        }
    }

}
