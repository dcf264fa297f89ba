import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The invariants, checked for one tenant after its load stopped and its events settled. Everything is computed
 * from the databases (the source of truth of what was committed and what was applied) and from Kafka (what the
 * relays published, what went to a dead-letter topic); the load's journal says which requests got a 2xx.
 */
final class Checks {

    static final String RECEIPTS_TOPIC = "inventory.transfer-goods-receipt";
    static final String INVOICES_TOPIC = "billing.invoice";
    static final String FINES_TOPIC = "fleet.fine";
    static final List<String> TOPICS = List.of(RECEIPTS_TOPIC, INVOICES_TOPIC, FINES_TOPIC);
    static final String RECEIPT_CONSUMER = "inventory-transfer-service.receipt-summary";
    static final String INVOICE_CONSUMER = "dispatch-service.invoice-projection";

    /** One event flow: committed by its producer, published by the relay, applied by its consumer. */
    static final class Flow {
        final String name;
        int committed;
        int published;
        int applied;
        int lost;
        int twice;
        /** Kafka records of this flow beyond one per event id (the relay re-sent after a crash; deduplicated). */
        int redelivered;
        final List<String> lostIds = new ArrayList<>();
        /** commit and apply instants (epoch ms; apply -1 when never applied), for the lag. */
        final List<long[]> lags = new ArrayList<>();

        Flow(String name) {
            this.name = name;
        }

        /** Applied later than 1 s after its commit, the last of them: when the lag was back under 1 s. -1 if none. */
        long lastSlowApply(long since) {
            long last = -1;
            for (long[] l : lags) {
                if (l[1] >= 0 && l[1] - l[0] >= 1000 && l[1] >= since) {
                    last = Math.max(last, l[1]);
                }
            }
            return last;
        }

        long maxLag() {
            return lags.stream().filter(l -> l[1] >= 0).mapToLong(l -> l[1] - l[0]).max().orElse(0);
        }

        long medianLag() {
            long[] v = lags.stream().filter(l -> l[1] >= 0).mapToLong(l -> l[1] - l[0]).sorted().toArray();
            return v.length == 0 ? 0 : v[v.length / 2];
        }

        String cell() {
            return committed + " / " + applied + " / " + lost + " / " + twice;
        }
    }

    /** Everything found for one tenant. */
    static final class Facts {
        String tenant;
        int ok;
        int failed;
        Map<String, Integer> failedByKind = new TreeMap<>();
        int ackedMissing;
        List<String> ackedMissingExamples = new ArrayList<>();
        Flow receipts = new Flow("receipts");
        Flow invoices = new Flow("invoices");
        Flow fines = new Flow("fines");
        int serviceCalls;
        long receiptEventsApplied;
        long invoiceEventsApplied;
        List<KafkaSide.Event> deadLetters = new ArrayList<>();
        long deadLettersAllTenants;
        int stockOff;
        int wacOff;
        int transitOff;
        int notesOff;
        List<String> stockExamples = new ArrayList<>();

        boolean consistent() {
            return ackedMissing == 0 && receipts.lost == 0 && receipts.twice == 0 && invoices.lost == 0
                    && invoices.twice == 0 && fines.lost == 0 && fines.twice == 0 && deadLetters.isEmpty()
                    && stockOff == 0 && wacOff == 0 && transitOff == 0 && notesOff == 0;
        }
    }

    /** op of the load -> database, table, and what the row must satisfy to account for the 2xx. */
    private record Expectation(String database, String table, String condition) {
    }

    private static final Map<String, Expectation> ACKED = new LinkedHashMap<>();

