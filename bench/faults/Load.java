import dev.opsuite.launcher.SigningKeys;
import dev.opsuite.launcher.Tokens;
import java.io.BufferedWriter;
import java.io.IOException;
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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mixed load: a few clients, each a thread calling one service's REST API in a loop at a steady pace, through
 * every fault. Every answer is journaled (time, tenant, operation, HTTP status or 0 for no answer, and the id of
 * what a 2xx created or changed), so that afterwards each 2xx can be looked up in the database.
 *
 * <p>Clients work for one tenant at a time: {@link #switchTo} moves them to a fresh tenant (each sets up its
 * fixtures there), which leaves the previous tenant's data still, to be checked.
 */
final class Load {

    /** One answered (or unanswered) request. status 0: no answer (refused, reset, timed out). */
    record Call(long at, String tenant, String client, String op, int status, long millis, String id) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern MOVEMENT_ID = Pattern.compile("\"movement\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    final ConcurrentLinkedQueue<Call> journal = new ConcurrentLinkedQueue<>();
    private final Stack stack;
    private final SigningKeys keys;
    private final double pace;
    private final BufferedWriter journalFile;
    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, String> clientTenant = new ConcurrentHashMap<>();
    private volatile String tenant;
    private volatile boolean stopped;

    /** pace: 1.0 = the default request rates (about 10 requests/s in all); 2.0 twice as fast. */
    Load(Stack stack, Path journalPath, double pace) throws IOException {
        this.stack = stack;
        this.keys = SigningKeys.loadOrCreate(stack.state.resolve("keys"));
        this.pace = pace;
        this.journalFile = Files.newBufferedWriter(journalPath, StandardCharsets.UTF_8);
    }

    private final List<Client> clients = new ArrayList<>();

    void start(String firstTenant, int inventoryClients) {
        tenant = firstTenant;
        for (int i = 1; i <= inventoryClients; i++) {
            clients.add(new InventoryClient(i));
        }
        clients.add(new BillingClient());
        clients.add(new FleetClient());
        clients.add(new FieldClient());
        for (Client c : clients) {
            clientTenant.put(c.name, "");
            Thread t = new Thread(c, "load-" + c.name);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /**
     * Before a fault: every transfer-note client holds back each receipt it takes as a draft, and the billing client
     * each invoice it drafts, until each holds perClient of them (maxWait at most); then they all approve or issue
     * what they hold, one after the other (a clerk approving the day's receipts, finance issuing the day's invoices).
     * That is a burst of goods-receipt-updated and invoice-issued events, so that both consumers have a queue when the
     * fault strikes.
     * Answers when the approvals are answered (30 s at most).
     */
    void burst(int perClient, long maxWaitMillis) {
        List<Client> holding = clients.stream().filter(c -> c instanceof InventoryClient || c instanceof BillingClient).toList();
        holding.forEach(c -> c.collect = true);
        long deadline = System.currentTimeMillis() + maxWaitMillis;
        while (System.currentTimeMillis() < deadline && holding.stream().anyMatch(c -> c.heldCount < perClient)) {
            Stack.sleep(100);
        }
        holding.forEach(c -> {
            c.collect = false;
            c.burst = true;
        });
        deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && holding.stream().anyMatch(c -> c.burst)) {
            Stack.sleep(20);
        }
    }

    /** Moves every client to a new tenant (each finishes the call it is in first). */
    void switchTo(String next) {
        tenant = next;
    }

    /** True once no client works for {@code tenant} any more: its data can only change through events now. */
    boolean leftTenant(String old) {
        return clientTenant.values().stream().noneMatch(old::equals);
    }

    /** Stops every client and waits for them (a call in flight ends by its timeout at the latest). */
    void stop() {
        stopped = true;
        for (Thread t : threads) {
            try {
                t.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (journalFile) {
            try {
                journalFile.close();
            } catch (IOException e) {
                // best effort
            }
        }
    }

    List<Call> calls(String ofTenant) {
        return journal.stream().filter(c -> c.tenant().equals(ofTenant)).toList();
    }

    private void record(Call call) {
        journal.add(call);
        synchronized (journalFile) {
            try {
                journalFile.write(call.at() + "\t" + call.tenant() + "\t" + call.client() + "\t" + call.op() + "\t"
                        + call.status() + "\t" + call.millis() + "\t" + (call.id() == null ? "" : call.id()) + "\n");
                journalFile.flush();
            } catch (IOException e) {
                // the in-memory journal is what counts
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ clients

    /** A client: sets up its fixtures in the current tenant, then runs iterations at its pace until moved. */
    private abstract class Client implements Runnable {
        final String name;
        final String service;
        final String role;
        final long periodMillis;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        String currentTenant;
        String token;

        Client(String name, String service, String role, long periodMillis) {
            this.name = name;
            this.service = service;
            this.role = role;
            this.periodMillis = Math.max(50, (long) (periodMillis / pace));
        }

        /** Creates what the iterations need; false when a call failed (it is tried again). */
        abstract boolean setUp();

        /** One unit of work; stops at the first failed call. */
        abstract void iteration(int k);

        /** Hold back what it drafts (before a burst). */
        volatile boolean collect;
        /** Release what it holds, now. */
        volatile boolean burst;
        volatile int heldCount;

        /** True when the client has something to do before its pause is over. */
        boolean wanted() {
            return burst;
        }

        @Override
        public void run() {
            while (!stopped) {
                String t = tenant;
                clientTenant.put(name, t);
                currentTenant = t;
                token = "Bearer " + Tokens.mint(keys, "faults-" + name, List.of(role), t, Duration.ofHours(12));
                boolean ready = false;
                while (!stopped && t.equals(tenant) && !(ready = setUp())) {
                    pause(1000);
                }
                int k = 0;
                while (ready && !stopped && t.equals(tenant)) {
                    long started = System.currentTimeMillis();
                    iteration(k++);
                    long wait = started + periodMillis - System.currentTimeMillis();
                    while (wait > 0 && !wanted()) {
                        pause(Math.min(wait, 50));
                        wait = started + periodMillis - System.currentTimeMillis();
                    }
                }
            }
            clientTenant.put(name, "");
        }

        private void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                stopped = true;
            }
        }

        /** POST; answers the response body on 2xx, null otherwise. Journals the call with the id idPattern finds. */
        String post(String op, String path, String body, Pattern idPattern) {
            long started = System.currentTimeMillis();
            int status = 0;
            String responseBody = null;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.apiUrl(service) + path))
                        .timeout(Duration.ofSeconds(10)).header("Authorization", token)
                        .header("Content-Type", "application/json");
                request.POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                responseBody = response.body();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                stopped = true;
                Thread.currentThread().interrupt();
            }
            String id = null;
            boolean ok = status >= 200 && status < 300;
            if (ok && responseBody != null) {
                Matcher m = idPattern.matcher(responseBody);
                if (m.find()) {
                    id = m.group(1);
                }
            }
            record(new Call(started, currentTenant, name, op, status, System.currentTimeMillis() - started, id));
            return ok ? responseBody : null;
        }

        String post(String op, String path, String body) {
            return post(op, path, body, ID);
        }

        String id(String body) {
            if (body == null) {
                return null;
            }
            Matcher m = ID.matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    /**
     * Transfer notes: its own warehouse and store, two products. Each iteration drafts a note of two lines,
     * dispatches it and takes a goods receipt: approved at once with a damaged unit, or as a draft held back and
     * approved a few iterations later (or in the burst before a fault, see {@link #burst}), or approved for the first
     * line only (the second stays in transit). Every fifth iteration restocks the
     * warehouse at another cost first, so the WAC moves.
     */
    private final class InventoryClient extends Client {
        /** Drafted receipts held back: three of them in the normal run (the oldest approved when a fourth comes), all
         *  approved together in a burst right before a fault; drafts still held when the tenant changes stay drafts. */
        private final List<String> held = new ArrayList<>();
        private final int n;
        private String warehouse;
        private String store;
        private String[] products;

        InventoryClient(int n) {
            super("inventory-" + n, "inventory-transfer-service", "inventory-manager", 1200);
            this.n = n;
        }

        @Override
        boolean setUp() {
            held.clear(); // drafts of the tenant before stay drafts there
            heldCount = 0;
            String suffix = n + "-" + UUID.randomUUID().toString().substring(0, 6);
            warehouse = id(post("location_created", "/locations",
                    "{\"type\":\"WAREHOUSE\",\"name\":\"Fault warehouse " + suffix + "\",\"code\":\"WH-" + suffix + "\"}"));
            if (warehouse == null) {
                return false;
            }
            store = id(post("location_created", "/locations",
                    "{\"type\":\"STORE\",\"name\":\"Fault store " + suffix + "\",\"code\":\"ST-" + suffix + "\"}"));
            if (store == null) {
                return false;
            }
            String[] ps = new String[2];
            String[] costs = {"12.35", "7.10"};
            for (int i = 0; i < 2; i++) {
                ps[i] = id(post("product_created", "/products",
                        "{\"sku\":\"F-" + suffix + "-" + i + "\",\"name\":\"Fault product " + suffix + "-" + i + "\"}"));
                if (ps[i] == null) {
                    return false;
                }
                if (post("stock_adjusted", "/stock-adjustments", "{\"locationId\":\"" + warehouse + "\",\"productId\":\""
                        + ps[i] + "\",\"quantity\":500,\"unitCost\":" + costs[i] + ",\"reason\":\"OPENING_BALANCE\"}",
                        MOVEMENT_ID) == null) {
                    return false;
                }
            }
            products = ps;
            return true;
        }

        private void approveHeld() {
            while (!held.isEmpty() && !stopped) {
                String receipt = held.remove(0);
                post("receipt_approved", "/transfers-goods-receipt/" + receipt + "/approve", null);
            }
            held.clear();
            heldCount = 0;
        }

        @Override
        void iteration(int k) {
            if (burst) {
                approveHeld();
                burst = false;
                return;
            }
            if (k % 5 == 4) {
                String cost = String.format(Locale.ROOT, "%.2f", 9.5 + (k % 9) * 0.73 + n * 0.11);
                if (post("stock_adjusted", "/stock-adjustments", "{\"locationId\":\"" + warehouse + "\",\"productId\":\""
                        + products[k % 2] + "\",\"quantity\":40,\"unitCost\":" + cost + ",\"reason\":\"COUNT_CORRECTION\"}",
                        MOVEMENT_ID) == null) {
                    return;
                }
            }
            receipt(k, collect ? 1 : k % 3);
        }

        /** A note drafted and dispatched, and its goods receipt in one of the three ways. */
        private void receipt(int k, int mode) {
            int q1 = 1 + k % 5;
            int q2 = 1 + (k * 3) % 4;
            String note = id(post("note_created", "/transfers-dispatch-note", "{\"originLocationId\":\"" + warehouse
                    + "\",\"destinationLocationId\":\"" + store + "\",\"detail\":[{\"productId\":\"" + products[0]
                    + "\",\"quantity\":" + q1 + "},{\"productId\":\"" + products[1] + "\",\"quantity\":" + q2 + "}]}"));
            if (note == null || post("note_dispatched", "/transfers-dispatch-note/" + note + "/dispatch", null) == null) {
                return;
            }
            String line1 = "{\"productId\":\"" + products[0] + "\",\"receivedQuantity\":";
            String line2 = "{\"productId\":\"" + products[1] + "\",\"receivedQuantity\":" + q2 + ",\"damagedQuantity\":0}";
            switch (mode) {
                case 0 -> {
                    int damaged = q1 > 1 ? 1 : 0;
                    post("receipt_approved", "/transfers-goods-receipt", "{\"transferDispatchNoteId\":\"" + note
                            + "\",\"status\":\"APPROVED\",\"items\":[" + line1 + (q1 - damaged) + ",\"damagedQuantity\":"
                            + damaged + "}," + line2 + "]}");
                }
                case 1 -> {
                    String receipt = id(post("receipt_drafted", "/transfers-goods-receipt", "{\"transferDispatchNoteId\":\""
                            + note + "\",\"items\":[" + line1 + q1 + ",\"damagedQuantity\":0}," + line2 + "]}"));
                    if (receipt != null) {
                        held.add(receipt);
                        heldCount = held.size();
                    }
                    if (!collect && held.size() > 3) {
                        // the oldest draft approved: one at a time, the consumer sees no burst but before a fault
                        String oldest = held.remove(0);
                        heldCount = held.size();
                        post("receipt_approved", "/transfers-goods-receipt/" + oldest + "/approve", null);
                    }
                }
                default -> post("receipt_approved", "/transfers-goods-receipt", "{\"transferDispatchNoteId\":\"" + note
                        + "\",\"status\":\"APPROVED\",\"items\":[" + line1 + q1 + ",\"damagedQuantity\":0}]}");
            }
        }
    }

    /**
     * Billing: a sales order, its invoice, issued (invoice-issued feeds dispatch-service's projection). Before a
     * fault the drafted invoices are held back and issued together (see {@link #burst}).
     */
    private final class BillingClient extends Client {
        private final List<String> held = new ArrayList<>();

        BillingClient() {
            super("billing", "billing-service", "finance", 1000);
        }

        @Override
        boolean setUp() {
            held.clear(); // drafts of the tenant before stay drafts there
            heldCount = 0;
            return true;
        }

        @Override
        void iteration(int k) {
            if (burst) {
                // all at once (finance issuing the day's invoices in one go): the projection's consumer is quick,
                // one at a time it would never have a queue
                List<Thread> issuing = new ArrayList<>();
                for (String invoice : held) {
                    Thread t = new Thread(() -> post("invoice_issued", "/invoices/" + invoice + "/issue", null), "load-billing-issue");
                    t.setDaemon(true);
                    t.start();
                    issuing.add(t);
                }
                for (Thread t : issuing) {
                    try {
                        t.join(15_000);
                    } catch (InterruptedException e) {
                        stopped = true;
                    }
                }
                held.clear();
                heldCount = 0;
                burst = false;
                return;
            }
            String order = id(post("order_created", "/sales-orders", "{\"customerId\":\"" + UUID.randomUUID()
                    + "\",\"customerName\":\"Fault customer " + k + "\",\"currency\":\"CZK\",\"lines\":[{\"description\":"
                    + "\"Prague - Brno, full truck\",\"quantity\":1,\"unitPrice\":" + (1000 + k) + ".50}]}"));
            if (order == null) {
                return;
            }
            // Only a confirmed order is invoiced (seed 000's sales order lifecycle).
            if (post("order_confirmed", "/sales-orders/" + order + "/confirm", null) == null) {
                return;
            }
            String invoice = id(post("invoice_created", "/invoices", "{\"salesOrderId\":\"" + order + "\"}"));
            if (invoice != null && collect) {
                held.add(invoice);
                heldCount = held.size();
            } else if (invoice != null) {
                post("invoice_issued", "/invoices/" + invoice + "/issue", null);
            }
        }
    }

    /** Fleet: a truck, a driver and a trip ticket, then fine letters about that trip (fine-recorded, -attributed). */
    private final class FleetClient extends Client {
        private String vehicle;

        FleetClient() {
            super("fleet", "fleet-service", "fleet-manager", 700);
        }

        @Override
        boolean setUp() {
            String plate = "F" + UUID.randomUUID().toString().substring(0, 7).toUpperCase(Locale.ROOT);
            String v = id(post("vehicle_registered", "/vehicles", "{\"registrationNumber\":\"" + plate
                    + "\",\"kind\":\"LKV\",\"make\":\"MAN\",\"model\":\"TGX 18.440\",\"odometerKm\":182340}"));
            if (v == null) {
                return false;
            }
            String driver = id(post("driver_registered", "/drivers", "{\"name\":\"Jan Novák " + plate + "\"}"));
            if (driver == null) {
                return false;
            }
            String ticket = id(post("trip_ticket_issued", "/trip-tickets", "{\"vehicleId\":\"" + v + "\",\"driverId\":\""
                    + driver + "\",\"plannedFrom\":\"2025-10-15T07:00:00+02:00\",\"plannedTo\":\"2025-10-15T20:00:00+02:00\","
                    + "\"origin\":\"Praha\",\"destination\":\"Brno\",\"purpose\":\"Delivery\",\"orderReference\":\"ORD-2025-0098\"}"));
            if (ticket == null) {
                return false;
            }
            vehicle = v;
            return true;
        }

        @Override
        void iteration(int k) {
            post("fine_recorded", "/fines", "{\"vehicleId\":\"" + vehicle + "\",\"committedAt\":\"2025-10-15T14:30:00+02:00\","
                    + "\"location\":\"D1, km 45\",\"offense\":\"Speeding\",\"amount\":" + (100 + k % 400) + ",\"currency\":\"CZK\","
                    + "\"reference\":\"PCR-" + UUID.randomUUID() + "\",\"issuingAuthority\":\"Police of the Czech Republic\","
                    + "\"receivedOn\":\"2025-11-20\"}");
        }
    }

    /** Field service: one customer, then service calls (no events yet: the 2xx must simply be in the database). */
    private final class FieldClient extends Client {
        private String customer;

        FieldClient() {
            super("field", "field-service", "csr", 700);
        }

        @Override
        boolean setUp() {
            customer = id(post("customer_created", "/customers", "{\"name\":\"Fault customer\",\"phone\":\"+420 601 234 567\","
                    + "\"serviceAddress\":{\"line1\":\"Nádražní 1\",\"city\":\"Brno\",\"postalCode\":\"60200\"}}"));
            return customer != null;
        }

        @Override
        void iteration(int k) {
            post("call_opened", "/service-calls", "{\"customerId\":\"" + customer + "\",\"problem\":\"No hot water (" + k
                    + ")\",\"urgency\":\"" + (k % 7 == 0 ? "EMERGENCY" : "NORMAL") + "\"}");
        }
    }
}
