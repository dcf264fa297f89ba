package dev.opsuite.support.relay;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.PolicyViolationException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.connect.source.SourceRecord;
import org.jboss.logging.Logger;

/**
 * Sends one batch of Debezium's outbox records and marks each processed once Kafka has it. A send
 * that fails fails the batch: the engine stops and the relay restarts it from the last committed
 * offset, so what follows a failed event is sent again after it, never before it (per-key order
 * holds; consumers drop the duplicates). An event that can never be sent is parked instead.
 */
class RelayPublisher implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>> {

    private static final Logger LOG = Logger.getLogger(RelayPublisher.class);

    private final Producer<String, byte[]> producer;
    private final ParkedEvents parked;
    private final Counter relayed;
    private final Counter parkedCount;
    private final Timer lag;

    RelayPublisher(Producer<String, byte[]> producer, ParkedEvents parked, Counter relayed, Counter parkedCount, Timer lag) {
        this.producer = producer;
        this.parked = parked;
        this.relayed = relayed;
        this.parkedCount = parkedCount;
        this.lag = lag;
    }

    @Override
    public void handleBatch(List<RecordChangeEvent<SourceRecord>> batch,
            DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
        List<Send> sends = new ArrayList<>(batch.size());
        for (RecordChangeEvent<SourceRecord> change : batch) {
            Send send = send(change);
            sends.add(send);
            if (send.failedForNow()) {
                // Nothing after it is sent: a later event must not reach Kafka before this one (a topic's metadata
                // missing while Kafka comes back fails one send, and the next ones may already go through).
                break;
            }
        }
        for (Send send : sends) {
            send.await();
            committer.markProcessed(send.change());
        }
        committer.markBatchFinished();
    }

    private Send send(RecordChangeEvent<SourceRecord> change) {
        SourceRecord record = change.record();
        if (!OutboxRecords.isEvent(record)) {
            return new Send(change, null, null, null); // a heartbeat: only its position matters
        }
        ProducerRecord<String, byte[]> outgoing;
        try {
            outgoing = OutboxRecords.toKafka(record);
        } catch (UnsendableEventException e) {
            return new Send(change, null, null, e);
        }
        try {
            return new Send(change, outgoing, producer.send(outgoing), null);
        } catch (RuntimeException e) { // some clients fail synchronously (metadata, size)
            return new Send(change, outgoing, null, e);
        }
    }

    /** One record on its way: sent (ack), refused before sending (failure), or not an event at all. */
    private final class Send {

        private final RecordChangeEvent<SourceRecord> change;
        private final ProducerRecord<String, byte[]> record;
        private final Future<RecordMetadata> ack;
        private final RuntimeException failure;

        Send(RecordChangeEvent<SourceRecord> change, ProducerRecord<String, byte[]> record, Future<RecordMetadata> ack,
                RuntimeException failure) {
            this.change = change;
            this.record = record;
            this.ack = ack;
            this.failure = failure;
        }

        RecordChangeEvent<SourceRecord> change() {
            return change;
        }

        /** Already known to have failed in a way a later retry may cure (the client refused it synchronously). */
        boolean failedForNow() {
            Throwable cause = failure;
            if (cause == null && ack != null && ack.isDone()) {
                try {
                    ack.get();
                } catch (ExecutionException e) {
                    cause = e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            }
            return cause != null && !unsendable(cause);
        }

        void await() throws InterruptedException {
            Throwable cause = failure;
            if (cause == null && ack != null) {
                try {
                    ack.get();
                } catch (ExecutionException e) {
                    cause = e.getCause();
                }
            }
            if (cause == null) {
                if (record != null) {
                    relayed.increment();
                    OutboxRecords.occurredAt(record).ifPresent(at -> lag.record(Duration.between(at, Instant.now())));
                }
                return;
            }
            if (!unsendable(cause)) {
                throw new RelaySendException("sending to " + topic() + " failed; restarting from the last committed offset", cause);
            }
            park(cause);
        }

        private void park(Throwable cause) {
            String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            if (record == null) {
                LOG.errorf("outbox record on %s cannot be read and is dropped from the relay: %s", topic(), reason);
                parkedCount.increment();
                return;
            }
            try {
                parked.park(record, reason);
            } catch (SQLException e) {
                throw new RelaySendException("cannot park an unsendable event on " + topic(), e);
            }
            parkedCount.increment();
            LOG.errorf("outbox event %s to %s can never be sent and is parked in outbox_parked_event: %s",
                    OutboxRecords.header(record, dev.opsuite.events.EventHeaders.ID).orElse("?"), topic(), reason);
        }

        private String topic() {
            return change.record().topic();
        }
    }

    /** Failures no retry cures: the record itself or its topic is refused. */
    static boolean unsendable(Throwable failure) {
        return failure instanceof UnsendableEventException
                || failure instanceof RecordTooLargeException
                || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidTopicException
                || failure instanceof TopicAuthorizationException
                || failure instanceof PolicyViolationException;
    }
}