    static {
        ACKED.put("location_created", new Expectation("inventory_transfer", "location", "true"));
        ACKED.put("product_created", new Expectation("inventory_transfer", "product", "true"));
        ACKED.put("stock_adjusted", new Expectation("inventory_transfer", "stock_movement", "kind = 'ADJUSTMENT'"));
        ACKED.put("note_created", new Expectation("inventory_transfer", "transfer_dispatch_note", "true"));
        ACKED.put("note_dispatched", new Expectation("inventory_transfer", "transfer_dispatch_note",
                "status NOT IN ('DRAFT', 'CANCELLED') AND cost_detail IS NOT NULL"));
        ACKED.put("receipt_drafted", new Expectation("inventory_transfer", "transfer_goods_receipt", "true"));
        ACKED.put("receipt_approved", new Expectation("inventory_transfer", "transfer_goods_receipt", "status = 'APPROVED'"));
        ACKED.put("order_created", new Expectation("billing", "sales_order", "true"));
        ACKED.put("order_confirmed", new Expectation("billing", "sales_order", "status = 'CONFIRMED'"));
        ACKED.put("invoice_created", new Expectation("billing", "invoice", "true"));
        ACKED.put("invoice_issued", new Expectation("billing", "invoice", "status = 'ISSUED'"));
        ACKED.put("vehicle_registered", new Expectation("fleet", "vehicle", "true"));
        ACKED.put("driver_registered", new Expectation("fleet", "driver", "true"));
        ACKED.put("trip_ticket_issued", new Expectation("fleet", "trip_ticket", "true"));
        ACKED.put("fine_recorded", new Expectation("fleet", "fine", "true"));
        ACKED.put("customer_created", new Expectation("field", "customer", "true"));
        ACKED.put("call_opened", new Expectation("field", "service_call", "true"));
    }

    private final Db db;
    private final KafkaSide kafka;

    Checks(Db db, KafkaSide kafka) {
        this.db = db;
        this.kafka = kafka;
    }

    // ------------------------------------------------------------------------------------------------ polls

    /**
     * Events of the tenant committed at least minAgeMillis ago and not applied yet: approved receipts not booked,
     * issued invoices not in dispatch's projection. (Fines have no consumer; they are checked on Kafka.)
     */
    long outstanding(String tenant, long minAgeMillis) {
        long receipts = db.count("inventory_transfer", """
                SELECT count(*) FROM transfer_goods_receipt g
                 WHERE g.tenant_id = ? AND g.status = 'APPROVED' AND g.approved_at < now() - make_interval(secs => ?)
                   AND NOT EXISTS (SELECT 1 FROM stock_movement m WHERE m.tenant_id = g.tenant_id
                                    AND m.reference_type = 'transfer-goods-receipt' AND m.reference_id = g.id::text)""",
                tenant, minAgeMillis / 1000.0);
        List<String> issued = db.rows("billing", """
                SELECT id::text FROM invoice WHERE tenant_id = ? AND status = 'ISSUED'
                   AND issued_at < now() - make_interval(secs => ?)""", tenant, minAgeMillis / 1000.0)
                .stream().map(r -> (String) r[0]).toList();
        long projected = issued.isEmpty() ? 0 : db.count("dispatch",
                "SELECT count(*) FROM invoice_projection WHERE tenant_id = ? AND invoice_id = ANY(?)", tenant, issued);
        return receipts + issued.size() - projected;
    }

    /**
     * True when every event of the tenant committed minAgeMillis ago or earlier and still unapplied lies behind its
     * consumer group's committed offset (an offset is committed only once every record before it was handled): the
     * consumer has moved past it (dead-lettered or dropped), so waiting longer changes nothing. False while any of
     * them is not on Kafka yet or not read yet.
     */
    boolean unappliedPassedBy(String tenant, long minAgeMillis) throws Exception {
        List<String> receipts = db.rows("inventory_transfer", """
                SELECT g.id::text FROM transfer_goods_receipt g
                 WHERE g.tenant_id = ? AND g.status = 'APPROVED' AND g.approved_at < now() - make_interval(secs => ?)
                   AND NOT EXISTS (SELECT 1 FROM stock_movement m WHERE m.tenant_id = g.tenant_id
                                    AND m.reference_type = 'transfer-goods-receipt' AND m.reference_id = g.id::text)""",
                tenant, minAgeMillis / 1000.0).stream().map(r -> (String) r[0]).toList();
        List<String> issued = db.rows("billing", """
                SELECT id::text FROM invoice WHERE tenant_id = ? AND status = 'ISSUED'
                   AND issued_at < now() - make_interval(secs => ?)""", tenant, minAgeMillis / 1000.0)
                .stream().map(r -> (String) r[0]).toList();
        Set<String> projected = issued.isEmpty() ? Set.of() : db.rows("dispatch",
                "SELECT invoice_id::text FROM invoice_projection WHERE tenant_id = ? AND invoice_id = ANY(?)", tenant, issued)
                .stream().map(r -> (String) r[0]).collect(Collectors.toSet());
        List<String> invoices = issued.stream().filter(i -> !projected.contains(i)).toList();
        if (receipts.isEmpty() && invoices.isEmpty()) {
            return false;
        }
        List<KafkaSide.Event> events = kafka.read(List.of(RECEIPTS_TOPIC, INVOICES_TOPIC), tenant);
        return passed(receipts, events, RECEIPTS_TOPIC, kafka.committed("inventory-transfer-service"))
                && passed(invoices, events, INVOICES_TOPIC, kafka.committed("dispatch-service"));
    }

