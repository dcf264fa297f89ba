import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The "who was driving" lookup under load: GET /vehicles/{id}/driver-at?at=T for random trucks of a tenant
 * loaded by bench/fleet/load-trips.sql and random instants of the year before today (about 13 hours in 24
 * have a driver: those answer 200, the rest 404 no-driver-found). Prints the latency percentiles of each.
 *   java bench/fleet/DriverAtLookup.java API TOKEN TENANT UNITS REQUESTS CONCURRENCY
 */
public class DriverAtLookup {

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: DriverAtLookup API TOKEN TENANT UNITS REQUESTS CONCURRENCY");
            System.exit(2);
        }
        String api = args[0];
        String token = args[1];
        String tenant = args[2];
        int units = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        String[] trucks = new String[units];
        for (int i = 0; i < units; i++) {
            trucks[i] = uuidOfMd5(tenant + "/trip-truck/" + i); // as md5(...)::uuid in load-trips.sql
        }
        Instant yearStart = LocalDate.now(ZoneOffset.UTC).minusDays(365).atStartOfDay(ZoneOffset.UTC).toInstant();
        long yearSeconds = Duration.ofDays(365).toSeconds();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        run(client, api, token, trucks, yearStart, yearSeconds, Math.min(requests, 500), concurrency); // warm-up
        long started = System.nanoTime();
        List<long[]> samples = run(client, api, token, trucks, yearStart, yearSeconds, requests, concurrency);
        double seconds = (System.nanoTime() - started) / 1e9;

        List<Long> found = new ArrayList<>();
        List<Long> notFound = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (long[] s : samples) {
            if (s[0] == 200) {
                found.add(s[1]);
            } else if (s[0] == 404) {
                notFound.add(s[1]);
            } else {
                throw new IllegalStateException("unexpected status " + s[0]);
            }
            all.add(s[1]);
        }
        System.out.printf("%d lookups, %d at a time, %.0f per second%n", requests, concurrency, requests / seconds);
        print("all", all);
        print("200 (a driver found)", found);
        print("404 (nobody at the wheel)", notFound);
    }

    private static List<long[]> run(HttpClient client, String api, String token, String[] trucks, Instant yearStart,
            long yearSeconds, int requests, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int n = 0; n < requests; n++) {
                futures.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    String truck = trucks[random.nextInt(trucks.length)];
                    Instant at = yearStart.plusSeconds(random.nextLong(yearSeconds));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/vehicles/" + truck + "/driver-at?at=" + at))
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    return new long[] { response.statusCode(), (System.nanoTime() - t0) / 1000 };
                }));
            }
            List<long[]> samples = new ArrayList<>();
            for (Future<long[]> f : futures) {
                samples.add(f.get());
            }
            return samples;
        } finally {
            pool.shutdown();
        }
    }

    private static void print(String label, List<Long> micros) {
        if (micros.isEmpty()) {
            System.out.printf("  %-27s none%n", label);
            return;
        }
        Collections.sort(micros);
        System.out.printf("  %-27s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n", label, micros.size(),
                pct(micros, 50), pct(micros, 95), pct(micros, 99), micros.get(micros.size() - 1) / 1000.0);
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    private static String uuidOfMd5(String text) throws Exception {
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
                + "-" + hex.substring(20);
    }
}
