package dev.opsuite.support.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** One batch of outbox records through the relay's publisher: what reaches Kafka, in which order, what is committed. */
class RelayPublisherTest {

    static final String TOPIC = "inventory.stock-level";

    /** Refuses the records whose key it is told to, at once (as a client does whose topic metadata is missing). */
    static final class FlakyProducer extends MockProducer<String, byte[]> {

        final List<String> refuse = new ArrayList<>();

        FlakyProducer() {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
            if (refuse.remove(record.key())) {
                return CompletableFuture.failedFuture(new TimeoutException("Topic " + TOPIC
                        + " not present in metadata after 10000 ms."));
            }
            return super.send(record);
        }
    }

    final FlakyProducer producer = new FlakyProducer();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final RelayPublisher publisher = new RelayPublisher(producer, null, meters.counter("relayed"),
            meters.counter("parked"), meters.timer("lag"));
    final List<String> committed = new ArrayList<>();

    @Test
    void a_batch_reaches_kafka_in_order_and_each_record_is_committed_once_sent() throws Exception {
        publisher.handleBatch(batch("1", "2", "3"), committer());

        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("1", "2", "3");
        assertThat(committed).containsExactly("1", "2", "3", "batch");
    }

    @Test
    void once_a_send_fails_nothing_after_it_is_sent_so_no_event_reaches_kafka_before_the_one_it_follows() {
        producer.refuse.add("2");

        assertThatThrownBy(() -> publisher.handleBatch(batch("1", "2", "3", "4"), committer()))
                .isInstanceOf(RelaySendException.class).hasCauseInstanceOf(TimeoutException.class);

        // 3 and 4 wait for the restart from the last committed offset (1), which sends 2, 3, 4 again in order.
        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("1");
        assertThat(committed).containsExactly("1");
    }

    private static List<RecordChangeEvent<SourceRecord>> batch(String... keys) {
        List<RecordChangeEvent<SourceRecord>> batch = new ArrayList<>();
        long lsn = 40;
        for (String key : keys) {
            SourceRecord row = new SourceRecord(Map.of("server", "inventory-transfer-service"), Map.of("lsn", lsn++),
                    TOPIC, Schema.STRING_SCHEMA, key, Schema.STRING_SCHEMA, "{\"onHand\":" + key + "}");
            batch.add(() -> row);
        }
        return batch;
    }

    private DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer() {
        return new DebeziumEngine.RecordCommitter<>() {
            @Override
            public void markProcessed(RecordChangeEvent<SourceRecord> record) {
                committed.add(record.record().key().toString());
            }

            @Override
            public void markBatchFinished() {
                committed.add("batch");
            }

            @Override
            public void markProcessed(RecordChangeEvent<SourceRecord> record, DebeziumEngine.Offsets offsets) {
                markProcessed(record);
            }

            @Override
            public DebeziumEngine.Offsets buildOffsets() {
                throw new IllegalStateException("the relay commits records as they are, without offsets of its own");
            }
        };
    }
}
