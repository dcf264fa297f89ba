import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The local suite as ./suite runs it: where its components listen (.suite/ports.properties), which process each one
 * is (pid files, checked against the process's command line), how to kill one with SIGKILL and how to bring the
 * missing ones back (./suite up).
 */
final class Stack {

    static final String POSTGRES = "postgres";
    static final String KAFKA = "kafka";
    static final List<String> SERVICES = List.of("dispatch-service", "inventory-transfer-service", "fleet-service",
            "field-service", "billing-service");
    static final Map<String, String> DATABASES = Map.of(
            "dispatch-service", "dispatch",
            "inventory-transfer-service", "inventory_transfer",
            "fleet-service", "fleet",
            "field-service", "field",
            "billing-service", "billing");
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            "dispatch-service", 8081, "inventory-transfer-service", 8082, "fleet-service", 8083,
            "field-service", 8084, "billing-service", 8085);

    final Path root;
    final Path state;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    Stack(Path root) {
        this.root = root;
        this.state = root.resolve(".suite");
    }

    // ------------------------------------------------------------------------------------------------ where

    /** .suite/ports.properties, read afresh each time (./suite up rewrites it). */
    Properties ports() {
        Properties p = new Properties();
        Path file = state.resolve("ports.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                // as if absent: the defaults apply
            }
        }
        return p;
    }

    int servicePort(String service) {
        return Integer.parseInt(ports().getProperty(service + ".port", String.valueOf(DEFAULT_PORTS.get(service))).trim());
    }

    String apiUrl(String service) {
        return "http://127.0.0.1:" + servicePort(service);
    }

    /**
     * The one place health and metrics URLs come from: the management port when the suite publishes one
     * ({@code <service>.management-port} in ports.properties), else the service's own port.
     */
    String managementUrl(String service, String path) {
        String port = ports().getProperty(service + ".management-port");
        if (port == null || port.isBlank()) {
            port = String.valueOf(servicePort(service));
        }
        return "http://127.0.0.1:" + port.trim() + path;
    }

    int postgresPort() {
        return Integer.parseInt(ports().getProperty("postgres.port", "5432").trim());
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort() + "/" + database
                + "?connectTimeout=5&socketTimeout=60&ApplicationName=opsuite-faults";
    }

    String bootstrapServers() {
        return ports().getProperty("kafka.bootstrap.servers", "127.0.0.1:9092").trim();
    }

    // ------------------------------------------------------------------------------------------------ health

    /** GET of the service's readiness (through {@link #managementUrl}): true on 200. */
    boolean ready(String service) {
        return get(managementUrl(service, "/q/health/ready"), Duration.ofSeconds(3)).map(r -> r.statusCode() == 200)
                .orElse(false);
    }

    boolean allReady() {
        return SERVICES.stream().allMatch(this::ready);
    }

    /** Prometheus text of a service (through {@link #managementUrl}), or "" when it does not answer. */
    String metrics(String service) {
        return get(managementUrl(service, "/q/metrics"), Duration.ofSeconds(5))
                .filter(r -> r.statusCode() == 200).map(HttpResponse::body).orElse("");
    }

    private Optional<HttpResponse<String>> get(String url, Duration timeout) {
        try {
            return Optional.of(http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------------------ processes

    /** The live process of a component (postgres, kafka or a service name), checked against its command line. */
    Optional<ProcessHandle> process(String component) {
        Path pidFile;
        String marker;
        if (POSTGRES.equals(component)) {
            pidFile = state.resolve("pgdata").resolve("postmaster.pid");
            marker = "postgres";
        } else if (KAFKA.equals(component)) {
            pidFile = state.resolve("kafka").resolve("kafka.pid");
            marker = "kafka.Kafka";
        } else {
            pidFile = state.resolve("pids").resolve(component + ".pid");
            marker = root.resolve(component).resolve("target/quarkus-app/quarkus-run.jar").toString();
        }
        long pid;
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            pid = Long.parseLong(lines.get(0).trim());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        String commandLine = commandLine(pid);
        if (commandLine == null || !commandLine.contains(marker) || isZombie(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    boolean running(String component) {
        return process(component).isPresent();
    }

    /** Every component that is not running: postgres, kafka, services. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String c : components()) {
            if (!running(c)) {
                missing.add(c);
            }
        }
        return missing;
    }

    static List<String> components() {
        List<String> all = new ArrayList<>(List.of(POSTGRES, KAFKA));
        all.addAll(SERVICES);
        return all;
    }

    /**
     * SIGKILL. For PostgreSQL the postmaster and every process under it (backends, WAL senders, checkpointer, ...)
     * at once, as when the machine dies: a backend left running after its postmaster could still commit. Waits
     * until they are all gone; answers the pids killed.
     */
    List<Long> kill(String component) {
        if (aborting) {
            throw new Interrupted();
        }
        ProcessHandle main = process(component)
                .orElseThrow(() -> new IllegalStateException(component + " is not running, nothing to kill"));
        List<ProcessHandle> victims = new ArrayList<>();
        victims.add(main);
        if (POSTGRES.equals(component)) {
            main.descendants().forEach(victims::add);
        }
        List<Long> pids = new ArrayList<>();
        for (ProcessHandle p : victims) {
            pids.add(p.pid());
        }
        // one kill(1) call: all of them in the same instant
        List<String> cmd = new ArrayList<>(List.of("kill", "-9"));
        pids.forEach(p -> cmd.add(String.valueOf(p)));
        run(cmd, Duration.ofSeconds(10));
        if (POSTGRES.equals(component)) {
            // anything forked in the meantime
            for (int i = 0; i < 3; i++) {
                List<ProcessHandle> late = ProcessHandle.allProcesses()
                        .filter(p -> p.parent().map(pp -> pids.contains(pp.pid())).orElse(false))
                        .filter(p -> !pids.contains(p.pid())).toList();
                late.forEach(p -> {
                    pids.add(p.pid());
                    p.destroyForcibly();
                });
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline && pids.stream().anyMatch(p -> commandLine(p) != null && !isZombie(p))) {
            sleep(50);
        }
        List<Long> survivors = pids.stream().filter(p -> commandLine(p) != null && !isZombie(p)).toList();
        if (!survivors.isEmpty()) {
            throw new IllegalStateException("still alive 15 s after SIGKILL: " + survivors);
        }
        return pids;
    }

    /** ./suite up, its output appended to log; the exit code (-1 on timeout, after killing it). */
    int up(Path log, Duration timeout) {
        return suite(log, timeout, "up");
    }

    int down(Path log, Duration timeout) {
        return suite(log, timeout, "down");
    }

    private int suite(Path log, Duration timeout, String command) {
        if (aborting && !Thread.currentThread().getName().equals(CLEANUP_THREAD)) {
            throw new Interrupted();
        }
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(root.resolve("suite").toString(), command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            if (!Thread.currentThread().getName().equals(CLEANUP_THREAD)) {
                running = p;
            }
            boolean exited;
            try {
                exited = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                running = null;
            }
            if (aborting && !Thread.currentThread().getName().equals(CLEANUP_THREAD)) {
                throw new Interrupted();
            }
            if (!exited) {
                p.destroyForcibly(); // the launcher; what it started is the suite's and stays
                p.waitFor(10, TimeUnit.SECONDS);
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run ./suite " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGTERM, then SIGKILL after grace: a service stopped the way an orchestrator stops it. */
    boolean stopGracefully(String service, Duration grace) {
        Optional<ProcessHandle> p = process(service);
        if (p.isEmpty()) {
            return true;
        }
        p.get().destroy();
        try {
            p.get().onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            p.get().destroyForcibly();
            return false;
        }
    }

    static String commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return null;
        }
    }

    static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            int close = stat.lastIndexOf(')');
            return close > 0 && stat.length() > close + 2 && stat.charAt(close + 2) == 'Z';
        } catch (IOException e) {
            return true;
        }
    }

    static String run(List<String> cmd, Duration timeout) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Set when the run is being interrupted (Ctrl-C): every wait of the main thread ends at once. */
    static volatile boolean aborting;
    /** The thread that cleans up after an interruption; the only one still allowed to run ./suite. */
    static final String CLEANUP_THREAD = "faults-cleanup";
    /** The ./suite command the run is waiting for, if any (stopped at once on an interruption). */
    private static volatile Process running;

    /** On an interruption: stops the ./suite command the run is waiting for (what it started keeps running). */
    static void abort() {
        aborting = true;
        Process p = running;
        if (p != null) {
            p.destroy(); // the launcher only: what it started runs in its own session and stays
        }
    }

    static void sleep(long millis) {
        long end = System.currentTimeMillis() + millis;
        do {
            if (aborting) {
                throw new Interrupted();
            }
            try {
                Thread.sleep(Math.max(0, Math.min(100, end - System.currentTimeMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Interrupted();
            }
        } while (System.currentTimeMillis() < end);
    }

    /** Thrown when the run is interrupted (Ctrl-C): unwinds to the cleanup. */
    static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted() {
            super("interrupted");
        }
    }

    /** Component name for messages: "PostgreSQL", "Kafka", or the service. */
    static String label(String component) {
        return switch (component) {
            case POSTGRES -> "PostgreSQL";
            case KAFKA -> "Kafka broker";
            default -> component;
        };
    }

}
