package dev.opsuite.launcher;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ./suite dead-letters [redrive [TOPIC]]}: lists the records the suite's consumers parked in their
 * dead-letter topics ({@code <topic>.dlq.<service>}) and sends them back, once their cause is fixed, to
 * the topic they came from with their own headers. Re-driving is idempotent: every consumer recorded
 * the event ids it applied, so an event that reaches a consumer twice changes nothing, and what was
 * re-driven is remembered as the offsets of the consumer group {@value #GROUP}, so a second run sends
 * nothing new. A record that fails again is parked again, as a new dead letter.
 */
final class DeadLetters {

    static final String GROUP = "opsuite-dead-letters";
    static final String REDRIVEN_FROM = "opsuite-redriven-from";
    private static final String ORIGINAL_TOPIC = "dead-letter-topic";
    private static final Duration POLL = Duration.ofMillis(500);

    /** One parked record, as listed. */
    record Letter(String dlqTopic, int partition, long offset, String originalTopic, String type, String eventId,
            String tenant, String reason) {
    }

    private final Properties client;

    DeadLetters(Properties client) {
        this.client = client;
    }

    /** Dead-letter topics of the cluster, by the suite's naming rule. */
    Set<String> topics() {
        try (Admin admin = Admin.create(client)) {
            Set<String> dlq = new TreeSet<>();
            for (String topic : admin.listTopics().names().get()) {
                if (topic.contains(".dlq.")) {
                    dlq.add(topic);
                }
            }
            return dlq;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list Kafka topics: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The records not re-driven yet, in every dead-letter topic or in {@code only}. */
    List<Letter> pending(String only) {
        List<Letter> letters = new ArrayList<>();
        for (String topic : selected(only)) {
            read(topic, (record, end) -> letters.add(letter(record)), false);
        }
        return letters;
    }

    /** Sends every pending record back to its topic and remembers it; returns what was sent. */
    List<Letter> redrive(String only) {
        List<Letter> sent = new ArrayList<>();
        Properties producerProperties = new Properties();
        producerProperties.putAll(client);
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProperties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producerProperties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerProperties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties)) {
            for (String topic : selected(only)) {
                read(topic, (record, end) -> {
                    Letter letter = letter(record);
                    RecordHeaders headers = new RecordHeaders();
                    for (Header h : record.headers()) {
                        if (!h.key().startsWith("dead-letter-") && !h.key().equals(REDRIVEN_FROM)) {
                            headers.add(h);
                        }
                    }
                    headers.add(REDRIVEN_FROM, (topic + "-" + record.partition() + "@" + record.offset())
                            .getBytes(StandardCharsets.UTF_8));
                    try {
                        producer.send(new ProducerRecord<>(letter.originalTopic(), null, record.key(), record.value(),
                                headers)).get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("cannot re-drive " + letter + ": " + e.getCause().getMessage(),
                                e.getCause());
                    }
                    sent.add(letter);
                }, true);
            }
        }
        return sent;
    }

    private Set<String> selected(String only) {
        Set<String> all = topics();
        if (only == null) {
            return all;
        }
        if (!all.contains(only)) {
            throw new IllegalArgumentException("no dead-letter topic " + only + "; there are: "
                    + (all.isEmpty() ? "none" : String.join(", ", all)));
        }
        return Set.of(only);
    }

    private interface Visit {
        void record(ConsumerRecord<byte[], byte[]> record, long end);
    }

    /**
     * Visits the records of {@code topic} after the group's committed offsets, up to the end as it was
     * when reading started; with {@code commit}, the group's offsets move past what was visited.
     */
    private void read(String topic, Visit visit, boolean commit) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions),
                    Duration.ofSeconds(10));
            Map<TopicPartition, Long> position = new HashMap<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata at = committed.get(tp);
                if (at == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, at.offset());
                }
                position.put(tp, consumer.position(tp, Duration.ofSeconds(10)));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (position.entrySet().stream().anyMatch(e -> e.getValue() < end.get(e.getKey()))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading " + topic + " took longer than 60 s");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(tp)) {
                        visit.record(record, end.get(tp));
                        position.put(tp, record.offset() + 1);
                        if (commit) { // after each record: a failure later re-drives only what was not sent
                            consumer.commitSync(Map.of(tp, new OffsetAndMetadata(record.offset() + 1,
                                    "re-driven " + Instant.now())));
                        }
                    }
                }
                for (TopicPartition tp : partitions) { // empty or compacted stretches
                    position.put(tp, Math.max(position.get(tp), consumer.position(tp)));
                }
            }
        }
    }

    private static Letter letter(ConsumerRecord<byte[], byte[]> record) {
        String original = header(record, ORIGINAL_TOPIC);
        if (original == null) { // <topic>.dlq.<consumer service>
            original = record.topic().substring(0, record.topic().indexOf(".dlq."));
        }
        return new Letter(record.topic(), record.partition(), record.offset(), original, header(record, "ce_type"),
                header(record, "ce_id"), header(record, "ce_tenant"), header(record, "dead-letter-reason"));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static void print(List<Letter> letters, PrintStream out) {
        String format = "%-56s %-16s %-30s %-36s %-10s %s%n";
        out.printf(format, "DEAD-LETTER TOPIC", "PARTITION@OFFSET", "TYPE", "EVENT ID", "TENANT", "REASON");
        for (Letter l : letters) {
            out.printf(format, l.dlqTopic(), l.partition() + "@" + l.offset(), nullToDash(l.type()), nullToDash(l.eventId()),
                    nullToDash(l.tenant()), nullToDash(l.reason()));
        }
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