    private static boolean passed(List<String> keys, List<KafkaSide.Event> events, String topic,
            Map<org.apache.kafka.common.TopicPartition, Long> committed) {
        for (String key : keys) {
            boolean behind = false;
            for (KafkaSide.Event e : events) {
                if (e.topic().equals(topic) && key.equals(e.key())) {
                    Long position = committed.get(new org.apache.kafka.common.TopicPartition(topic, e.partition()));
                    if (position != null && e.offset() < position) {
                        behind = true;
                    }
                }
            }
            if (!behind) {
                return false;
            }
        }
        return true;
    }

    /** Fines of the tenant with no fine-recorded event on Kafka yet. */
    long finesNotPublished(String tenant) throws Exception {
        Set<String> fines = db.rows("fleet", "SELECT id::text FROM fine WHERE tenant_id = ?", tenant).stream()
                .map(r -> (String) r[0]).collect(Collectors.toSet());
        Set<String> published = kafka.read(List.of(FINES_TOPIC), tenant).stream()
                .filter(e -> "fine-recorded".equals(e.type())).map(KafkaSide.Event::key).collect(Collectors.toSet());
        fines.removeAll(published);
        return fines.size();
    }

    // ------------------------------------------------------------------------------------------------ all of them

    Facts check(String tenant, List<Load.Call> calls) throws Exception {
        Facts f = new Facts();
        f.tenant = tenant;
        acked(f, calls);
        List<KafkaSide.Event> events = kafka.read(kafka.topics(TOPICS), null);
        receipts(f, tenant, events);
        invoices(f, tenant, events);
        fines(f, tenant, events);
        deadLetters(f, tenant, events);
        stock(f, tenant);
        f.serviceCalls = (int) db.count("field", "SELECT count(*) FROM service_call WHERE tenant_id = ?", tenant);
        return f;
    }

    /** Every 2xx of the load is in its database, in the state the answer announced. */
    private void acked(Facts f, List<Load.Call> calls) {
        Map<String, Set<String>> byOp = new HashMap<>();
        for (Load.Call c : calls) {
            if (c.ok()) {
                f.ok++;
                if (c.id() != null && ACKED.containsKey(c.op())) {
                    byOp.computeIfAbsent(c.op(), k -> new HashSet<>()).add(c.id());
                } else if (ACKED.containsKey(c.op())) {
                    f.ackedMissing++;
                    f.ackedMissingExamples.add(c.op() + ": 2xx without an id in its answer");
                }
            } else {
                f.failed++;
                String kind = c.status() == 0 ? "no answer" : String.valueOf(c.status());
                f.failedByKind.merge(kind, 1, Integer::sum);
            }
        }
        for (var e : byOp.entrySet()) {
            Expectation x = ACKED.get(e.getKey());
            Set<String> found = db.rows(x.database(), "SELECT id::text FROM " + x.table() + " WHERE id = ANY(?) AND "
                    + x.condition(), e.getValue()).stream().map(r -> (String) r[0]).collect(Collectors.toSet());
            for (String id : e.getValue()) {
                if (!found.contains(id)) {
                    f.ackedMissing++;
                    if (f.ackedMissingExamples.size() < 5) {
                        f.ackedMissingExamples.add(e.getKey() + " " + id + " answered 2xx, not in " + x.database() + "."
                                + x.table() + " (" + x.condition() + ")");
                    }
                }
            }
        }
    }

