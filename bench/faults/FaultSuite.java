import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fault suite (bench/faults.sh): a mixed load across the services, SIGKILL of one component at a time
 * (PostgreSQL, the Kafka broker, each service), the component brought back by ./suite up, and after each round the
 * invariants checked against the databases and Kafka. Then a replay: a consumer group reset to offset 0 must leave
 * its consumer's tables unchanged. See docs/reliability.md.
 */
public final class FaultSuite {

    // ------------------------------------------------------------------------------------------------ options

    static final class Options {
        boolean quick;
        List<String> faults = new ArrayList<>(Stack.components());
        List<Integer> outages;
        int rounds;
        int preSeconds;
        int postSeconds;
        int settleStable;
        int settleMax;
        boolean replay = true;
        Boolean down;
        double pace = 1.0;
        int inventoryClients = 2;
        int burst = 6;
        Path out;
        String command;
    }

    static Options parse(String[] args) {
        Options o = new Options();
        List<String> faults = null;
        Integer outage = null;
        Integer rounds = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--quick" -> o.quick = true;
                case "--full" -> o.quick = false;
                case "--faults" -> faults = List.of(value(args, ++i, a).split(","));
                case "--outage" -> outage = Integer.parseInt(value(args, ++i, a));
                case "--rounds" -> rounds = Integer.parseInt(value(args, ++i, a));
                case "--pace" -> o.pace = Double.parseDouble(value(args, ++i, a));
                case "--inventory-clients" -> o.inventoryClients = Integer.parseInt(value(args, ++i, a));
                case "--burst" -> o.burst = Integer.parseInt(value(args, ++i, a));
                case "--no-replay" -> o.replay = false;
                case "--down" -> o.down = true;
                case "--keep-up" -> o.down = false;
                case "--out" -> o.out = Path.of(value(args, ++i, a));
                case "-h", "--help" -> {
                    usage();
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + a + " (--help lists them)");
            }
        }
        if (faults != null) {
            o.faults = new ArrayList<>();
            for (String f : faults) {
                o.faults.add(component(f.trim()));
            }
        }
        if (o.quick) {
            o.rounds = rounds == null ? 1 : rounds;
            o.outages = List.of(outage == null ? 4 : outage);
            o.preSeconds = 4;
            o.postSeconds = 3;
            o.settleStable = 10;
            o.settleMax = 60;
        } else {
            o.rounds = rounds == null ? 2 : rounds;
            o.outages = outage == null ? List.of(5, 20) : List.of(outage);
            o.preSeconds = 20;
            o.postSeconds = 20;
            o.settleStable = 30;
            o.settleMax = 180;
        }
        o.command = "bench/faults.sh" + (args.length == 0 ? "" : " " + String.join(" ", args));
        return o;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String component(String name) {
        return switch (name) {
            case "postgres", "postgresql", "pg" -> Stack.POSTGRES;
            case "kafka" -> Stack.KAFKA;
            default -> {
                String s = name.endsWith("-service") ? name : name + "-service";
                if (s.equals("inventory-service")) {
                    s = "inventory-transfer-service";
                }
                if (!Stack.SERVICES.contains(s)) {
                    throw new IllegalArgumentException("unknown component " + name + " (postgres, kafka, " + Stack.SERVICES + ")");
                }
                yield s;
            }
        };
    }

    static void usage() {
        System.out.println("""
                usage: bench/faults.sh [--quick] [options]

                  --quick              one round per component (PostgreSQL, Kafka, the five services), 4 s outages,
                                       short load between faults: for CI, about 7 minutes with the suite start
                  (default: full)      2 rounds per component, outages of 5 s and 20 s, 20 s of load before each
                                       fault and after recovery, longer settling
                  --faults LIST        components to kill, comma-separated, in this order:
                                       postgres,kafka,dispatch,inventory-transfer,fleet,field,billing (default: all)
                  --outage SECONDS     one outage length for every round
                  --rounds N           rounds per component
                  --pace X             load rate factor (1.0: about 10 requests/s over 5 clients)
                  --inventory-clients N  transfer-note clients (default 2)
                  --burst N            drafts each transfer-note client holds back and approves at once right
                                       before each fault, so that the consumer has a queue (default 6)
                  --no-replay          skip the consumer-group replay check
                  --down / --keep-up   stop the suite at the end / leave it running (default: as found)
                  --out FILE           the markdown report (default docs/bench/faults-<date>-<quick|full>.md)

                Exit status: 0 every invariant held; 1 an invariant failed; 2 bad usage or missing prerequisites;
                3 the suite could not be brought back.""");
    }

    // ------------------------------------------------------------------------------------------------ state

    private final Options o;
    private final Stack stack;
    private final Db db;
    private final KafkaSide kafka;
    private final Checks checks;
    private final Path work;
    private final long t0 = System.currentTimeMillis();
    private final String run;
    private Load load;
    private boolean startedSuite;
    private volatile boolean finished;
    private Thread main;
    private final List<Round> rounds = new ArrayList<>();
    private Replay replay;
    private final StringBuilder notes = new StringBuilder();
    private int tenantCounter;

    FaultSuite(Options o, Path root) {
        this.o = o;
        this.stack = new Stack(root);
        this.db = new Db(stack);
        this.kafka = new KafkaSide(stack);
        this.checks = new Checks(db, kafka);
        this.run = DateTimeFormatter.ofPattern("MMddHHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        this.work = stack.state.resolve("faults").resolve(run);
    }

    /** One fault and what was found after it. */
    static final class Round {
        int number;
        String component;
        int outage;
        String tenant;
        List<Long> killed;
        long killedAt;
        long restartedAt;
        long upAt;
        long readyAt;
        int upExit;
        long caughtUpAt = -1;
        Checks.Facts facts;
        long lagBackAt = -1;
        boolean lagBack;
        long recoveredAt = -1;
        String error;
        String metrics = "";
        Map<String, double[]> metricsBefore = Map.of();
        List<String> logLines = new ArrayList<>();

        boolean passed() {
            return error == null && facts != null && facts.consistent() && lagBack;
        }
    }

    static final class Replay {
        Map<String, Long> replayed = new LinkedHashMap<>();
        long seconds;
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        Set<String> changedTenants = new LinkedHashSet<>();
        Set<String> healedTenants = new LinkedHashSet<>();
        long newlyApplied;
        String error;

        boolean passed() {
            return error == null && changedTenants.stream().allMatch(healedTenants::contains);
        }
    }

    // ------------------------------------------------------------------------------------------------ main

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path root = Path.of(System.getProperty("opsuite.root", ".")).toAbsolutePath().normalize();
        FaultSuite suite = new FaultSuite(o, root);
        suite.main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(suite::onExit, Stack.CLEANUP_THREAD));
        int code;
        try {
            code = suite.execute();
        } catch (Stack.Interrupted e) {
            code = 130;
        } catch (Exception e) {
            System.err.println("error: " + e.getMessage());
            e.printStackTrace(System.err);
            code = 3;
        }
        if (Stack.aborting) {
            return; // the shutdown hook cleans up, then the JVM exits
        }
        suite.finished = true;
        suite.cleanUp(false);
        System.exit(code);
    }

    private int execute() throws Exception {
        Files.createDirectories(work);
        say("fault suite (" + (o.quick ? "quick" : "full") + "), run " + run + ", work folder " + stack.root.relativize(work));
        say("faults: " + o.faults.stream().map(Stack::label).collect(Collectors.joining(", ")) + "; " + o.rounds
                + " round(s) each, outages " + o.outages + " s");
        List<String> missing = stack.missing();
        if (missing.size() == Stack.components().size()) {
            say("the suite is not running: ./suite up");
            startedSuite = true;
        } else if (!missing.isEmpty()) {
            say("not running: " + missing + "; ./suite up starts them");
        }
        if (!missing.isEmpty() || !stack.allReady()) {
            long t = System.currentTimeMillis();
            int exit = stack.up(work.resolve("suite-up.log"), Duration.ofSeconds(300));
            if (exit != 0 || !awaitReady(Duration.ofSeconds(120))) {
                say("./suite up failed (exit " + exit + "); see " + work.resolve("suite-up.log"));
                return 3;
            }
            say("suite up in " + secs(System.currentTimeMillis() - t) + " s");
        }
        if (o.down == null) {
            o.down = startedSuite;
        }
        environment();

        load = new Load(stack, work.resolve("journal.tsv"), o.pace);
        String tenant = nextTenant();
        load.start(tenant, o.inventoryClients);
        say("load started: " + o.inventoryClients + " transfer-note clients, billing, fleet fines, field service calls (tenant "
                + tenant + ")");

        List<String[]> plan = new ArrayList<>();
        for (int r = 0; r < o.rounds; r++) {
            for (String c : o.faults) {
                plan.add(new String[] {c, String.valueOf(o.outages.get(r % o.outages.size()))});
            }
        }
        for (int i = 0; i < plan.size(); i++) {
            Round round = new Round();
            round.number = i + 1;
            round.component = plan.get(i)[0];
            round.outage = Integer.parseInt(plan.get(i)[1]);
            round.tenant = tenant;
            rounds.add(round);
            boolean last = i == plan.size() - 1;
            tenant = last ? null : nextTenant();
            if (!fault(round, plan.size(), tenant)) {
                say("cannot go on: the suite did not come back");
                report();
                return 3;
            }
            say(row(round, i == 0));
        }
        if (o.replay) {
            replay = replay();
        }
        report();
        boolean passed = rounds.stream().allMatch(Round::passed) && (replay == null || replay.passed());
        return passed ? 0 : 1;
    }

    /** One round: load, kill, outage, ./suite up, recovery, the tenant's load stops, settle, check. */
    private boolean fault(Round r, int total, String nextTenant) throws Exception {
        say("");
        say("round " + r.number + "/" + total + ": SIGKILL " + Stack.label(r.component) + ", " + r.outage + " s down (tenant "
                + r.tenant + ")");
        if (!awaitReady(Duration.ofSeconds(120))) {
            r.error = "the suite was not ready before the fault";
        }
        Stack.sleep(o.preSeconds * 1000L);
        // held drafts approved at once: the consumer has a queue when the fault strikes
        r.metricsBefore = scrape();
        load.burst(o.burst, 30_000);
        Stack.sleep(150);
        r.killedAt = System.currentTimeMillis();
        r.killed = stack.kill(r.component);
        say("  killed " + Stack.label(r.component) + " (pid" + (r.killed.size() > 1 ? "s " : " ") + summary(r.killed) + ")");
        if (Stack.SERVICES.contains(r.component)) {
            copyLog(r.component, "round-" + r.number + "-" + r.component + "-killed.log");
        }
        Stack.sleep(r.outage * 1000L);
        r.restartedAt = System.currentTimeMillis();
        Path log = work.resolve("round-" + r.number + "-suite-up.log");
        r.upExit = stack.up(log, Duration.ofSeconds(300));
        r.upAt = System.currentTimeMillis();
        if (r.upExit != 0) {
            say("  ./suite up exited " + r.upExit + " after " + secs(r.upAt - r.restartedAt) + " s; once more");
            r.upExit = stack.up(log, Duration.ofSeconds(300));
            r.upAt = System.currentTimeMillis();
        }
        if (stack.missing().contains(r.component)) {
            r.error = "./suite up did not start " + Stack.label(r.component) + " again (see " + stack.root.relativize(log) + ")";
            return false;
        }
        if (!awaitReady(Duration.ofSeconds(120))) {
            r.error = "services not ready 120 s after ./suite up";
        }
        r.readyAt = System.currentTimeMillis();
        say("  ./suite up " + secs(r.upAt - r.restartedAt) + " s (exit " + r.upExit + "), all ready "
                + secs(r.readyAt - r.restartedAt) + " s after the restart");

        // The load goes on until the pipeline has caught up (nothing older than 1 s unapplied), 60 s at most.
        // Events left unapplied behind their consumer's committed offset will not come: no use waiting for them.
        long until = r.restartedAt + 60_000;
        int good = 0;
        int passed = 0;
        String stuck = null;
        while (System.currentTimeMillis() < until) {
            long outstanding = safeOutstanding(r.tenant, 1000);
            long now = System.currentTimeMillis();
            good = outstanding == 0 ? good + 1 : 0;
            if (good >= 2) {
                r.caughtUpAt = now;
                break;
            }
            passed = outstanding > 0 && now > r.readyAt + 5000 && passedBy(r.tenant, 1000) ? passed + 1 : 0;
            if (passed >= 3) {
                stuck = outstanding + " event(s) unapplied that the consumers have read past";
                break;
            }
            Stack.sleep(1000);
        }
        say(r.caughtUpAt > 0 ? "  caught up " + secs(r.caughtUpAt - r.restartedAt) + " s after the restart"
                : "  NOT caught up " + secs(System.currentTimeMillis() - r.restartedAt) + " s after the restart"
                        + (stuck == null ? "" : ": " + stuck));
        Stack.sleep(o.postSeconds * 1000L);

        // This tenant's load stops (the clients move on to the next tenant, or stop after the last round).
        if (nextTenant == null) {
            load.stop();
        } else {
            load.switchTo(nextTenant);
            long deadline = System.currentTimeMillis() + 30_000;
            while (!load.leftTenant(r.tenant) && System.currentTimeMillis() < deadline) {
                Stack.sleep(200);
            }
        }
        settle(r);
        r.metrics = metricsSummary(r.metricsBefore, scrape());
        r.facts = checks.check(r.tenant, load.calls(r.tenant));
        evaluate(r);
        return true;
    }

    /** Waits until every event of the tenant is applied, or nothing moved for settleStable seconds, or settleMax. */
    private void settle(Round r) {
        long start = System.currentTimeMillis();
        long last = -2;
        long lastChange = start;
        int passed = 0;
        while (System.currentTimeMillis() - start < o.settleMax * 1000L) {
            long outstanding = safeOutstanding(r.tenant, 0);
            long fines;
            try {
                fines = checks.finesNotPublished(r.tenant);
            } catch (Exception e) {
                fines = -1;
            }
            long now = System.currentTimeMillis();
            if (outstanding == 0 && fines == 0) {
                say("  settled " + secs(now - start) + " s after the tenant's load stopped");
                return;
            }
            long state = outstanding * 100_000 + fines;
            if (state != last) {
                last = state;
                lastChange = now;
            }
            passed = outstanding > 0 && fines == 0 && passedBy(r.tenant, 0) ? passed + 1 : 0;
            if (passed >= 2) {
                say("  NOT settled: " + outstanding + " event(s) unapplied that the consumers have read past");
                return;
            }
            if (now - lastChange > 3 * o.settleStable * 1000L) {
                say("  NOT settled: " + outstanding + " event(s) unapplied, " + fines + " fine(s) not on Kafka, unchanged for "
                        + 3 * o.settleStable + " s");
                return;
            }
            Stack.sleep(2000);
        }
        say("  NOT settled within " + o.settleMax + " s");
    }

    private boolean passedBy(String tenant, long minAge) {
        try {
            return checks.unappliedPassedBy(tenant, minAge);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Prometheus (through the management URL): count and sum of the relay lag timer of each producing service and of
     * the inbox lag timer of each consumer; "relay inventory-transfer" -> {count, sum}.
     */
    private Map<String, double[]> scrape() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String service : List.of("inventory-transfer-service", "billing-service", "fleet-service", "dispatch-service")) {
            for (String line : stack.metrics(service).split("\n")) {
                String key;
                if (line.startsWith("opsuite_outbox_relay_lag_seconds_count ") || line.startsWith("opsuite_outbox_relay_lag_seconds_sum ")) {
                    key = "relay " + service.replace("-service", "");
                } else if (line.startsWith("opsuite_inbox_lag_seconds_count{") || line.startsWith("opsuite_inbox_lag_seconds_sum{")) {
                    key = "inbox " + line.replaceAll(".*consumer=\"[^\"]*\\.([^\"]+)\".*", "$1");
                } else {
                    continue;
                }
                double[] v = out.computeIfAbsent(key, k -> new double[2]);
                try {
                    double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    v[line.contains("_count") ? 0 : 1] = value;
                } catch (NumberFormatException e) {
                    // skip
                }
            }
        }
        return out;
    }

    /** The mean relay and inbox lag over the round, from the timers' count and sum (a restarted service starts at 0). */
    private static String metricsSummary(Map<String, double[]> before, Map<String, double[]> after) {
        List<String> parts = new ArrayList<>();
        for (var e : after.entrySet()) {
            double[] b = before.getOrDefault(e.getKey(), new double[2]);
            double[] a = e.getValue();
            boolean restarted = a[0] < b[0];
            double n = restarted ? a[0] : a[0] - b[0];
            double sum = restarted ? a[1] : a[1] - b[1];
            if (n > 0) {
                parts.add(String.format(Locale.ROOT, "%s %.0f ms over %.0f", e.getKey(), 1000 * sum / n, n));
            }
        }
        return String.join(", ", parts);
    }

    private long safeOutstanding(String tenant, long minAge) {
        try {
            return checks.outstanding(tenant, minAge);
        } catch (IllegalStateException e) {
            return -1; // database away
        }
    }

    /** Lag back under 1 s, time to recover, and the log lines of dead-lettered events. */
    private void evaluate(Round r) {
        Checks.Facts f = r.facts;
        long lagBack = r.restartedAt;
        boolean never = false;
        for (Checks.Flow flow : List.of(f.receipts, f.invoices, f.fines)) {
            if (flow.lost > 0) {
                never = true;
            }
            lagBack = Math.max(lagBack, flow.lastSlowApply(r.killedAt - 10_000));
        }
        r.lagBackAt = never ? -1 : lagBack;
        r.lagBack = !never && lagBack - r.restartedAt <= 60_000;
        r.recoveredAt = never ? -1 : Math.max(r.readyAt, lagBack);
        // "gives up on event <id>" lines of the services that dead-lettered this tenant's events
        Set<String> ids = f.deadLetters.stream().map(KafkaSide.Event::id).filter(i -> i != null).collect(Collectors.toSet());
        if (!ids.isEmpty()) {
            for (String service : Stack.SERVICES) {
                for (Path log : List.of(stack.state.resolve("logs/" + service + ".log"), stack.state.resolve("logs/" + service + ".log.1"))) {
                    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                        lines.filter(l -> l.contains("gives up on event") && ids.stream().anyMatch(l::contains))
                                .forEach(l -> r.logLines.add(service + ": " + logLine(l)));
                    } catch (IOException | java.io.UncheckedIOException e) {
                        // no such log
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ replay

    /**
     * Stops each consumer's service, resets its group to the earliest offsets, starts it again and waits until it
     * has read everything again: its tables must be as before (per tenant checksums).
     */
    private Replay replay() {
        Replay rp = new Replay();
        say("");
        say("replay: inventory-transfer-service and dispatch-service groups reset to offset 0");
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("inventory_transfer", List.of("transfer_dispatch_note", "stock_level", "stock_movement", "processed_event"));
        tables.put("dispatch", List.of("invoice_projection", "processed_event"));
        Map<String, String> groups = Map.of("inventory-transfer-service", "inventory-transfer-service",
                "dispatch-service", "dispatch-service");
        try {
            for (var e : tables.entrySet()) {
                checks.checksums(e.getKey(), e.getValue()).forEach((k, v) -> rp.before.put(e.getKey() + "." + k, v));
            }
            for (String service : groups.keySet()) {
                boolean graceful = stack.stopGracefully(service, Duration.ofSeconds(30));
                say("  stopped " + service + (graceful ? "" : " (SIGKILL after 30 s)"));
            }
            for (var g : groups.entrySet()) {
                long n = kafka.resetToEarliest(g.getValue(), Duration.ofSeconds(40));
                rp.replayed.put(g.getValue(), n);
                say("  group " + g.getValue() + " reset: " + n + " records to read again");
            }
            long t = System.currentTimeMillis();
            int exit = stack.up(work.resolve("replay-suite-up.log"), Duration.ofSeconds(300));
            if (exit != 0 || !awaitReady(Duration.ofSeconds(120))) {
                rp.error = "./suite up after the reset failed (exit " + exit + ")";
                return rp;
            }
            long deadline = System.currentTimeMillis() + 180_000;
            while (System.currentTimeMillis() < deadline
                    && groups.values().stream().anyMatch(g -> kafka.lag(g) != 0)) {
                Stack.sleep(1000);
            }
            rp.seconds = (System.currentTimeMillis() - t) / 1000;
            if (groups.values().stream().anyMatch(g -> kafka.lag(g) != 0)) {
                rp.error = "the consumers did not read everything again within 180 s";
            }
            Stack.sleep(2000);
            for (var e : tables.entrySet()) {
                checks.checksums(e.getKey(), e.getValue()).forEach((k, v) -> rp.after.put(e.getKey() + "." + k, v));
            }
            Set<String> keys = new LinkedHashSet<>(rp.before.keySet());
            keys.addAll(rp.after.keySet());
            for (String k : keys) {
                if (!String.valueOf(rp.before.get(k)).equals(String.valueOf(rp.after.get(k)))) {
                    String tenant = k.substring(k.indexOf(' ') + 1);
                    rp.changedTenants.add(tenant);
                    if (k.contains(".processed_event ")) {
                        rp.healedTenants.add(tenant); // events applied for the first time now: they had been lost
                        rp.newlyApplied += rows(rp.after.get(k)) - rows(rp.before.get(k));
                    }
                }
            }
            say("  read again in " + rp.seconds + " s; " + (rp.changedTenants.isEmpty() ? "every checksum unchanged"
                    : "changed: tenants " + rp.changedTenants + " (" + rp.newlyApplied + " events applied for the first time)"));
        } catch (Exception e) {
            rp.error = e.getMessage();
            say("  replay failed: " + e.getMessage());
            if (!stack.missing().isEmpty()) {
                stack.up(work.resolve("replay-suite-up.log"), Duration.ofSeconds(300));
            }
        }
        return rp;
    }

    private static final java.util.regex.Pattern JSON_FIELD =
            java.util.regex.Pattern.compile("\"(timestamp|level|message)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A log line as text: the services log JSON (timestamp, level, message, then the exception's message). */
    static String logLine(String line) {
        String l = line.strip();
        if (!l.startsWith("{")) {
            return l.length() > 400 ? l.substring(0, 400) + " ..." : l;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        java.util.regex.Matcher m = JSON_FIELD.matcher(l);
        while (m.find()) {
            if (m.group(1).equals("message")) {
                messages.add(m.group(2));
            } else {
                fields.putIfAbsent(m.group(1), m.group(2));
            }
        }
        String text = fields.getOrDefault("timestamp", "") + " " + fields.getOrDefault("level", "") + " "
                + (messages.isEmpty() ? "" : messages.get(0)) + (messages.size() > 1 ? " — " + messages.get(1) : "");
        return text.strip();
    }

    private static long rows(String checksum) {
        if (checksum == null) {
            return 0;
        }
        int open = checksum.lastIndexOf('(');
        return Long.parseLong(checksum.substring(open + 1, checksum.indexOf(' ', open)));
    }

    // ------------------------------------------------------------------------------------------------ report

    private String environment;

    private void environment() {
        String cpu = "";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst("^model name\\s*:\\s*", ""))
                    .orElse("");
        } catch (IOException e) {
            // unknown
        }
        String mem = "";
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            mem = lines.filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> String.format(Locale.ROOT, "%.0f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0)).orElse("");
        } catch (IOException e) {
            // unknown
        }
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            load = "?";
        }
        String pg = "?";
        try {
            pg = String.valueOf(db.rows("postgres", "show server_version").get(0)[0]);
        } catch (IllegalStateException e) {
            // unknown
        }
        String commit = Stack.run(List.of("git", "-C", stack.root.toString(), "rev-parse", "--short", "HEAD"), Duration.ofSeconds(5)).strip();
        String branch = Stack.run(List.of("git", "-C", stack.root.toString(), "rev-parse", "--abbrev-ref", "HEAD"), Duration.ofSeconds(5)).strip();
        environment = Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + mem + " RAM, load average "
                + load + " at the start; Java " + System.getProperty("java.version") + ", PostgreSQL " + pg
                + ", Kafka 4.2.1; commit " + commit + " (" + branch + ")";
    }

    static final String HEADER = "| # | fault (SIGKILL) | down | ready after restart | HTTP 2xx / failed | 2xx not in DB "
            + "| receipts approved / booked / lost / twice | invoices issued / projected / lost / twice "
            + "| fines recorded / on Kafka / lost / twice | relay re-sent | DLQ | stock, WAC, in transit, notes off "
            + "| lag < 1 s again | recovered | result |";
    static final String RULE = "|---:|---|---:|---:|---:|---:|---|---|---|---:|---:|---:|---:|---:|---|";

    private String row(Round r, boolean console) {
        Checks.Facts f = r.facts;
        String result = r.passed() ? "pass" : "**FAIL**";
        if (f == null) {
            return "| " + r.number + " | " + Stack.label(r.component) + " | " + r.outage + " s | | | | | | | | | | | | **FAIL**: "
                    + r.error + " |";
        }
        String row = "| " + r.number + " | " + Stack.label(r.component) + " | " + r.outage + " s | "
                + secs(r.readyAt - r.restartedAt) + " s | " + f.ok + " / " + f.failed + " | " + f.ackedMissing + " | "
                + f.receipts.cell() + " | " + f.invoices.cell() + " | " + f.fines.cell() + " | "
                + (f.receipts.redelivered + f.invoices.redelivered + f.fines.redelivered) + " | " + f.deadLetters.size() + " | "
                + f.stockOff + ", " + f.wacOff + ", " + f.transitOff + ", " + f.notesOff + " | "
                + (r.lagBackAt < 0 ? "never" : secs(Math.max(0, r.lagBackAt - r.restartedAt)) + " s") + " | "
                + (r.recoveredAt < 0 ? "never" : secs(r.recoveredAt - r.killedAt) + " s") + " | " + result
                + (r.error == null ? "" : ": " + r.error) + " |";
        return console ? HEADER + "\n" + row : row;
    }

    private void report() {
        StringBuilder md = new StringBuilder();
        String date = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(t0).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        md.append("### Fault suite, ").append(o.quick ? "quick" : "full").append(", ").append(date).append("\n\n");
        md.append("Command: `").append(o.command).append("` (").append(secs(System.currentTimeMillis() - t0))
                .append(" s in all").append(startedSuite ? ", including `./suite up`" : "").append(")  \n");
        md.append("Machine: ").append(environment).append("  \n");
        md.append("Load: ").append(o.inventoryClients).append(" transfer-note clients (draft, dispatch, goods receipt), billing "
                + "(order, invoice, issue), fleet (fine letters), field service (service calls), pace ").append(o.pace)
                .append("; ").append(o.preSeconds).append(" s of load before each fault, ").append(o.postSeconds)
                .append(" s after the pipeline caught up.\n\n");
        md.append(HEADER).append('\n').append(RULE).append('\n');
        for (Round r : rounds) {
            md.append(row(r, false)).append('\n');
        }
        if (replay != null) {
            md.append("\nReplay (groups reset to offset 0 with the services stopped, then started): ");
            md.append(replay.replayed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " records")
                    .collect(Collectors.joining(", ")));
            md.append(", read again in ").append(replay.seconds).append(" s: ");
            if (replay.error != null) {
                md.append("**FAIL**: ").append(replay.error);
            } else if (replay.changedTenants.isEmpty()) {
                md.append("every consumer table unchanged (checksums of ")
                        .append(replay.before.size()).append(" table/tenant pairs) — **pass**");
            } else {
                md.append(replay.passed() ? "" : "**FAIL**: ").append("tables changed for tenants ").append(replay.changedTenants)
                        .append("; ").append(replay.newlyApplied).append(" event(s) applied for the first time (dead-lettered earlier)")
                        .append(replay.passed() ? ": only the lost events were applied, nothing twice — **pass** (the loss is the round's failure)"
                                : "; tenants changed without a newly applied event: "
                                        + replay.changedTenants.stream().filter(t -> !replay.healedTenants.contains(t)).toList());
            }
            md.append('\n');
        }
        md.append("\nColumns: *down* = seconds between the SIGKILL and `./suite up`; *ready after restart* = until every service "
                + "answered ready; *lost* = committed, never applied (never published, for fines); *twice* = applied more than "
                + "once; *relay re-sent* = Kafka records beyond one per event id (deduplicated by the inbox); *DLQ* = the "
                + "tenant's records in `*.dlq.*` topics; *lag < 1 s again* = from the restart until the last event applied "
                + "1 s or more after its commit; *recovered* = from the SIGKILL until that and every service ready.\n");
        details(md);
        String text = md.toString();
        System.out.println();
        System.out.println(text);
        Path out = o.out != null ? o.out : stack.root.resolve("docs/bench/faults-" + date.substring(0, 10) + "-"
                + (o.quick ? "quick" : "full") + ".md");
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, text, StandardCharsets.UTF_8);
            Files.writeString(work.resolve("report.md"), text, StandardCharsets.UTF_8);
            say("report written to " + out);
        } catch (IOException e) {
            say("cannot write " + out + ": " + e.getMessage());
        }
    }

    private void details(StringBuilder md) {
        StringBuilder d = new StringBuilder();
        for (Round r : rounds) {
            Checks.Facts f = r.facts;
            if (f == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            if (!f.failedByKind.isEmpty()) {
                lines.add("failed requests: " + f.failedByKind.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey())
                        .collect(Collectors.joining(", ")));
            }
            lines.add("consumers' inbox rows: receipt-summary " + f.receiptEventsApplied + ", invoice-projection "
                    + f.invoiceEventsApplied + "; events on Kafka: receipts " + f.receipts.published + "/" + f.receipts.committed
                    + ", invoices " + f.invoices.published + "/" + f.invoices.committed + "; service calls " + f.serviceCalls
                    + "; lag median / max: receipts " + f.receipts.medianLag() + " / " + f.receipts.maxLag() + " ms, invoices "
                    + f.invoices.medianLag() + " / " + f.invoices.maxLag() + " ms, fines (relay) " + f.fines.medianLag() + " / "
                    + f.fines.maxLag() + " ms");
            f.ackedMissingExamples.forEach(lines::add);
            for (Checks.Flow flow : List.of(f.receipts, f.invoices, f.fines)) {
                if (!flow.lostIds.isEmpty()) {
                    lines.add(flow.name + " lost: " + String.join(", ", flow.lostIds.subList(0, Math.min(10, flow.lostIds.size())))
                            + (flow.lostIds.size() > 10 ? ", ..." : ""));
                }
            }
            if (!f.deadLetters.isEmpty()) {
                Map<String, Long> byTopic = f.deadLetters.stream().collect(Collectors.groupingBy(KafkaSide.Event::topic,
                        LinkedHashMap::new, Collectors.counting()));
                lines.add("dead letters: " + byTopic + "; first reason: `" + String.valueOf(f.deadLetters.get(0).deadLetterReason())
                        .replace('\n', ' ').replace("`", "'") + "`");
            }
            if (!r.metrics.isEmpty()) {
                lines.add("Prometheus mean lag over the round (timer sum / count): " + r.metrics);
            }
            r.logLines.stream().limit(3).forEach(l -> lines.add("log: `" + l.replace("`", "'") + "`"));
            f.stockExamples.forEach(lines::add);
            if (r.error != null) {
                lines.add("error: " + r.error);
            }
            d.append("- round ").append(r.number).append(" (").append(Stack.label(r.component)).append(", tenant `")
                    .append(r.tenant).append("`): ").append(String.join("; ", lines)).append('\n');
        }
        if (d.length() > 0) {
            md.append("\nDetails:\n\n").append(d);
        }
        if (notes.length() > 0) {
            md.append('\n').append(notes);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private boolean awaitReady(Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (stack.allReady()) {
                return true;
            }
            Stack.sleep(500);
        }
        return false;
    }

    private String nextTenant() {
        return "faults-" + run + "-" + (++tenantCounter);
    }

    private void copyLog(String service, String name) {
        try {
            Files.copy(stack.state.resolve("logs/" + service + ".log"), work.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // evidence only
        }
    }

    private void say(String s) {
        System.out.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.currentTimeMillis() - t0) / 1000.0, s);
        System.out.flush();
    }

    private static String secs(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static String summary(List<Long> pids) {
        return pids.size() <= 3 ? pids.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : pids.get(0) + " and " + (pids.size() - 1) + " processes under it";
    }

    /** Ctrl-C or kill: stop the load, bring back what was killed (or stop the suite we started). */
    private void onExit() {
        if (!finished) {
            Stack.abort();
            System.out.println();
            System.out.println("interrupted: cleaning up");
            try {
                main.join(20_000); // the run unwinds: its waits end, its ./suite command is stopped
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cleanUp(true);
        }
    }

    private synchronized void cleanUp(boolean interrupted) {
        if (load != null) {
            load.stop();
            load = null;
        }
        boolean down = o.down != null ? o.down : startedSuite;
        try {
            if (down) {
                say("./suite down");
                stack.down(work.resolve("suite-down.log"), Duration.ofSeconds(120));
            } else if (!stack.missing().isEmpty() || !stack.allReady()) {
                say("bringing back " + (stack.missing().isEmpty() ? "the suite (not all ready)" : stack.missing()) + ": ./suite up");
                stack.up(work.resolve("cleanup-suite-up.log"), Duration.ofSeconds(300));
            }
        } catch (RuntimeException e) {
            System.err.println("cleanup: " + e.getMessage());
        }
        o.down = false; // once
        if (interrupted) {
            System.out.flush();
        }
    }
}
