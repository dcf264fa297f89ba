package dev.opsuite.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes raw Kafka records in tests, the way another service would see them. Every suite event a read
 * returns is checked against its JSON Schema ({@link EventSchemas}); a record a test breaks on purpose is sent with
 * {@link #sendForged} so that no read checks it.
 */
public final class KafkaProbe {

    /** Header of a record a test forged on purpose (a poison message, a payload of the wrong shape): never validated. */
    public static final String FORGED = "opsuite-test-forged";

    /** How long no further matching record may arrive, after the topic's end was reached, before a read returns. */
    public static final Duration QUIET = Duration.ofMillis(500);

    private KafkaProbe() {
    }

    /** {@link #read(String, Predicate, int, Duration, Duration)} with the quiet period {@link #QUIET}. */
    public static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> matching,
            int atLeast, Duration timeout) {
        return read(topic, matching, atLeast, timeout, QUIET);
    }

    /**
     * Every record on {@code topic} from the beginning that matches, read until the topic is quiet. It waits up to
     * {@code timeout} for at least {@code atLeast} of them; then it reads on to the end offsets the topic has at that
     * moment, and further until no matching record arrived for {@code quiet} (counted from the last matching record or
     * from reaching those offsets, whichever is later). So a copy already on the topic is seen however far behind it
     * lies, a copy produced a little later is seen too, and {@code hasSize(1)} means "published once". With
     * {@code atLeast} 0 it reads what the topic holds now, plus the quiet period.
     *
     * @throws AssertionError when a returned suite event does not conform to its schema ({@link EventSchemas}), or the
     *         topic cannot be read to its end offsets (or never goes quiet) within {@code timeout}
     */
    public static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> matching,
            int atLeast, Duration timeout, Duration quiet) {
        return read(SuiteStack.bootstrapServers(), topic, matching, atLeast, timeout, quiet);
    }

    static List<ConsumerRecord<String, String>> read(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, String>> matching, int atLeast, Duration timeout, Duration quiet) {
        List<ConsumerRecord<String, String>> found;
        try (Reading reading = new Reading(bootstrapServers, topic, matching)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && reading.found.size() < atLeast) {
                reading.poll(Duration.ofMillis(200));
            }
            reading.untilQuiet(quiet, timeout);
            found = reading.found;
        }
        EventSchemas.assertConform(found);
        return found;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sends a record with the given headers, as a producer of the suite would. A read checks it like any other. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        send(SuiteStack.bootstrapServers(), topic, key, value, headers);
    }

    /**
     * Sends a record that breaks its contract on purpose (a poison message, a payload of the wrong shape), marked with
     * the header {@link #FORGED} so that no read validates it against its schema.
     */
    public static void sendForged(String topic, String key, String value, Map<String, String> headers) {
        send(SuiteStack.bootstrapServers(), topic, key, value, forged(headers));
    }

    /** Sends a copy of a record, headers and all (a forged record stays forged): a redelivery. */
    public static void resend(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        send(record.topic(), record.key(), record.value(), headers);
    }

    static Map<String, String> forged(Map<String, String> headers) {
        Map<String, String> marked = new LinkedHashMap<>(headers);
        marked.put(FORGED, "true");
        return marked;
    }

    static void send(String bootstrapServers, String topic, String key, String value, Map<String, String> headers) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((k, v) -> recordHeaders.add(k, v.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /** One read of one topic: the records found so far and when the last of them arrived. */
    private static final class Reading implements AutoCloseable {

        private static final Duration POSITION_TIMEOUT = Duration.ofSeconds(10);

        private final KafkaConsumer<String, String> consumer;
        private final String topic;
        private final Predicate<ConsumerRecord<String, String>> matching;
        private final List<ConsumerRecord<String, String>> found = new ArrayList<>();
        private long lastFound = System.nanoTime();

        Reading(String bootstrapServers, String topic, Predicate<ConsumerRecord<String, String>> matching) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            this.consumer = new KafkaConsumer<>(p);
            this.topic = topic;
            this.matching = matching;
            consumer.subscribe(List.of(topic));
        }

        void poll(Duration timeout) {
            for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
                if (matching.test(record)) {
                    found.add(record);
                    lastFound = System.nanoTime();
                }
            }
        }

        /** Reads to the end offsets the topic has now, then until nothing matching arrived for {@code quiet}. */
        void untilQuiet(Duration quiet, Duration timeout) {
            Map<TopicPartition, Long> end = endOffsets(timeout);
            long giveUp = System.nanoTime() + timeout.toNanos();
            long reachedAt = 0;
            boolean reached = false;
            while (true) {
                long now = System.nanoTime();
                if (!reached && reached(end)) {
                    reached = true;
                    reachedAt = now;
                }
                if (reached && now - Math.max(reachedAt, lastFound) >= quiet.toNanos()) {
                    return;
                }
                if (!reached && now - giveUp > 0) {
                    throw new AssertionError("could not read " + topic + " to its end offsets " + end + " within " + timeout);
                }
                if (reached && now - (reachedAt + timeout.toNanos() + quiet.toNanos()) > 0) {
                    throw new AssertionError("matching records kept arriving on " + topic + " for " + timeout
                            + " after its end " + end + " was reached (" + found.size() + " found): it never went quiet for "
                            + quiet);
                }
                poll(Duration.ofMillis(100));
            }
        }

        private Map<TopicPartition, Long> endOffsets(Duration timeout) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions, timeout);
        }

        private boolean reached(Map<TopicPartition, Long> end) {
            for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
                if (partition.getValue() == 0) {
                    continue;
                }
                if (!consumer.assignment().contains(partition.getKey())
                        || consumer.position(partition.getKey(), POSITION_TIMEOUT) < partition.getValue()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