    /**
     * Approved receipts (inventory's own table) against their booking by inventory's consumer: the stock movements
     * of the receipt (one TRANSFER_IN per line received, one write-off per line with damage). None: lost; more than
     * the receipt's lines ask for: applied twice.
     */
    private void receipts(Facts f, String tenant, List<KafkaSide.Event> events) {
        List<Object[]> rows = db.rows("inventory_transfer", """
                WITH r AS (
                  SELECT g.id, (extract(epoch FROM g.approved_at) * 1000)::bigint AS approved,
                         (SELECT count(*) FILTER (WHERE (i->>'received')::numeric > 0)
                               + count(*) FILTER (WHERE (i->>'damaged')::numeric > 0)
                            FROM jsonb_array_elements(g.items->'lines') i) AS expected
                    FROM transfer_goods_receipt g WHERE g.tenant_id = ? AND g.status = 'APPROVED')
                SELECT r.id::text, r.approved, r.expected, count(m.id),
                       (extract(epoch FROM min(m.occurred_at)) * 1000)::bigint
                  FROM r LEFT JOIN stock_movement m ON m.tenant_id = ? AND m.reference_type = 'transfer-goods-receipt'
                       AND m.reference_id = r.id::text AND m.kind IN ('TRANSFER_IN', 'TRANSFER_DAMAGE_WRITE_OFF')
                 GROUP BY r.id, r.approved, r.expected""", tenant, tenant);
        Map<String, Set<String>> published = new HashMap<>();
        Map<String, Integer> records = new HashMap<>();
        for (KafkaSide.Event e : events) {
            if (RECEIPTS_TOPIC.equals(e.topic()) && tenant.equals(e.tenant()) && e.approved()
                    && ("goods-receipt-created".equals(e.type()) || "goods-receipt-updated".equals(e.type()))) {
                published.computeIfAbsent(e.key(), k -> new HashSet<>()).add(e.id());
                records.merge(e.key(), 1, Integer::sum);
            }
        }
        Flow flow = f.receipts;
        for (Object[] r : rows) {
            String id = (String) r[0];
            long expected = ((Number) r[2]).longValue();
            long movements = ((Number) r[3]).longValue();
            flow.committed++;
            if (published.containsKey(id)) {
                flow.published++;
                flow.redelivered += records.get(id) - published.get(id).size();
                if (published.get(id).size() > 1) {
                    flow.twice++; // two different events announcing one approval
                }
            }
            if (movements == 0) {
                flow.lost++;
                flow.lostIds.add(id);
                flow.lags.add(new long[] {Db.millis(r[1]), -1});
            } else {
                flow.applied++;
                if (movements != expected) {
                    flow.twice++;
                }
                flow.lags.add(new long[] {Db.millis(r[1]), Db.millis(r[4])});
            }
        }
        f.receiptEventsApplied = db.count("inventory_transfer",
                "SELECT count(*) FROM processed_event WHERE consumer = ? AND tenant_id = ?", RECEIPT_CONSUMER, tenant);
    }

