package dev.opsuite.support.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class OutboxRecordsTest {

    private static final Map<String, ?> PARTITION = Map.of("server", "fleet-service");
    private static final Map<String, ?> OFFSET = Map.of("lsn", 42L);

    @Test
    void an_outbox_row_routed_by_the_event_router_is_an_event() {
        SourceRecord row = new SourceRecord(PARTITION, OFFSET, "fleet.vehicle-expense.recorded.v1", Schema.STRING_SCHEMA,
                "aggregate-id", Schema.STRING_SCHEMA, "{\"amount\":\"1.00\"}");

        assertThat(OutboxRecords.isEvent(row)).isTrue();
    }

    @Test
    void the_heartbeat_queries_logical_decoding_message_is_not_an_event_to_send_or_park() {
        Schema message = SchemaBuilder.struct().name(OutboxRecords.LOGICAL_DECODING_MESSAGE)
                .field("op", Schema.STRING_SCHEMA).build();
        SourceRecord heartbeatMessage = new SourceRecord(PARTITION, OFFSET, "fleet-service.message", null, null, message,
                new Struct(message).put("op", "m"));

        assertThat(OutboxRecords.isEvent(heartbeatMessage)).isFalse();
    }

    @Test
    void debeziums_heartbeat_and_tombstones_are_not_events() {
        SourceRecord heartbeat = new SourceRecord(PARTITION, OFFSET, "__debezium-heartbeat.fleet-service",
                Schema.STRING_SCHEMA, "k", Schema.STRING_SCHEMA, "v");
        SourceRecord tombstone = new SourceRecord(PARTITION, OFFSET, "fleet.vehicle-expense.recorded.v1",
                Schema.STRING_SCHEMA, "k", null, null);

        assertThat(OutboxRecords.isEvent(heartbeat)).isFalse();
        assertThat(OutboxRecords.isEvent(tombstone)).isFalse();
    }
}
