import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the fault suite reads from Kafka: the event topics and dead-letter topics, and consumer groups. */
final class KafkaSide {

    /** One record, reduced to what the checks need. */
    record Event(String topic, int partition, long offset, long timestamp, String key, String id, String type,
            String tenant, String time, boolean approved, String deadLetterReason) {
    }

    private final Stack stack;

    KafkaSide(Stack stack) {
        this.stack = stack;
    }

    private Properties common() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
        return p;
    }

    Admin admin() {
        return Admin.create(common());
    }

    /** Every topic whose name is one of topics or contains ".dlq.". */
    List<String> topics(Collection<String> wanted) throws Exception {
        try (Admin admin = admin()) {
            Set<String> all = admin.listTopics().names().get(20, TimeUnit.SECONDS);
            return all.stream().filter(t -> wanted.contains(t) || t.contains(".dlq.")).sorted().toList();
        }
    }

    /**
     * Reads the topics from their beginning up to their end at the time of the call, without a consumer group,
     * keeping records whose ce_tenant is tenant (null: all).
     */
    List<Event> read(Collection<String> topics, String tenant) throws Exception {
        Properties p = common();
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(20))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            if (partitions.isEmpty()) {
                return events;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(20));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                boolean done = true;
                for (TopicPartition tp : partitions) {
                    if (consumer.position(tp, Duration.ofSeconds(20)) < end.get(tp)) {
                        done = false;
                        break;
                    }
                }
                if (done) {
                    return events;
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue;
                    }
                    String t = header(r, "ce_tenant");
                    if (tenant != null && !tenant.equals(t)) {
                        continue;
                    }
                    String value = r.value() == null ? "" : r.value();
                    events.add(new Event(r.topic(), r.partition(), r.offset(), r.timestamp(), r.key(), header(r, "ce_id"),
                            header(r, "ce_type"), t, header(r, "ce_time"),
                            value.matches("(?s).*\"status\"\\s*:\\s*\"APPROVED\".*"), header(r, "dead-letter-reason")));
                }
            }
            throw new IllegalStateException("reading " + topics + " did not reach their end within 60 s");
        }
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ groups

    /** Committed offsets of a group. */
    Map<TopicPartition, Long> committed(String group) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(20, TimeUnit.SECONDS);
            Map<TopicPartition, Long> out = new HashMap<>();
            offsets.forEach((tp, om) -> {
                if (om != null) {
                    out.put(tp, om.offset());
                }
            });
            return out;
        }
    }

    /** Records the group has not committed yet, over the partitions it has offsets for (-1: unknown). */
    long lag(String group) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(20, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = offsets.keySet().stream()
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(20, TimeUnit.SECONDS);
            long lag = 0;
            for (var e : offsets.entrySet()) {
                lag += ends.get(e.getKey()).offset() - (e.getValue() == null ? 0 : e.getValue().offset());
            }
            return lag;
        } catch (Exception e) {
            return -1;
        }
    }

    /** The group's state (EMPTY when no member is left), or its error. */
    String state(String group) {
        try (Admin admin = admin()) {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get(20, TimeUnit.SECONDS);
            GroupState s = d.groupState();
            return s == null ? "UNKNOWN" : s.name() + (d.members().isEmpty() ? "" : " (" + d.members().size() + " members)");
        } catch (Exception e) {
            return "error: " + e.getMessage();
        }
    }

    /**
     * kafka-consumer-groups --reset-offsets --to-earliest --execute, for every partition the group has an offset
     * for. The group must have no members (its service stopped); waits up to wait for that. Answers the number of
     * records the group will read again.
     */
    long resetToEarliest(String group, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        String state = state(group);
        while (!(state.startsWith("EMPTY") || state.startsWith("DEAD")) && System.nanoTime() < deadline) {
            Stack.sleep(500);
            state = state(group);
        }
        if (!(state.startsWith("EMPTY") || state.startsWith("DEAD"))) {
            throw new IllegalStateException("group " + group + " still has members after " + wait.toSeconds() + " s: " + state);
        }
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(20, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> earliest = offsets.keySet().stream()
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = admin.listOffsets(earliest).all()
                    .get(20, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> reset = new HashMap<>();
            long replay = 0;
            for (var e : offsets.entrySet()) {
                long start = starts.get(e.getKey()).offset();
                reset.put(e.getKey(), new OffsetAndMetadata(start));
                replay += (e.getValue() == null ? start : e.getValue().offset()) - start;
            }
            admin.alterConsumerGroupOffsets(group, reset).all().get(20, TimeUnit.SECONDS);
            return replay;
        }
    }

    static Set<String> ids(Collection<Event> events) {
        return events.stream().map(Event::id).filter(i -> i != null).collect(Collectors.toCollection(TreeSet::new));
    }
}
