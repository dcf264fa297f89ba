package dev.opsuite.support.outbox;

import dev.opsuite.support.tracing.TraceContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsuite.events.EventContract;
import dev.opsuite.support.relay.ReplicationSlot;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes events into the transactional outbox. Must be called inside the transaction of the
 * business change ({@code @WithTransaction}): the event commits or rolls back with it, and the
 * relay publishes only what committed.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event
              (id, topic, aggregate_id, type, schema_version, tenant_id, source, occurred_at, trace_parent, payload)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(cast(?10 as text) as jsonb))""";
    // The text cast matters: bound straight to jsonb, the reactive driver would store the JSON as one string.
    // Inserted and deleted at once: the insert is in the WAL for Debezium, the table stays empty.
    private static final String DELETE = "delete from outbox_event where id = ?1";

    private final ObjectMapper json;
    private final String source;
    private final Clock clock;
    private final ReplicationSlot slot;

    public Outbox(ObjectMapper json, @ConfigProperty(name = "quarkus.application.name") String applicationName,
            Clock clock, ReplicationSlot slot) {
        this.json = json;
        this.source = "/opsuite/" + applicationName;
        this.clock = clock;
        this.slot = slot;
    }

    /** Appends {@code payload} as the next event of aggregate {@code aggregateId}; returns the event id. */
    public <T> Uni<UUID> append(EventContract<T> contract, Object aggregateId, String tenantId, T payload) {
        if (!slot.ready()) {
            // Written now, the row would be in no slot's WAL and never relayed.
            return Uni.createFrom().failure(new ServiceStartingException("the outbox's replication slot is being created"));
        }
        UUID eventId = UUID.randomUUID();
        String body = serialize(payload);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter(1, eventId)
                .setParameter(2, contract.topic())
                .setParameter(3, aggregateId.toString())
                .setParameter(4, contract.type())
                .setParameter(5, contract.version())
                .setParameter(6, tenantId)
                .setParameter(7, source)
                .setParameter(8, now)
                .setParameter(9, TraceContext.currentTraceparent())
                .setParameter(10, body)
                .executeUpdate()
                .chain(() -> session.createNativeQuery(DELETE).setParameter(1, eventId).executeUpdate()))
                .replaceWith(eventId);
    }

    private String serialize(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}