    /** Issued invoices (billing) against dispatch's projection; the apply time is the inbox's processed_at. */
    private void invoices(Facts f, String tenant, List<KafkaSide.Event> events) {
        List<Object[]> issued = db.rows("billing", """
                SELECT id::text, (extract(epoch FROM issued_at) * 1000)::bigint FROM invoice
                 WHERE tenant_id = ? AND status = 'ISSUED'""", tenant);
        Map<String, Long> projected = new HashMap<>();
        for (Object[] r : db.rows("dispatch", """
                SELECT p.invoice_id::text, (extract(epoch FROM e.processed_at) * 1000)::bigint
                  FROM invoice_projection p LEFT JOIN processed_event e
                       ON e.consumer = ? AND e.event_id = p.last_event_id
                 WHERE p.tenant_id = ?""", INVOICE_CONSUMER, tenant)) {
            projected.put((String) r[0], r[1] == null ? Long.MAX_VALUE : Db.millis(r[1]));
        }
        Map<String, Set<String>> published = new HashMap<>();
        Map<String, Integer> records = new HashMap<>();
        for (KafkaSide.Event e : events) {
            if (INVOICES_TOPIC.equals(e.topic()) && tenant.equals(e.tenant()) && "invoice-issued".equals(e.type())) {
                published.computeIfAbsent(e.key(), k -> new HashSet<>()).add(e.id());
                records.merge(e.key(), 1, Integer::sum);
            }
        }
        Flow flow = f.invoices;
        Set<String> issuedIds = new HashSet<>();
        for (Object[] r : issued) {
            String id = (String) r[0];
            issuedIds.add(id);
            flow.committed++;
            if (published.containsKey(id)) {
                flow.published++;
                flow.redelivered += records.get(id) - published.get(id).size();
                if (published.get(id).size() > 1) {
                    flow.twice++;
                }
            }
            Long applied = projected.get(id);
            if (applied == null) {
                flow.lost++;
                flow.lostIds.add(id);
                flow.lags.add(new long[] {Db.millis(r[1]), -1});
            } else {
                flow.applied++;
                flow.lags.add(new long[] {Db.millis(r[1]), applied == Long.MAX_VALUE ? -1 : applied});
            }
        }
        // a projection row for an invoice billing never issued would be an event applied out of nowhere
        for (String id : projected.keySet()) {
            if (!issuedIds.contains(id)) {
                flow.twice++;
            }
        }
        f.invoiceEventsApplied = db.count("dispatch",
                "SELECT count(*) FROM processed_event WHERE consumer = ? AND tenant_id = ?", INVOICE_CONSUMER, tenant);
    }

    /** Fines (fleet) against the distinct ce_id of fine-recorded events on Kafka: fleet's events have no consumer yet. */
    private void fines(Facts f, String tenant, List<KafkaSide.Event> events) {
        Map<String, Set<String>> published = new HashMap<>();
        Map<String, Integer> records = new HashMap<>();
        Map<String, Long> firstSent = new HashMap<>();
        for (KafkaSide.Event e : events) {
            if (FINES_TOPIC.equals(e.topic()) && tenant.equals(e.tenant()) && "fine-recorded".equals(e.type())) {
                published.computeIfAbsent(e.key(), k -> new HashSet<>()).add(e.id());
                records.merge(e.key(), 1, Integer::sum);
                firstSent.merge(e.key(), e.timestamp(), Math::min);
            }
        }
        Flow flow = f.fines;
        for (Object[] r : db.rows("fleet", "SELECT id::text, (extract(epoch FROM created_at) * 1000)::bigint FROM fine WHERE tenant_id = ?",
                tenant)) {
            String id = (String) r[0];
            flow.committed++;
            if (published.containsKey(id)) {
                flow.published++;
                flow.applied++;
                flow.redelivered += records.get(id) - published.get(id).size();
                if (published.get(id).size() > 1) {
                    flow.twice++;
                }
                flow.lags.add(new long[] {Db.millis(r[1]), firstSent.get(id)});
            } else {
                flow.lost++;
                flow.lostIds.add(id);
                flow.lags.add(new long[] {Db.millis(r[1]), -1});
            }
        }
    }

    /** Records in any <topic>.dlq.<service> topic that belong to the tenant (by ce_tenant, or by key). */
    private void deadLetters(Facts f, String tenant, List<KafkaSide.Event> events) {
        Set<String> keys = new HashSet<>();
        keys.addAll(f.receipts.lostIds);
        keys.addAll(f.invoices.lostIds);
        for (KafkaSide.Event e : events) {
            if (!e.topic().contains(".dlq.")) {
                continue;
            }
            f.deadLettersAllTenants++;
            if (tenant.equals(e.tenant()) || (e.key() != null && keys.contains(e.key()))) {
                f.deadLetters.add(e);
            }
        }
    }

