package dev.opsuite.dispatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsuite.testing.SuiteStack;
import dev.opsuite.testing.TenantKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Seed 000's measures, on demand (bench/dispatch/create-and-list.sh runs it): create-dispatch throughput and p99 with
 * four clients, and the list with every filter over 200k dispatches (p95). Against the test stack (real PostgreSQL,
 * Kafka, Debezium and the service, in one JVM with its clients), so the numbers carry the clients' CPU too.
 * Writes docs/bench/dispatch-&lt;date&gt;.txt. Sizes: -Dbench.creates (2000), -Dbench.clients (4), -Dbench.dispatches
 * (200000), -Dbench.requests (100 per filter).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class CreateAndListBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int CREATES = Integer.getInteger("bench.creates", 2000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    static final int DISPATCHES = Integer.getInteger("bench.dispatches", 200_000);
    static final int REQUESTS = Integer.getInteger("bench.requests", 100);
    static final int UNITS = 200;
    static final int CUSTOMERS = 500;
    static final int CREATORS = 20;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final String base = ConfigProvider.getConfig().getValue("test.url", String.class).replaceAll("/$", "");
    final List<String> report = new ArrayList<>();

    @Test
    void create_throughput_and_the_list_with_every_filter() throws Exception {
        log("# dispatch-service bench, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        log("machine: " + Runtime.getRuntime().availableProcessors() + " cores; load average at start: " + loadAverage());
        createThroughput();
        list();
        plans();
        log("load average at the end: " + loadAverage());
        Path out = Path.of("../docs/bench/dispatch-" + LocalDate.now(ZoneOffset.UTC) + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /** A fresh tenant with CREATES ready units, each with an open ticket; CLIENTS threads create one dispatch per unit. */
    void createThroughput() throws Exception {
        String tenant = "bench-create-" + System.currentTimeMillis();
        Instant from = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        try (Connection c = TenantKeys.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into transport_unit_projection (tenant_id, id, status, driver_id, vehicle_id, trailer_id,
                        ready_for_order, reasons, unit_version, changed_at)
                    select '%1$s', md5('%1$s' || 'u' || i)::uuid, 'ACTIVE', md5('%1$s' || 'd' || i)::uuid,
                        md5('%1$s' || 'v' || i)::uuid, null, true, '{"lines":[]}', 1, now()
                    from generate_series(0, %2$d) i""".formatted(tenant, CREATES + 100));
            s.execute("""
                    insert into trip_ticket_projection (tenant_id, id, number, vehicle_id, registration_number, driver_id,
                        driver_number, trailer_id, transport_unit_id, planned_from, planned_to, order_reference, status)
                    select '%1$s', md5('%1$s' || 't' || i)::uuid, 'TT-2026-' || lpad(i::text, 6, '0'),
                        md5('%1$s' || 'v' || i)::uuid, '1AB ' || i, md5('%1$s' || 'd' || i)::uuid, 'D-' || i, null,
                        md5('%1$s' || 'u' || i)::uuid, '%3$s'::timestamptz, '%3$s'::timestamptz + interval '10 hours', null, 'OPEN'
                    from generate_series(0, %2$d) i""".formatted(tenant, CREATES + 100, from));
        }
        String token = SuiteStack.bearer(tenant, "dispatcher");
        List<String> bodies = new ArrayList<>();
        try (Connection c = TenantKeys.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id, transport_unit_id from trip_ticket_projection where tenant_id = '"
                     + tenant + "' order by number")) {
            while (r.next()) {
                bodies.add("{\"tripTicketId\":\"" + r.getString(1) + "\",\"datetime\":\"" + from.plus(1, ChronoUnit.HOURS)
                        + "\",\"unit\":\"" + r.getString(2) + "\"}");
            }
        }
        // Warm-up: the first 100 (JIT, connection pools), not counted.
        for (String body : bodies.subList(0, 100)) {
            post(token, body);
        }
        List<String> measured = bodies.subList(100, 100 + CREATES);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int k = 0; k < CLIENTS; k++) {
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < measured.size(); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    int status = post(token, measured.get(i));
                    latencies.add((System.nanoTime() - t0) / 1e6);
                    if (status != 201) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        log("");
        log("## POST /dispatch: " + CREATES + " dispatches, " + CLIENTS + " clients (tenant " + tenant + ")");
        log(String.format(Locale.ROOT, "created %d, failed %d in %.2f s = %.1f dispatches/s; latency ms %s",
                CREATES - failed.get(), failed.get(), seconds, CREATES / seconds, stats(latencies)));
        assertThat(failed.get()).isZero();
    }

    /** DISPATCHES dispatches of one tenant loaded through SQL, then REQUESTS GET /dispatch per filter, totals checked. */
    void list() throws Exception {
        String tenant = "bench-list";
        Instant t0 = Instant.now();
        try (Connection c = TenantKeys.connect(); Statement s = c.createStatement()) {
            s.execute("delete from dispatch_invoice where tenant_id = '" + tenant + "'");
            s.execute("delete from dispatch where tenant_id = '" + tenant + "'");
            s.execute(LOAD.formatted(tenant, DISPATCHES, UNITS, CUSTOMERS, CREATORS));
            s.execute(LINKS.formatted(tenant));
            s.execute("vacuum (analyze) dispatch");
            s.execute("vacuum (analyze) dispatch_invoice");
        }
        log("");
        log(String.format(Locale.ROOT, "## GET /dispatch over %d dispatches (tenant %s; %d units, %d customers, %d creators), "
                + "loaded in %d s; page size 20, %d requests per filter after 3 warm-ups", DISPATCHES, tenant, UNITS,
                CUSTOMERS, CREATORS, Duration.between(t0, Instant.now()).toSeconds(), REQUESTS));
        log(String.format(Locale.ROOT, "%-34s %8s %s", "filter", "total50", "latency ms (n p50 p95 p99 max)"));
        String token = SuiteStack.bearer(tenant, "operations-manager");
        for (Map.Entry<String, List<String>> filter : filters(tenant).entrySet()) {
            List<Double> latencies = new ArrayList<>();
            List<Long> totals = new ArrayList<>();
            List<String> queries = filter.getValue();
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = get(token, "/dispatch?size=20" + queries.get(i));
                double ms = (System.nanoTime() - start) / 1e6;
                assertThat(answer.statusCode()).as(queries.get(i)).isEqualTo(200);
                if (i >= 3) {
                    latencies.add(ms);
                    totals.add(JSON.readTree(answer.body()).get("total").asLong());
                }
            }
            Collections.sort(totals);
            log(String.format(Locale.ROOT, "%-34s %8d %s", filter.getKey(), totals.get(totals.size() / 2), stats(latencies)));
        }
    }

    /**
     * EXPLAIN (ANALYZE, BUFFERS) of the list's page and count queries, written as Hibernate sends them (tenant, not
     * deleted, the filter, order by datetime desc, id), for one value of each filter: docs/bench/dispatch-list-plans.txt;
     * the access path of each is logged.
     */
    void plans() throws Exception {
        String tenant = "bench-list";
        String unit;
        String customer;
        try (Connection c = TenantKeys.connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select unit_id from dispatch where tenant_id = '" + tenant + "' limit 1")) {
                r.next();
                unit = r.getString(1);
            }
            try (ResultSet r = s.executeQuery("select customer_id from dispatch_invoice where tenant_id = '" + tenant
                    + "' limit 1")) {
                r.next();
                customer = r.getString(1);
            }
        }
        String month = "d.datetime >= date_trunc('month', now() - interval '200 days') "
                + "and d.datetime < date_trunc('month', now() - interval '200 days') + interval '1 month'";
        Map<String, String> where = new LinkedHashMap<>();
        where.put("none", "true");
        where.put("from/to (one month)", month);
        where.put("unit", "d.unit_id = '" + unit + "'");
        where.put("customerId", "exists (select 1 from dispatch_invoice l where l.tenant_id = d.tenant_id and l.dispatch_id = d.id "
                + "and l.customer_id = '" + customer + "' and l.detached_at is null)");
        where.put("createdBy", "d.created_by = 'dispatcher-7'");
        where.put("status=SCHEDULED", "d.status in ('SCHEDULED')");
        where.put("status=CLOSED", "d.status in ('CLOSED')");
        List<String> plans = new ArrayList<>();
        log("");
        log("## plans (docs/bench/dispatch-list-plans.txt): access path of the page query, then of the count");
        try (Connection c = TenantKeys.connect(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> w : where.entrySet()) {
                String filter = "d.tenant_id = '" + tenant + "' and d.deleted_at is null and " + w.getValue();
                List<String> paths = new ArrayList<>();
                for (String sql : List.of("select * from dispatch d where " + filter
                                + " order by d.datetime desc, d.id offset 0 rows fetch first 20 rows only",
                        "select count(*) from dispatch d where " + filter)) {
                    plans.add("-- " + w.getKey() + ": " + sql);
                    StringBuilder path = new StringBuilder();
                    try (ResultSet r = s.executeQuery("explain (analyze, buffers) " + sql)) {
                        while (r.next()) {
                            String line = r.getString(1);
                            plans.add(line);
                            var m = java.util.regex.Pattern.compile("(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan)"
                                    + "( Backward)?( using \\S+)?( on \\S+)?").matcher(line);
                            if (m.find() && path.indexOf(m.group()) < 0) {
                                path.append(path.length() == 0 ? "" : "; ").append(m.group());
                            }
                            if (line.startsWith("Execution Time")) {
                                path.append(" (").append(line.replace("Execution Time: ", "")).append(")");
                            }
                        }
                    }
                    plans.add("");
                    paths.add(path.toString());
                }
                log(String.format(Locale.ROOT, "%-22s page: %s | count: %s", w.getKey(), paths.get(0), paths.get(1)));
            }
        }
        Path out = Path.of("../docs/bench/dispatch-list-plans.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, plans);
    }

    /** Per filter, REQUESTS + 3 query strings with values drawn from the data (a fixed order: reruns send the same). */
    Map<String, List<String>> filters(String tenant) throws SQLException {
        Map<String, List<String>> f = new LinkedHashMap<>();
        int n = REQUESTS + 3;
        f.put("none (orderBy datetime desc)", repeat("", n));
        f.put("orderBy=dispatchId&order=asc", repeat("&orderBy=dispatchId&order=asc", n));
        f.put("orderBy=dateCreated", repeat("&orderBy=dateCreated", n));
        f.put("from/to (one month)", values(n, "select '&from=' || m::date || '&to=' || (m + interval '1 month')::date "
                + "from generate_series(date_trunc('month', now() - interval '390 days'), now() + interval '30 days', "
                + "interval '1 month') m"));
        f.put("unit", values(n, "select distinct '&unit=' || unit_id from dispatch where tenant_id = '" + tenant + "'"));
        f.put("customerId", values(n, "select distinct '&customerId=' || customer_id from dispatch_invoice where tenant_id = '"
                + tenant + "' and detached_at is null"));
        f.put("createdBy", values(n, "select distinct '&createdBy=' || created_by from dispatch where tenant_id = '" + tenant + "'"));
        f.put("status=SCHEDULED", repeat("&status=SCHEDULED", n));
        f.put("status=PENDING,DRAFT", repeat("&status=PENDING,DRAFT", n));
        f.put("status=CLOSED", repeat("&status=CLOSED", n));
        LocalDate month = LocalDate.now(ZoneOffset.UTC).minusDays(200).withDayOfMonth(1);
        LocalDate quarter = LocalDate.now(ZoneOffset.UTC).minusDays(300).withDayOfMonth(1);
        LocalDate year = LocalDate.now(ZoneOffset.UTC).minusDays(400);
        f.put("unit+month+status=CLOSED,COMPLETED", values(n, "select '&unit=' || unit_id || '&from=" + month + "&to="
                + month.plusMonths(1) + "&status=CLOSED,COMPLETED' from (select distinct unit_id from dispatch where tenant_id = '"
                + tenant + "') x"));
        f.put("customerId+from/to (a quarter)", values(n, "select '&customerId=' || customer_id || '&from=" + quarter + "&to="
                + quarter.plusMonths(3) + "' from (select distinct customer_id from dispatch_invoice where tenant_id = '" + tenant
                + "') x"));
        f.put("every filter at once", values(n, "select '&unit=' || d.unit_id || '&customerId=' || l.customer_id || "
                + "'&createdBy=' || d.created_by || '&status=CLOSED,COMPLETED&from=" + year + "&to=" + year.plusYears(1)
                + "' from dispatch d "
                + "join dispatch_invoice l on l.dispatch_id = d.id and l.detached_at is null where d.tenant_id = '" + tenant
                + "' order by md5(d.id::text) limit 200"));
        return f;
    }

    static List<String> repeat(String q, int n) {
        return Collections.nCopies(n, q);
    }

    static List<String> values(int n, String sql) throws SQLException {
        List<String> drawn = new ArrayList<>();
        try (Connection c = TenantKeys.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select q from (" + sql + ") v(q) order by md5(q)")) {
            while (r.next()) {
                drawn.add(r.getString(1));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(drawn.get(i % drawn.size()));
        }
        return out;
    }

    int post(String token, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/dispatch")).header("Authorization", token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path.replace(" ", "%20"))).header("Authorization", token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** "n p50 p95 p99 max" in ms, nearest rank. */
    static String stats(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        return String.format(Locale.ROOT, "%d %.1f %.1f %.1f %.1f", v.size(), rank(v, 0.50), rank(v, 0.95), rank(v, 0.99),
                v.get(v.size() - 1));
    }

    static double rank(List<Double> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }

    void log(String line) {
        System.out.println(line);
        report.add(line);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * 200k dispatches over 200 units: each unit's dispatches 12 h apart (windows of 2 h never overlap), from 400 days
     * ago to about 100 days ahead; the past ones mostly CLOSED, some COMPLETED, CANCELLED or still PENDING/DRAFT; the future ones
     * PENDING, DRAFT or SCHEDULED. 20 creators.
     */
    static final String LOAD = """
            insert into dispatch (id, tenant_id, number, datetime, unit_id, vehicle_id, driver_id, trailer_id, trip_ticket_id,
                trip_ticket_number, order_reference, window_from, window_to, status, invoice_count, departed_at, recipient_name,
                received_at, proof_uploaded, proof_attached, cancel_reason, cancelled_by, cancelled_at, deleted_by, deleted_at,
                history, created_by, created_at, updated_by, updated_at, version)
            select md5('%1$s' || i)::uuid, '%1$s', 'DSP-' || extract(year from dt)::int || '-' || lpad(i::text, 6, '0'), dt,
                md5('%1$s' || 'unit' || (i %% %3$d))::uuid, md5('%1$s' || 'veh' || (i %% %3$d))::uuid,
                md5('%1$s' || 'drv' || (i %% %3$d))::uuid, null, md5('%1$s' || 'tt' || i)::uuid, 'TT-' || i, null,
                dt - interval '1 hour', dt + interval '1 hour', st,
                case when st in ('PENDING', 'CANCELLED') then 0 else 1 + (h %% 2) end,
                case when st in ('DISPATCHED', 'COMPLETED', 'CLOSED') then dt end,
                case when st in ('COMPLETED', 'CLOSED') then 'Recipient ' || (h %% 97) end,
                case when st in ('COMPLETED', 'CLOSED') then dt + interval '3 hours' end, false, false,
                case when st = 'CANCELLED' then 'postponed' end, case when st = 'CANCELLED' then 'dispatcher-1' end,
                case when st = 'CANCELLED' then dt - interval '1 day' end, null, null,
                '{"lines":[{"from":null,"to":"PENDING","by":"dispatcher-1","at":"2025-01-01T00:00:00Z"}]}',
                'dispatcher-' || (h %% %5$d), dt - interval '2 days', 'dispatcher-1', dt - interval '1 day', 0
            from (
                select i, h, dt, case
                    when dt < now() - interval '2 days' then (case when h %% 100 < 80 then 'CLOSED' when h %% 100 < 90 then 'COMPLETED'
                        when h %% 100 < 97 then 'CANCELLED' else 'DRAFT' end)
                    else (case when h %% 3 = 0 then 'PENDING' when h %% 3 = 1 then 'DRAFT' else 'SCHEDULED' end) end st
                from (select i, abs(hashtext('%1$s' || i)) h,
                          date_trunc('day', now()) - interval '400 days' + interval '6 hours'
                              + (i / %3$d) * interval '12 hours' + (i %% %3$d) * interval '1 minute' dt
                      from generate_series(0, %2$d - 1) i) g
            ) x""";

    /** One link per invoice counted, each to one of the customers. */
    static final String LINKS = """
            insert into dispatch_invoice (id, tenant_id, dispatch_id, invoice_id, invoice_number, sales_order_id, customer_id,
                attached_by, attached_at)
            select md5(d.id::text || j)::uuid, d.tenant_id, d.id, md5('inv' || d.id::text || j)::uuid, 'INV-' || d.number || '-' || j,
                md5('so' || d.id::text)::uuid, md5('%1$s' || 'cust' || (abs(hashtext(d.id::text || j)) %% 500))::uuid,
                'dispatcher-1', d.created_at
            from dispatch d, generate_series(1, 2) j
            where d.tenant_id = '%1$s' and j <= d.invoice_count""";
}
