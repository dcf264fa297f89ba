package dev.opsuite.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import dev.opsuite.launcher.KafkaBroker;
import dev.opsuite.launcher.Ports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** KafkaProbe against a real broker: a read waits for quiescence, and validates what it returns. */
class KafkaProbeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static KafkaBroker kafka;
    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Path work = Path.of("target", "probe-kafka").toAbsolutePath();
        KafkaBroker.stopIfRunning(work);
        kafka = KafkaBroker.start(work, Ports.freePort(), Ports.freePort());
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        producer = new KafkaProducer<>(p);
    }

    @AfterAll
    static void stop() {
        if (producer != null) {
            producer.close();
        }
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Test
    void a_copy_far_behind_the_first_is_seen_because_the_read_goes_to_the_end_offsets() throws Exception {
        String topic = "probe.end-offsets-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        produce(topic, key, "first");
        for (int i = 0; i < 3_000; i++) {
            producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), "filler"));
        }
        produce(topic, key, "copy");

        // No quiet period at all: only the end offsets stand between the first match and the copy 3,000 records later
        // (a consumer fetches at most 500 records a poll).
        var found = KafkaProbe.read(kafka.bootstrapServers(), topic, r -> key.equals(r.key()), 1, PATIENCE, Duration.ZERO);

        assertThat(found).extracting(ConsumerRecord::value).containsExactly("first", "copy");
    }

    @Test
    void copies_that_keep_arriving_within_the_quiet_period_are_all_seen() throws Exception {
        String topic = "probe.quiet-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        produce(topic, key, "copy 0");
        AtomicInteger sent = new AtomicInteger(1);
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try {
            // Each copy the probe sees makes another one arrive 200 ms later, four times: more than a second in all,
            // longer than any fixed window after the first match, but never 2 s without a new copy.
            var found = KafkaProbe.read(kafka.bootstrapServers(), topic, r -> {
                if (!key.equals(r.key())) {
                    return false;
                }
                int next = sent.get();
                if (next < 5 && r.value().equals("copy " + (next - 1)) && sent.compareAndSet(next, next + 1)) {
                    later.schedule(() -> producer.send(new ProducerRecord<>(topic, key, "copy " + next)), 200,
                            TimeUnit.MILLISECONDS);
                }
                return true;
            }, 1, PATIENCE, Duration.ofSeconds(2));

            assertThat(found).extracting(ConsumerRecord::value).containsExactly("copy 0", "copy 1", "copy 2", "copy 3", "copy 4");
        } finally {
            later.shutdownNow();
        }
    }

    @Test
    void a_read_fails_on_a_suite_event_that_breaks_its_schema() {
        String key = UUID.randomUUID().toString();
        KafkaProbe.send(kafka.bootstrapServers(), Topics.INVOICE, key, "{\"invoiceId\":\"" + key + "\"}", invoiceIssued());

        assertThatThrownBy(() -> KafkaProbe.read(kafka.bootstrapServers(), Topics.INVOICE, r -> key.equals(r.key()), 1,
                PATIENCE, KafkaProbe.QUIET))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("invoice-issued v1 read from billing.invoice (key " + key)
                .hasMessageContaining("$: required property 'invoiceNumber' not found")
                .hasMessageContaining("payload: {\"invoiceId\":\"" + key + "\"}");
    }

    @Test
    void a_record_forged_on_purpose_is_read_without_being_checked_and_stays_forged_when_sent_again() {
        String key = UUID.randomUUID().toString();
        KafkaProbe.send(kafka.bootstrapServers(), Topics.INVOICE, key, "{ not json", KafkaProbe.forged(invoiceIssued()));

        var found = KafkaProbe.read(kafka.bootstrapServers(), Topics.INVOICE, r -> key.equals(r.key()), 1, PATIENCE,
                KafkaProbe.QUIET);

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo("{ not json");
            assertThat(KafkaProbe.header(r, KafkaProbe.FORGED)).isEqualTo("true");
        });
    }

    @Test
    void a_conforming_event_is_returned_and_a_dead_letter_is_not_checked() {
        String key = UUID.randomUUID().toString();
        String deadLetters = Topics.deadLetter(Topics.INVOICE, "dispatch-service");
        KafkaProbe.send(kafka.bootstrapServers(), Topics.INVOICE, key,
                EventSchemasTest.sample(EventCatalog.INVOICE_ISSUED), invoiceIssued());
        KafkaProbe.send(kafka.bootstrapServers(), deadLetters, key, "{ not json", invoiceIssued());

        assertThat(KafkaProbe.read(kafka.bootstrapServers(), Topics.INVOICE, r -> key.equals(r.key()), 1, PATIENCE,
                KafkaProbe.QUIET)).hasSize(1);
        assertThat(KafkaProbe.read(kafka.bootstrapServers(), deadLetters, r -> key.equals(r.key()), 1, PATIENCE,
                KafkaProbe.QUIET)).hasSize(1);
    }

    private static void produce(String topic, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    private static Map<String, String> invoiceIssued() {
        return Map.of(EventHeaders.ID, UUID.randomUUID().toString(), EventHeaders.TYPE, "invoice-issued",
                EventHeaders.SCHEMA_VERSION, "1", EventHeaders.TENANT, "acme");
    }
}
