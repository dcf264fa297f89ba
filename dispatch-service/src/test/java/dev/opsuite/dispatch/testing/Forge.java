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

    /** billing issued an invoice for a sales order of {@code customer}; {@code requestId} answers a dispatch's request, or null. */
    public static void invoiceIssued(String tenant, UUID invoiceId, UUID customer, UUID requestId) {
        send(dev.opsuite.events.EventCatalog.INVOICE_ISSUED, tenant, invoiceId, new dev.opsuite.events.InvoiceIssued(invoiceId,
                "INV-2026-" + invoiceId.toString().substring(0, 6), UUID.randomUUID(), "SO-2026-000007", customer,
                "Novák Logistics s.r.o.", new dev.opsuite.events.Money(new java.math.BigDecimal("12500.00"), "CZK"),
                Instant.now(), requestId));
    }

    /** billing processed (paid) the invoice. */
    public static void invoiceProcessed(String tenant, UUID invoiceId) {
        send(dev.opsuite.events.EventCatalog.INVOICE_PROCESSED, tenant, invoiceId, new dev.opsuite.events.InvoiceProcessed(
                invoiceId, "INV-2026-" + invoiceId.toString().substring(0, 6), UUID.randomUUID(), "PAID", "billing-ivana",
                Instant.now()));
    }

    /** A unit of fleet: its driver, truck and trailer, and whether it is ready for an order (with fleet's reasons). */
    public record Unit(UUID id, UUID driverId, UUID vehicleId, UUID trailerId) {

        public static Unit any() {
            return new Unit(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        }

        /** Another unit of the same driver, truck and trailer (fleet re-formed it). */
        public Unit twin() {
            return new Unit(UUID.randomUUID(), driverId, vehicleId, trailerId);
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
