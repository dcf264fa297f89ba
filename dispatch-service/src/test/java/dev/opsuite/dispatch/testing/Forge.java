package dev.opsuite.dispatch.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.opsuite.events.EventContract;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.TransportUnitReadinessChanged;
import dev.opsuite.events.TripTicketIssued;
import dev.opsuite.testing.KafkaProbe;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events other services would send dispatch, sent by a black-box test in their place (fleet's units and trip
 * tickets, billing's invoices and answers): each a contract's record, with the suite's headers.
 */
public final class Forge {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Forge() {
    }

    /** Sends {@code payload} as {@code contract}'s event of {@code tenant}, keyed by {@code key}; answers the event id. */
    public static <T> UUID send(EventContract<T> contract, String tenant, Object key, T payload) {
        UUID eventId = UUID.randomUUID();
        try {
            KafkaProbe.send(contract.topic(), key.toString(), JSON.writeValueAsString(payload), Map.of(
                    EventHeaders.ID, eventId.toString(), EventHeaders.TYPE, contract.type(),
                    EventHeaders.SCHEMA_VERSION, Integer.toString(contract.version()), EventHeaders.TENANT, tenant,
                    EventHeaders.TIME, Instant.now().toString(), EventHeaders.SOURCE, "/opsuite/test",
                    EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_VALUE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    /** A unit of fleet: its driver, truck and trailer, and whether it is ready for an order (with fleet's reasons). */
    public record Unit(UUID id, UUID driverId, UUID vehicleId, UUID trailerId) {

        public static Unit any() {
            return new Unit(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        }

        public void announce(String tenant, boolean ready, long version, String... reasons) {
            send(dev.opsuite.events.EventCatalog.TRANSPORT_UNIT_READINESS_CHANGED, tenant, id,
                    new TransportUnitReadinessChanged(id, "ACTIVE", driverId, vehicleId, trailerId, ready, List.of(reasons),
                            "TEST", version, Instant.now()));
        }

        /** A ticket issued to this unit's driver and truck for [from, to). */
        public UUID issueTicket(String tenant, Instant from, Instant to) {
            return issueTicket(tenant, driverId, from, to);
        }

        public UUID issueTicket(String tenant, UUID driver, Instant from, Instant to) {
            UUID ticket = UUID.randomUUID();
            send(dev.opsuite.events.EventCatalog.TRIP_TICKET_ISSUED, tenant, ticket, new TripTicketIssued(ticket,
                    "TT-2026-" + ticket.toString().substring(0, 6), vehicleId, "1AB 2345", driver, "D-007", trailerId, id,
                    from, to, "Brno", "Praha", List.of(), "delivery", "SO-2026-000007", 120_000, "fleet-manager",
                    Instant.now()));
            return ticket;
        }
    }
}
