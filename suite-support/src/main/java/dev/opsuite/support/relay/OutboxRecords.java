package dev.opsuite.support.relay;

import dev.opsuite.events.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;

/** How an outbox row, as Debezium's EventRouter hands it over, becomes the Kafka record consumers read. */
final class OutboxRecords {

    private OutboxRecords() {
    }

    /** Debezium's own records (heartbeats, logical decoding messages) travel through the relay but are not events. */
    static boolean isEvent(SourceRecord record) {
        return record.value() != null && !record.topic().startsWith("__debezium") && !isLogicalDecodingMessage(record);
    }

    // The heartbeat query writes a pg_logical_emit_message; Debezium hands it over on "<prefix>.message".
    private static boolean isLogicalDecodingMessage(SourceRecord record) {
        return record.valueSchema() != null && LOGICAL_DECODING_MESSAGE.equals(record.valueSchema().name());
    }

    static final String LOGICAL_DECODING_MESSAGE = "io.debezium.connector.postgresql.MessageValue";

    /** The record to send; its value is the payload as JSON text, its headers the CloudEvents attributes. */
    static ProducerRecord<String, byte[]> toKafka(SourceRecord record) {
        if (!(record.value() instanceof String payload)) {
            throw new UnsendableEventException("outbox payload must arrive as JSON text, got "
                    + record.value().getClass().getName());
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            // EventRouter's "id" duplicates ce_id; Debezium's context headers are its own business.
            if (header.value() != null && !"id".equals(header.key()) && !header.key().startsWith("__debezium")) {
                headers.add(header.key(), header.value().toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        headers.add(EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_VALUE.getBytes(StandardCharsets.UTF_8));
        headers.add(EventHeaders.CONTENT_TYPE, EventHeaders.JSON.getBytes(StandardCharsets.UTF_8));
        String key = record.key() == null ? null : record.key().toString();
        return new ProducerRecord<>(record.topic(), null, key, payload.getBytes(StandardCharsets.UTF_8), headers);
    }

    static Optional<String> header(ProducerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> all = new LinkedHashMap<>();
        record.headers().forEach(h -> all.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return all;
    }

    /** When the business change happened ({@code ce_time}), for the relay's lag. */
    static Optional<Instant> occurredAt(ProducerRecord<String, byte[]> record) {
        try {
            return header(record, EventHeaders.TIME).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
