package dev.opsuite.support.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsuite.events.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Outbox events that can never be sent, kept in {@code outbox_parked_event} of the service's database
 * with the reason, so that one bad event does not hold back every later one. Once the cause is fixed
 * (a topic created, a size limit raised) they are put back into the outbox (docs/reliability.md).
 */
class ParkedEvents {

    private static final String PARK = """
            insert into outbox_parked_event (event_id, topic, aggregate_id, type, tenant_id, headers, payload, reason)
            values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?) on conflict (event_id) do nothing""";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final String user;
    private final String password;

    ParkedEvents(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Throws when the database cannot take it: the relay then restarts and meets the event again. */
    void park(ProducerRecord<String, byte[]> record, String reason) throws SQLException {
        Map<String, String> headers = OutboxRecords.headers(record);
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = c.prepareStatement(PARK)) {
            insert.setObject(1, UUID.fromString(headers.getOrDefault(EventHeaders.ID, UUID.randomUUID().toString())));
            insert.setString(2, record.topic());
            insert.setString(3, record.key());
            insert.setString(4, headers.get(EventHeaders.TYPE));
            insert.setString(5, headers.get(EventHeaders.TENANT));
            insert.setString(6, json(headers));
            insert.setString(7, new String(record.value(), StandardCharsets.UTF_8));
            insert.setString(8, reason);
            insert.executeUpdate();
        }
    }

    private static String json(Map<String, String> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
