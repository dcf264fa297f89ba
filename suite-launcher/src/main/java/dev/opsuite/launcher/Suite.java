package dev.opsuite.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * {@code ./suite up | down | status | token ROLE [TENANT [USER]]}: runs the whole suite locally without Docker. State lives in
 * {@code <root>/.suite/}. See docs/local-stack.md.
 */
public final class Suite {

    /** One of the five Quarkus services, or the ops console (which has no database). */
    record Service(String name, int defaultPort, String database) {

        /** Health, metrics and the API description listen here, never on the public port. */
        static int managementPort(int port) {
            return port + 1000;
        }

        /** e.g. OPSUITE_DISPATCH_PORT, OPSUITE_INVENTORY_TRANSFER_PORT. */
        String portVariable() {
            return "OPSUITE_" + name.replace("-service", "").replace('-', '_').toUpperCase(Locale.ROOT) + "_PORT";
        }
    }

    static final List<Service> SERVICES = List.of(
            new Service("dispatch-service", 8081, "dispatch"),
            new Service("inventory-transfer-service", 8082, "inventory_transfer"),
            new Service("fleet-service", 8083, "fleet"),
            new Service("field-service", 8084, "field"),
            new Service("billing-service", 8085, "billing"));

    /**
     * The ops console: started and stopped with the services, but not one of them: it owns no data (no database, no
     * Kafka), and it is no audience of the suite's tokens ({@link Tokens#suiteAudience()} is built from SERVICES).
     */
    static final Service CONSOLE = new Service("ops-console", 8080, null);

    /** Every process ./suite up starts besides PostgreSQL and Kafka: the five services, then the console. */
    static final List<Service> PROCESSES = java.util.stream.Stream.concat(SERVICES.stream(), java.util.stream.Stream.of(CONSOLE))
            .toList();

    static final int DEFAULT_PG_PORT = 5432;
    static final int DEFAULT_KAFKA_PORT = 9092;
    static final String PG_PORT_VARIABLE = "OPSUITE_PG_PORT";
    static final String KAFKA_PORT_VARIABLE = "OPSUITE_KAFKA_PORT";
    static final String KAFKA_CONTROLLER_PORT_VARIABLE = "OPSUITE_KAFKA_CONTROLLER_PORT";
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    static final Duration TOKEN_TTL = Duration.ofHours(12);

