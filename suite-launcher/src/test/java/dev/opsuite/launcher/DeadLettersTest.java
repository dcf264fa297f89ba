package dev.opsuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./suite dead-letters} against a real broker: list, re-drive once, and nothing twice. */
class DeadLettersTest {

    static {
        TestDirs.ensureTmpDir();
    }

    static final String TOPIC = "billing.invoice";
    static final String DLQ = TOPIC + ".dlq.dispatch-service";

    @TempDir
    static Path dir;
    static KafkaBroker kafka;
    static DeadLetters letters;

    @BeforeAll
    static void broker() throws Exception {
        kafka = KafkaBroker.start(dir.resolve("kafka"), Ports.freePort(), Ports.freePort());
        Properties client = new Properties();
        client.setProperty("bootstrap.servers", kafka.bootstrapServers());
        letters = new DeadLetters(client);
    }

    @AfterAll
    static void stop() {
        kafka.stop();
    }

    @Test
    void parked_events_are_listed_re_driven_to_their_topic_once_and_not_again() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        park(first, "rejected by dispatch-service.invoice-projection: RejectedException: invoice-unknown");
        park(second, "poison message: unreadable invoice-issued payload");

        assertThat(letters.pending(null)).extracting(DeadLetters.Letter::eventId).containsExactly(first, second);
        assertThat(letters.pending(null).get(0)).satisfies(l -> {
            assertThat(l.originalTopic()).isEqualTo(TOPIC);
            assertThat(l.type()).isEqualTo("invoice-issued");
            assertThat(l.reason()).startsWith("rejected by dispatch-service");
        });

        assertThat(letters.redrive(DLQ)).extracting(DeadLetters.Letter::eventId).containsExactly(first, second);

        List<ConsumerRecord<String, String>> back = readAll(TOPIC, 2);
        assertThat(back).extracting(r -> header(r, "ce_id")).containsExactly(first, second);
        assertThat(back).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo("invoice-" + header(r, "ce_id"));
            assertThat(r.value()).contains("\"invoiceNumber\"");
            assertThat(r.headers().lastHeader("dead-letter-reason")).isNull();
            assertThat(header(r, DeadLetters.REDRIVEN_FROM)).startsWith(DLQ + "-0@");
        });

        // A second run finds nothing new: what was re-driven is remembered.
        assertThat(letters.pending(null)).isEmpty();
        assertThat(letters.redrive(null)).isEmpty();
        assertThat(readAll(TOPIC, 2)).hasSize(2);

        String third = UUID.randomUUID().toString();
        park(third, "rejected again");
        assertThat(letters.pending(DLQ)).extracting(DeadLetters.Letter::eventId).containsExactly(third);
    }

    @Test
    void an_unknown_dead_letter_topic_is_named_with_the_ones_there_are() {
        assertThatThrownBy(() -> letters.pending("no.such.dlq.topic"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no dead-letter topic no.such.dlq.topic");
    }

    private static void park(String eventId, String reason) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", "invoice-issued".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_tenant", "acme".getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", TOPIC.getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(DLQ, null, "invoice-" + eventId, "{\"invoiceNumber\":\"INV-1\"}", headers)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
                if (found.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(1).toNanos(); // an extra copy would show now
                }
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
