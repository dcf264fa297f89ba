package dev.opsuite.support.inbox;

import dev.opsuite.events.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** An event as a consumer receives it: the CloudEvents headers read and checked, the payload as text. */
public record IncomingEvent(
        UUID id,
        String type,
        int schemaVersion,
        String tenantId,
        String subject,
        Instant time,
        String traceparent,
        String payload) {

    /** Reads the headers of a record; a record without them is a poison message. */
    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        try {
            return new IncomingEvent(
                    UUID.fromString(required(record, EventHeaders.ID)),
                    required(record, EventHeaders.TYPE),
                    Integer.parseInt(required(record, EventHeaders.SCHEMA_VERSION)),
                    required(record, EventHeaders.TENANT),
                    header(record, EventHeaders.SUBJECT),
                    Instant.parse(required(record, EventHeaders.TIME)),
                    header(record, EventHeaders.TRACEPARENT),
                    record.value());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new PoisonEventException("unreadable event headers on " + record.topic() + "@" + record.offset()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * The payload carries every field its type's version requires ({@code values}, read from it): without one the
     * event can never be applied, now or on any retry, so it is a poison message.
     */
    public void requireFields(Object... values) {
        for (Object value : values) {
            if (value == null) {
                throw new PoisonEventException(type + " event " + id + " lacks a field v" + schemaVersion + " requires", null);
            }
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing header " + name);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