    private final Path root;
    private final Path state;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Suite(Path root, PrintStream out, PrintStream err) {
        this.root = root;
        this.state = root.resolve(".suite");
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = new Suite(ProjectLayout.root(), System.out, System.err).run(args);
        } catch (Failure e) {
            System.err.println("error: " + e.getMessage());
            code = 1;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            code = 1;
        }
        System.out.flush();
        System.exit(code);
    }

    int run(String[] args) throws IOException {
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "up":
                return up(List.of(args).contains("--infra"));
            case "down":
                return down();
            case "status":
                return status();
            case "token":
                if (args.length < 2 || args[1].isBlank()) {
                    err.println("usage: ./suite token ROLE [TENANT [USER]]   (tenant defaults to acme, user to dev-ROLE)");
                    return 2;
                }
                return token(args[1], args.length > 2 ? args[2] : "acme", args.length > 3 ? args[3] : "dev-" + args[1]);
            case "dead-letters":
                return deadLetters(List.of(args).subList(1, args.length));
            case "help":
            case "-h":
            case "--help":
                usage(out);
                return 0;
            default:
                err.println("unknown command: " + command);
                usage(err);
                return 2;
        }
    }

    private static void usage(PrintStream s) {
        s.println("usage: ./suite up [--infra]       start PostgreSQL, Kafka, the five services and the ops console (--infra: only PostgreSQL and Kafka)");
        s.println("       ./suite down               stop everything");
        s.println("       ./suite status             show what runs");
        s.println("       ./suite token ROLE [TENANT [USER]] print a JWT for ROLE (tenant: acme, user: dev-ROLE)");
        s.println("       ./suite logs NAME          follow a log (a service, kafka or postgres)");
        s.println("       ./suite dead-letters [redrive [TOPIC]] [--bootstrap-server HOST:PORT] [--command-config FILE]");
        s.println("                                  list the events consumers parked; send them back once the cause is fixed");
    }

    // ------------------------------------------------------------------------------------------------ dead letters

    int deadLetters(List<String> args) throws IOException {
        boolean redrive = false;
        String topic = null;
        Properties client = new Properties();
        client.setProperty("bootstrap.servers", loadPorts().getProperty("kafka.bootstrap.servers",
                Ports.HOST + ":" + DEFAULT_KAFKA_PORT));
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--bootstrap-server") && i + 1 < args.size()) {
                client.setProperty("bootstrap.servers", args.get(++i));
            } else if (arg.equals("--command-config") && i + 1 < args.size()) {
                try (Reader r = Files.newBufferedReader(Path.of(args.get(++i)), StandardCharsets.UTF_8)) {
                    client.load(r); // e.g. security.protocol, sasl.* for a cluster with authentication
                }
            } else if (arg.equals("redrive") && !redrive && topic == null) {
                redrive = true;
            } else if (arg.equals("list") && !redrive && topic == null) {
                continue;
            } else if (!arg.startsWith("-") && topic == null) {
                topic = arg;
            } else {
                err.println("usage: ./suite dead-letters [list|redrive] [TOPIC] [--bootstrap-server HOST:PORT] [--command-config FILE]");
                return 2;
            }
        }
        DeadLetters letters = new DeadLetters(client);
        if (!redrive) {
            List<DeadLetters.Letter> pending = letters.pending(topic);
            if (pending.isEmpty()) {
                out.println("No dead letters waiting" + (topic == null ? "." : " in " + topic + "."));
            } else {
                DeadLetters.print(pending, out);
                out.println();
                out.println(pending.size() + " dead letter(s). Fix their cause, then: ./suite dead-letters redrive"
                        + (topic == null ? "" : " " + topic));
            }
            return 0;
        }
        List<DeadLetters.Letter> sent = letters.redrive(topic);
        DeadLetters.print(sent, out);
        out.println();
        out.println("Re-drove " + sent.size() + " dead letter(s) to their topics; consumers skip any they already applied.");
        return 0;
    }

    // ------------------------------------------------------------------------------------------------ paths

    Path pgData() {
        return state.resolve("pgdata");
    }

    Path kafkaDir() {
        return state.resolve("kafka");
    }

    Path keysDir() {
        return state.resolve("keys");
    }

    Path logsDir() {
        return state.resolve("logs");
    }

    Path pidsDir() {
        return state.resolve("pids");
    }

    Path portsFile() {
        return state.resolve("ports.properties");
    }

    Path serviceJar(Service s) {
        return root.resolve(s.name()).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    Path servicePidFile(Service s) {
        return pidsDir().resolve(s.name() + ".pid");
    }

    Path serviceLog(Service s) {
        return logsDir().resolve(s.name() + ".log");
    }

    Path serviceDataDir(Service s) {
        return state.resolve("data").resolve(s.name());
    }

    Optional<ProcessHandle> runningService(Service s) {
        return Procs.alive(servicePidFile(s), serviceJar(s).toString());
    }

    // ------------------------------------------------------------------------------------------------ up

    int up(boolean infraOnly) throws IOException {
        if (!infraOnly) {
            List<String> missing = new ArrayList<>();
            for (Service s : PROCESSES) {
                if (!Files.isRegularFile(serviceJar(s))) {
                    missing.add("  " + s.name() + ": " + root.relativize(serviceJar(s)));
                }
            }
            if (!missing.isEmpty()) {
                err.println("error: these services are not built:");
                missing.forEach(err::println);
                err.println("Build them with `./mvnw install -DskipTests` (./suite up runs that when a jar is missing; if it just did,");
                err.println("the build of these modules produced no quarkus-app: check their packaging),");
                err.println("or start only PostgreSQL and Kafka with `./suite up --infra`.");
                return 1;
            }
        }
        for (Path dir : List.of(state, logsDir(), pidsDir(), keysDir(), kafkaDir(), state.resolve("data"))) {
            Files.createDirectories(dir);
        }

        // ---- ports, checked before anything starts
        Properties previous = loadPorts();
        int pgPort = portSetting(PG_PORT_VARIABLE)
                .orElseGet(() -> PostgresServer.runningPort(pgData()).orElse(DEFAULT_PG_PORT));
        Optional<int[]> kafkaRunningPorts = KafkaBroker.running(kafkaDir()).isPresent()
                ? kafkaConfiguredPorts() : Optional.empty();
        int kafkaPort = portSetting(KAFKA_PORT_VARIABLE)
                .orElseGet(() -> kafkaRunningPorts.map(p -> p[0]).orElse(DEFAULT_KAFKA_PORT));
        int controllerPort = portSetting(KAFKA_CONTROLLER_PORT_VARIABLE)
                .orElseGet(() -> kafkaRunningPorts.filter(p -> p[0] == kafkaPort).map(p -> p[1]).orElse(kafkaPort + 1));
        Map<Service, Integer> servicePorts = new LinkedHashMap<>();
        for (Service s : PROCESSES) {
            OptionalInt wanted = portSetting(s.portVariable());
            if (runningService(s).isPresent()) {
                // a running service is left alone, on the port it was started with
                int current = parsePort(previous.getProperty(s.name() + ".port"), s.defaultPort());
                if (wanted.isPresent() && wanted.getAsInt() != current) {
                    out.println("note: " + s.name() + " already runs on port " + current + "; " + s.portVariable()
                            + " applies after ./suite down.");
                }
                servicePorts.put(s, current);
            } else {
                servicePorts.put(s, wanted.orElse(s.defaultPort()));
            }
        }

        List<Conflict> conflicts = new ArrayList<>();
        boolean pgOurs = PostgresServer.runningPort(pgData()).map(p -> p == pgPort).orElse(false);
        if (!pgOurs && !Ports.isFree(pgPort)) {
            conflicts.add(new Conflict(pgPort, "PostgreSQL", PG_PORT_VARIABLE));
        }
        boolean kafkaOurs = kafkaRunningPorts.map(p -> p[0] == kafkaPort && p[1] == controllerPort).orElse(false);
        if (!kafkaOurs) {
            if (!Ports.isFree(kafkaPort)) {
                conflicts.add(new Conflict(kafkaPort, "Kafka", KAFKA_PORT_VARIABLE));
            }
            if (!Ports.isFree(controllerPort)) {
                conflicts.add(new Conflict(controllerPort, "Kafka controller", KAFKA_CONTROLLER_PORT_VARIABLE));
            }
        }
        if (!infraOnly) {
            for (Service s : PROCESSES) {
                if (runningService(s).isEmpty() && !Ports.isFree(servicePorts.get(s))) {
                    conflicts.add(new Conflict(servicePorts.get(s), s.name(), s.portVariable()));
                }
            }
        }
        if (!conflicts.isEmpty()) {
            err.println("error: these ports are in use by processes that ./suite did not start:");
            conflicts.forEach(c -> err.printf("  %-6d %-28s (%s)%n", c.port(), c.what(), c.variable()));
            err.println("Stop those processes, or choose other ports through these variables (environment or -D),");
            err.println("e.g. `" + conflicts.get(0).variable() + "=" + Ports.freePort() + " ./suite up`.");
            return 1;
        }

        out.println("Starting the operations suite (state in " + root.relativize(state) + "/)");

        // ---- PostgreSQL
        long t0 = System.nanoTime();
        PostgresServer pg = PostgresServer.start(pgData(), pgPort, logsDir().resolve("postgres.log"));
        line("PostgreSQL", Ports.HOST + ":" + pgPort, describe(pg.reused(), pg.pid(), t0));
        for (Service s : SERVICES) {
            pg.createDatabaseIfMissing(s.database());
        }
        line("databases", "", SERVICES.stream().map(Service::database).collect(Collectors.joining(", ")));

        // ---- Kafka
        t0 = System.nanoTime();
        KafkaBroker kafka = KafkaBroker.start(kafkaDir(), kafkaPort, controllerPort, logsDir().resolve("kafka.log"), true);
        line("Kafka", kafka.bootstrapServers(), describe(kafka.reused(), kafka.pid(), t0));

        // ---- keys
        SigningKeys keys = SigningKeys.loadOrCreate(keysDir());
        line("signing keys", root.relativize(keys.publicKeyPem()).toString(), "ok");

        writePorts(pgPort, kafkaPort, controllerPort, servicePorts, keys);
        if (infraOnly) {
            out.println();
            out.println("PostgreSQL: jdbc:postgresql://" + Ports.HOST + ":" + pgPort + "/<db>  (user postgres, password postgres)");
            out.println("Kafka:      " + kafka.bootstrapServers());
            out.println("Stop with ./suite down.");
            return 0;
        }

        // ---- services
        Map<Service, ProcessHandle> processes = new LinkedHashMap<>();
        for (Service s : PROCESSES) {
            int port = servicePorts.get(s);
            Optional<ProcessHandle> running = runningService(s);
            if (running.isPresent()) {
                processes.put(s, running.get());
                line(s.name(), "http://" + Ports.HOST + ":" + port, "already running (pid " + running.get().pid() + ")");
                continue;
            }
            ProcessHandle started = s == CONSOLE ? startConsole(port, servicePorts, keys)
                    : startService(s, port, pg, kafka, keys);
            processes.put(s, started);
            line(s.name(), "http://" + Ports.HOST + ":" + port, "started (pid " + started.pid() + ")");
        }

        // ---- readiness
        out.println();
        out.println("Waiting for the services to be ready (up to " + READY_TIMEOUT.toSeconds() + " s)...");
        long start = System.nanoTime();
        long deadline = start + READY_TIMEOUT.toNanos();
        long nextProgress = start + Duration.ofSeconds(15).toNanos();
        Map<Service, String> pending = new LinkedHashMap<>();
        PROCESSES.forEach(s -> pending.put(s, "not checked"));
        List<Service> failed = new ArrayList<>();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            for (Service s : new ArrayList<>(pending.keySet())) {
                int port = servicePorts.get(s);
                String result = readiness(Service.managementPort(port));
                long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
                if ("ready".equals(result)) {
                    pending.remove(s);
                    out.printf("  %-28s ready after %d s%n", s.name(), seconds);
                } else if (!Procs.isLive(processes.get(s))) {
                    pending.remove(s);
                    failed.add(s);
                    out.printf("  %-28s EXITED after %d s%n", s.name(), seconds);
                } else {
                    pending.put(s, result);
                }
            }
            if (!pending.isEmpty() && System.nanoTime() > nextProgress) {
                nextProgress += Duration.ofSeconds(15).toNanos();
                out.printf("  ... still waiting (%d s): %s%n", Duration.ofNanos(System.nanoTime() - start).toSeconds(),
                        pending.entrySet().stream().map(e -> e.getKey().name() + " [" + e.getValue() + "]")
                                .collect(Collectors.joining(", ")));
            }
            if (!pending.isEmpty()) {
                Procs.sleep(1000);
            }
        }
        failed.addAll(pending.keySet());
        if (!failed.isEmpty()) {
            for (Service s : failed) {
                String why = pending.containsKey(s)
                        ? "was not ready within " + READY_TIMEOUT.toSeconds() + " s (" + pending.get(s) + ")"
                        : "exited";
                err.println();
                err.println("error: " + s.name() + " " + why + ". Last lines of " + root.relativize(serviceLog(s)) + ":");
                err.println(Procs.indent(Procs.tail(serviceLog(s), 40)));
            }
            err.println();
            err.println("The other components are left running for inspection: ./suite status, ./suite logs <service>;"
                    + " stop everything with ./suite down.");
            return 1;
        }

        // ---- summary
        out.println();
        String format = "%-28s %-24s %-38s %-38s %s%n";
        out.printf(format, "SERVICE", "API", "SWAGGER UI", "HEALTH", "METRICS");
        for (Service s : SERVICES) {
            String base = "http://" + Ports.HOST + ":" + servicePorts.get(s);
            String management = "http://" + Ports.HOST + ":" + Service.managementPort(servicePorts.get(s));
            out.printf(format, s.name(), base, management + "/q/swagger-ui", management + "/q/health", management + "/q/metrics");
        }
        out.println();
        out.println("PostgreSQL  jdbc:postgresql://" + Ports.HOST + ":" + pgPort + "/<db>  (user postgres, password postgres)");
        out.println("Kafka       " + kafka.bootstrapServers());
        out.println();
        out.println("Ops console: http://" + Ports.HOST + ":" + servicePorts.get(CONSOLE)
                + "  (sign in with any role and tenant; ./suite demo loads a small business into tenant demo)");
        out.println();
        out.println("Get a token:  TOKEN=$(./suite token dispatcher acme)");
        out.println("              curl -H \"Authorization: Bearer $TOKEN\" http://" + Ports.HOST + ":"
                + servicePorts.get(SERVICES.get(0)) + "/...");
        out.println("Logs: ./suite logs <service>   Status: ./suite status   Stop: ./suite down");
        return 0;
    }

    private ProcessHandle startService(Service s, int port, PostgresServer pg, KafkaBroker kafka, SigningKeys keys)
            throws IOException {
        Path jar = serviceJar(s);
        Path dataDir = serviceDataDir(s);
        Files.createDirectories(dataDir);
        Files.deleteIfExists(servicePidFile(s));
        Path log = serviceLog(s);
        Procs.rotate(log);
        List<String> cmd = new ArrayList<>(Procs.detachPrefix());
        cmd.addAll(List.of(Procs.javaBinary(), "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=" + Ports.HOST,
                "-Dquarkus.management.port=" + Service.managementPort(port),
                "-Dquarkus.management.host=" + Ports.HOST,
                "-Dquarkus.datasource.jdbc.url=" + pg.jdbcUrl(s.database()),
                "-Dquarkus.datasource.reactive.url=" + pg.reactiveUrl(s.database()),
                "-Dquarkus.datasource.username=" + pg.username(),
                "-Dquarkus.datasource.password=" + pg.password(),
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(cmd);
        // The prod profile takes its token issuer and key only from these (no local fallback there).
        builder.environment().put("OIDC_ISSUER", Tokens.ISSUER);
        builder.environment().put("OIDC_JWKS_URL", keys.publicKeyPem().toUri().toString());
        Process process = builder
                .directory(root.resolve(s.name()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(Procs.devNull())
                .start();
        Procs.writePid(servicePidFile(s), process.pid());
        return process.toHandle();
    }

    /**
     * The console calls the services on their actual ports (OPSUITE_*_PORT) and signs its users' tokens locally with
     * the suite's key: the local sign-in is switched on here, and only here.
     */
    private ProcessHandle startConsole(int port, Map<Service, Integer> servicePorts, SigningKeys keys) throws IOException {
        Path jar = serviceJar(CONSOLE);
        Files.deleteIfExists(servicePidFile(CONSOLE));
        Path log = serviceLog(CONSOLE);
        Procs.rotate(log);
        List<String> cmd = new ArrayList<>(Procs.detachPrefix());
        cmd.addAll(List.of(Procs.javaBinary(), "-Xmx128m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=" + Ports.HOST,
                "-Dquarkus.management.port=" + Service.managementPort(port),
                "-Dquarkus.management.host=" + Ports.HOST,
                "-Dopsuite.console.local-sign-in=true",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(cmd);
        builder.environment().put("OIDC_ISSUER", Tokens.ISSUER);
        builder.environment().put("OPSUITE_KEYS_DIR", keysDir().toAbsolutePath().toString());
        for (Service s : SERVICES) {
            builder.environment().put(s.portVariable(), String.valueOf(servicePorts.get(s)));
        }
        Process process = builder
                .directory(root.resolve(CONSOLE.name()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(Procs.devNull())
                .start();
        Procs.writePid(servicePidFile(CONSOLE), process.pid());
        return process.toHandle();
    }

    /** "ready", "HTTP 503", "no answer". */
    String readiness(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + Ports.HOST + ":" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? "ready" : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return "no answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    // ------------------------------------------------------------------------------------------------ down

    int down() {
        Map<Service, ProcessHandle> stopping = new LinkedHashMap<>();
        for (Service s : PROCESSES) {
            Optional<ProcessHandle> running = runningService(s);
            if (running.isPresent()) {
                running.get().destroy(); // SIGTERM to all first, they shut down in parallel
                stopping.put(s, running.get());
            } else {
                line(s.name(), "", "not running");
                deleteQuietly(servicePidFile(s));
            }
        }
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (Map.Entry<Service, ProcessHandle> e : stopping.entrySet()) {
            ProcessHandle h = e.getValue();
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            boolean graceful = Procs.waitForExit(h, left);
            if (!graceful) {
                Procs.terminate(h, Duration.ZERO); // SIGKILL
            }
            deleteQuietly(servicePidFile(e.getKey()));
            line(e.getKey().name(), "", (graceful ? "stopped" : "killed after " + STOP_GRACE.toSeconds() + " s")
                    + " (pid " + h.pid() + ")");
        }

        Optional<ProcessHandle> kafka = KafkaBroker.running(kafkaDir());
        KafkaBroker.stopIfRunning(kafkaDir());
        line("Kafka", "", kafka.map(h -> "stopped (pid " + h.pid() + ")").orElse("not running"));

        Optional<Long> pg = PostgresServer.runningPid(pgData());
        if (pg.isPresent()) {
            PostgresServer.stopIfRunning(pgData());
        }
        line("PostgreSQL", "", pg.map(p -> "stopped (pid " + p + ")").orElse("not running"));
        return 0;
    }

    // ------------------------------------------------------------------------------------------------ status

    int status() {
        Properties ports = loadPorts();
        Optional<Long> pgPid = PostgresServer.runningPid(pgData());
        String pgPort = PostgresServer.runningPort(pgData()).map(String::valueOf)
                .orElse(ports.getProperty("postgres.port", String.valueOf(DEFAULT_PG_PORT)));
        statusLine("postgres", pgPid, pgPort, "");

        Optional<ProcessHandle> kafka = KafkaBroker.running(kafkaDir());
        String kafkaPort = kafkaConfiguredPorts().map(p -> String.valueOf(p[0]))
                .orElse(ports.getProperty("kafka.port", String.valueOf(DEFAULT_KAFKA_PORT)));
        statusLine("kafka", kafka.map(ProcessHandle::pid), kafkaPort, "");

        for (Service s : PROCESSES) {
            Optional<ProcessHandle> running = runningService(s);
            String port = String.valueOf(parsePort(ports.getProperty(s.name() + ".port"), s.defaultPort()));
            String readiness = running.isPresent() ? readiness(Service.managementPort(Integer.parseInt(port))) : "";
            statusLine(s.name(), running.map(ProcessHandle::pid), port, readiness);
        }
        return 0;
    }

    private void statusLine(String name, Optional<Long> pid, String port, String extra) {
        out.printf("%-28s %-8s %-12s %-11s %s%n", name, pid.isPresent() ? "running" : "stopped",
                pid.map(p -> "pid " + p).orElse("-"), "port " + port, extra);
    }

    // ------------------------------------------------------------------------------------------------ token

    /** {@code user}: whose login the token is, for a role several people hold (two technicians of one business). */
    int token(String role, String tenant, String user) throws IOException {
        SigningKeys keys = SigningKeys.loadOrCreate(keysDir());
        out.println(Tokens.mint(keys, user, List.of(role), tenant, TOKEN_TTL));
        return 0;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void line(String what, String where, String result) {
        if (where.isEmpty()) {
            out.printf("  %-28s %s%n", what, result);
        } else {
            out.printf("  %-28s %-26s %s%n", what, where, result);
        }
    }

    private static String describe(boolean reused, long pid, long startNanos) {
        if (reused) {
            return "already running (pid " + pid + ")";
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return String.format(Locale.ROOT, "started (pid %d, %.1f s)", pid, seconds);
    }

    private record Conflict(int port, String what, String variable) {
    }

    /** A port from a system property or environment variable of that name. */
    static OptionalInt portSetting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return OptionalInt.of(port);
        } catch (NumberFormatException e) {
            throw new Failure(name + "=" + value + " is not a valid port number");
        }
    }

    private static int parsePort(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** {client port, controller port} from .suite/kafka/server.properties. */
    private Optional<int[]> kafkaConfiguredPorts() {
        Path file = kafkaDir().resolve("server.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        int client = -1;
        int controller = -1;
        for (String listener : p.getProperty("listeners", "").split(",")) {
            try {
                int port = Integer.parseInt(listener.substring(listener.lastIndexOf(':') + 1).trim());
                if (listener.startsWith("PLAINTEXT://")) {
                    client = port;
                } else if (listener.startsWith("CONTROLLER://")) {
                    controller = port;
                }
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                // ignore
            }
        }
        return client > 0 && controller > 0 ? Optional.of(new int[] {client, controller}) : Optional.empty();
    }

    private Properties loadPorts() {
        Properties p = new Properties();
        if (Files.isRegularFile(portsFile())) {
            try (Reader reader = Files.newBufferedReader(portsFile(), StandardCharsets.UTF_8)) {
                p.load(reader);
            } catch (IOException e) {
                // treat as absent
            }
        }
        return p;
    }

    private void writePorts(int pgPort, int kafkaPort, int controllerPort, Map<Service, Integer> servicePorts,
            SigningKeys keys) throws IOException {
        Map<String, String> p = new java.util.TreeMap<>();
        p.put("postgres.port", String.valueOf(pgPort));
        p.put("postgres.host", Ports.HOST);
        p.put("kafka.port", String.valueOf(kafkaPort));
        p.put("kafka.controller.port", String.valueOf(controllerPort));
        p.put("kafka.bootstrap.servers", Ports.HOST + ":" + kafkaPort);
        p.put("jwt.publickey.location", keys.publicKeyPem().toString());
        p.put("jwt.issuer", Tokens.ISSUER);
        for (Map.Entry<Service, Integer> e : servicePorts.entrySet()) {
            p.put(e.getKey().name() + ".port", String.valueOf(e.getValue()));
            p.put(e.getKey().name() + ".management-port", String.valueOf(Service.managementPort(e.getValue())));
        }
        Path temp = portsFile().resolveSibling("ports.properties.tmp");
        StringBuilder text = new StringBuilder("# Written by ./suite up; read by ./suite status and ./suite down.\n");
        // values are plain (ports, host:port, absolute paths): no escaping needed for java.util.Properties
        p.forEach((k, v) -> text.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, portsFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort
        }
    }

    /** A user-facing error: printed as "error: message", exit code 1. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }
}
