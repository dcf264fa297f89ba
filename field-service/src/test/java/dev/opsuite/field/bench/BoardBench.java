package dev.opsuite.field.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.testing.FieldRequests;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 12's measures, on demand (bench/field/board.sh runs it): GET /board of a day with 50 technicians and 400
 * appointments (p95), and conflict detection under 8 concurrent dispatchers racing for each of SLOTS slots (exactly
 * one winner per slot). Against the test stack, clients in the service's JVM. Writes docs/bench/field-board-&lt;date&gt;.txt.
 * Sizes: -Dbench.technicians (50), -Dbench.appointments (400), -Dbench.requests (200), -Dbench.slots (25).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class BoardBench {

    static final int TECHNICIANS = Integer.getInteger("bench.technicians", 50);
    static final int APPOINTMENTS = Integer.getInteger("bench.appointments", 400);
    static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    static final int SLOTS = Integer.getInteger("bench.slots", 25);
    static final int DISPATCHERS = 8;
    static final String DAY = "2026-09-01";

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final String base = ConfigProvider.getConfig().getValue("test.url", String.class).replaceAll("/$", "");
    final List<String> report = new ArrayList<>();

    @Test
    void the_board_of_a_busy_day_and_eight_dispatchers_racing() throws Exception {
        log("# field-service board bench, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        log("machine: " + Runtime.getRuntime().availableProcessors() + " cores");
        String tenant = "bench-board-" + System.currentTimeMillis();
        String admin = SuiteStack.bearer(tenant, "admin");
        List<String> technicians = new ArrayList<>();
        for (int i = 0; i < TECHNICIANS; i++) {
            technicians.add(FieldRequests.registerTechnician(admin, FieldRequests.technician("tech-" + i, "HVAC", 3))
                    .statusCode(201).extract().path("id"));
        }
        String call = FieldRequests.openCall(admin, FieldRequests.call(FieldRequests.customerId(admin, "Bench", "555-0100"),
                "NORMAL", null)).statusCode(201).extract().path("id");
        // Eight one-hour appointments a technician (07:00-17:00 hours), 400 over 50 technicians.
        Instant day = LocalDate.parse(DAY).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (int i = 0; i < APPOINTMENTS; i++) {
            String job = FieldRequests.createJob(admin, call, FieldRequests.job("Job " + i, "HVAC", 1, 60)).statusCode(201)
                    .extract().path("id");
            Instant start = day.plus(8 + (i / TECHNICIANS) % 8, ChronoUnit.HOURS);
            FieldRequests.assign(admin, job, technicians.get(i % TECHNICIANS), start.toString()).statusCode(201);
        }
        String dispatcher = SuiteStack.bearer(tenant, "dispatcher");
        for (int i = 0; i < 20; i++) {
            get(dispatcher, "/board?date=" + DAY);
        }
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long t0 = System.nanoTime();
            assertThat(get(dispatcher, "/board?date=" + DAY)).isEqualTo(200);
            latencies.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(latencies);
        log(String.format(Locale.ROOT, "GET /board?date (%d technicians, %d appointments): %d requests, "
                + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", TECHNICIANS, APPOINTMENTS, REQUESTS,
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), latencies.get(latencies.size() - 1)));

        // Each slot: 8 dispatchers assign 8 different jobs to one technician at the same start, all at once.
        String racer = technicians.get(0);
        ExecutorService pool = Executors.newFixedThreadPool(DISPATCHERS);
        int exactlyOne = 0;
        List<Double> raceLatencies = Collections.synchronizedList(new ArrayList<>());
        for (int slot = 0; slot < SLOTS; slot++) {
            Instant start = day.plus(1 + slot, ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS);
            List<String> jobs = new ArrayList<>();
            for (int k = 0; k < DISPATCHERS; k++) {
                jobs.add(FieldRequests.createJob(admin, call, FieldRequests.job("Race", "HVAC", 1, 60)).statusCode(201)
                        .extract().path("id"));
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String job : jobs) {
                answers.add(pool.submit(() -> {
                    go.await();
                    long t0 = System.nanoTime();
                    int status = post(dispatcher, "/board/appointments", "{\"jobId\":\"" + job + "\",\"technicianId\":\""
                            + racer + "\",\"start\":\"" + start + "\"}");
                    raceLatencies.add((System.nanoTime() - t0) / 1e6);
                    return status;
                }));
            }
            go.countDown();
            int won = 0;
            int lost = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                won += status == 201 ? 1 : 0;
                lost += status == 409 ? 1 : 0;
            }
            if (won == 1 && lost == DISPATCHERS - 1) {
                exactlyOne++;
            }
        }
        pool.shutdown();
        Collections.sort(raceLatencies);
        log(String.format(Locale.ROOT, "conflict detection: %d slots x %d concurrent dispatchers: %d slots with exactly one "
                + "201 and seven 409; assignment latency under the race p50 %.1f ms, p95 %.1f ms", SLOTS, DISPATCHERS,
                exactlyOne, pct(raceLatencies, 50), pct(raceLatencies, 95)));
        assertThat(exactlyOne).isEqualTo(SLOTS);
        Path out = Path.of("../docs/bench/field-board-" + LocalDate.now(ZoneOffset.UTC) + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private int get(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", token).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int post(String token, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private void log(String line) {
        System.out.println(line);
        report.add(line);
    }
}