    /**
     * Stock against the ledger: on hand, reserved and in transit equal the sums of the movements; the WAC equals
     * the moving average recomputed over the additions in the order they happened; in transit equals what
     * dispatched notes sent minus what approved receipts took in (received + damaged) and closing short wrote off;
     * each note's receipt summary equals its approved receipts, and FULLY_RECEIVED exactly when nothing is
     * outstanding.
     */
    private void stock(Facts f, String tenant) {
        for (Object[] r : db.rows("inventory_transfer", """
                WITH s AS (SELECT * FROM stock_level WHERE tenant_id = ?),
                     l AS (SELECT location_id, product_id, sum(quantity) q, sum(reserved_change) r, sum(in_transit_change) t
                             FROM stock_movement WHERE tenant_id = ? GROUP BY 1, 2)
                SELECT location_id::text, product_id::text, s.on_hand, l.q, s.reserved, l.r, s.in_transit, l.t
                  FROM s FULL JOIN l USING (location_id, product_id)
                 WHERE s.on_hand IS DISTINCT FROM l.q OR s.reserved IS DISTINCT FROM l.r OR s.in_transit IS DISTINCT FROM l.t""",
                tenant, tenant)) {
            f.stockOff++;
            example(f, "stock at location " + r[0] + ", product " + r[1] + ": on hand " + r[2] + " vs ledger " + r[3]
                    + ", reserved " + r[4] + " vs " + r[5] + ", in transit " + r[6] + " vs " + r[7]);
        }
        // The WAC, recomputed: each addition (an adjustment in, a transfer in) at the on hand before it, in the
        // ledger's order; every step's recorded unit_cost_after and the level's unit_cost must agree.
        for (Object[] r : db.rows("inventory_transfer", """
                WITH RECURSIVE m AS (
                  SELECT id, location_id, product_id, quantity, unit_cost, unit_cost_after,
                         sum(quantity) OVER w - quantity AS before, row_number() OVER w AS k
                    FROM stock_movement WHERE tenant_id = ?
                  WINDOW w AS (PARTITION BY location_id, product_id ORDER BY occurred_at, id
                               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)),
                a AS (
                  SELECT *, row_number() OVER (PARTITION BY location_id, product_id ORDER BY k) AS j
                    FROM m WHERE quantity > 0),
                fold(location_id, product_id, j, wac, recorded, movement) AS (
                  SELECT location_id, product_id, j,
                         CASE WHEN before + quantity = 0 THEN 0::numeric
                              ELSE round((quantity * unit_cost)::numeric(60, 30) / (before + quantity), 6) END,
                         unit_cost_after, id
                    FROM a WHERE j = 1
                  UNION ALL
                  SELECT a.location_id, a.product_id, a.j,
                         CASE WHEN a.before + a.quantity = 0 THEN f.wac
                              ELSE round((a.before * f.wac + a.quantity * a.unit_cost)::numeric(60, 30)
                                         / (a.before + a.quantity), 6) END,
                         a.unit_cost_after, a.id
                    FROM fold f JOIN a ON a.location_id = f.location_id AND a.product_id = f.product_id AND a.j = f.j + 1),
                last AS (SELECT DISTINCT ON (location_id, product_id) location_id, product_id, wac
                           FROM fold ORDER BY location_id, product_id, j DESC)
                SELECT 'step', location_id::text, product_id::text, movement::text, wac, recorded
                  FROM fold WHERE wac <> recorded
                UNION ALL
                SELECT 'level', s.location_id::text, s.product_id::text, NULL, coalesce(l.wac, 0), s.unit_cost
                  FROM stock_level s LEFT JOIN last l USING (location_id, product_id)
                 WHERE s.tenant_id = ? AND s.unit_cost <> coalesce(l.wac, 0)""", tenant, tenant)) {
            f.wacOff++;
            example(f, "WAC " + r[0] + " at location " + r[1] + ", product " + r[2] + (r[3] == null ? "" : " (movement " + r[3] + ")")
                    + ": recomputed " + r[4] + ", recorded " + r[5]);
        }
        for (Object[] r : db.rows("inventory_transfer", """
                WITH notes AS (SELECT * FROM transfer_dispatch_note
                                WHERE tenant_id = ? AND status IN ('ACTIVE', 'RECEIVING', 'FULLY_RECEIVED', 'CLOSED_SHORT')),
                sent AS (SELECT n.destination_location_id location_id, (d->>'productId')::uuid product_id,
                                sum((d->>'quantity')::numeric) q
                           FROM notes n, jsonb_array_elements(n.detail->'lines') d GROUP BY 1, 2),
                short AS (SELECT n.destination_location_id location_id, (l->>'productId')::uuid product_id,
                                 sum(coalesce((l->>'shortage')::numeric, 0)) q
                            FROM notes n, jsonb_array_elements(n.receipt_summary->'lines') l GROUP BY 1, 2),
                arrived AS (SELECT g.destination_location_id location_id, (i->>'productId')::uuid product_id,
                                   sum((i->>'received')::numeric + (i->>'damaged')::numeric) q
                              FROM transfer_goods_receipt g, jsonb_array_elements(g.items->'lines') i
                             WHERE g.tenant_id = ? AND g.status = 'APPROVED' GROUP BY 1, 2),
                s AS (SELECT location_id, product_id, in_transit FROM stock_level WHERE tenant_id = ?)
                SELECT location_id::text, product_id::text, s.in_transit,
                       coalesce(sent.q, 0) - coalesce(arrived.q, 0) - coalesce(short.q, 0)
                  FROM sent FULL JOIN arrived USING (location_id, product_id) FULL JOIN short USING (location_id, product_id)
                       FULL JOIN s USING (location_id, product_id)
                 WHERE coalesce(s.in_transit, 0) <> coalesce(sent.q, 0) - coalesce(arrived.q, 0) - coalesce(short.q, 0)""",
                tenant, tenant, tenant)) {
            f.transitOff++;
            example(f, "in transit to location " + r[0] + ", product " + r[1] + ": " + r[2] + ", dispatched notes minus approved receipts say " + r[3]);
        }
        for (Object[] r : db.rows("inventory_transfer", """
                WITH booked AS (
                  SELECT g.transfer_dispatch_note_id note, i->>'productId' product,
                         sum((i->>'received')::numeric) received, sum((i->>'damaged')::numeric) damaged
                    FROM transfer_goods_receipt g, jsonb_array_elements(g.items->'lines') i
                   WHERE g.tenant_id = ? AND g.status = 'APPROVED' GROUP BY 1, 2),
                summary AS (
                  SELECT n.id note, n.status, l->>'productId' product, (l->>'dispatched')::numeric dispatched,
                         (l->>'received')::numeric received, (l->>'damaged')::numeric damaged,
                         coalesce((l->>'shortage')::numeric, 0) shortage
                    FROM transfer_dispatch_note n, jsonb_array_elements(n.receipt_summary->'lines') l
                   WHERE n.tenant_id = ? AND n.status IN ('ACTIVE', 'RECEIVING', 'FULLY_RECEIVED', 'CLOSED_SHORT')),
                lines AS (
                  SELECT s.*, coalesce(b.received, 0) b_received, coalesce(b.damaged, 0) b_damaged
                    FROM summary s LEFT JOIN booked b USING (note, product))
                SELECT note::text, max(status), sum(received), sum(b_received), sum(damaged), sum(b_damaged),
                       sum(dispatched - b_received - b_damaged - shortage)
                  FROM lines GROUP BY note
                HAVING bool_or(received <> b_received OR damaged <> b_damaged)
                    OR (max(status) = 'FULLY_RECEIVED') <> (sum(dispatched - b_received - b_damaged - shortage) = 0)""",
                tenant, tenant)) {
            f.notesOff++;
            example(f, "note " + r[0] + " (" + r[1] + "): summary received " + r[2] + " / damaged " + r[4]
                    + ", approved receipts " + r[3] + " / " + r[5] + ", outstanding by receipts " + r[6]);
        }
    }

    private static void example(Facts f, String text) {
        if (f.stockExamples.size() < 8) {
            f.stockExamples.add(text);
        }
    }

    // ------------------------------------------------------------------------------------------------ replay

    /** md5 of every table a consumer writes, per tenant: "table tenant" -> checksum (and row count). */
    Map<String, String> checksums(String database, Collection<String> tables) {
        Map<String, String> out = new TreeMap<>();
        for (String table : tables) {
            String from = table.equals("processed_event")
                    ? "(SELECT * FROM processed_event WHERE consumer = '" + ("dispatch".equals(database) ? INVOICE_CONSUMER
                            : RECEIPT_CONSUMER) + "') t"
                    : table + " t";
            for (Object[] r : db.rows(database, "SELECT t.tenant_id, count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM "
                    + from + " GROUP BY t.tenant_id")) {
                out.put(table + " " + r[0], r[2] + " (" + r[1] + " rows)");
            }
        }
        return out;
    }
}
