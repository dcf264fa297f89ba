package dev.opsuite.dispatch.units.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.dispatch.units.domain.TransportUnit;
import dev.opsuite.dispatch.units.domain.TripTicket;
import dev.opsuite.dispatch.units.domain.TripTicketStatus;
import dev.opsuite.events.TransportUnitReadinessChanged;
import dev.opsuite.events.TripTicketIssued;
import dev.opsuite.support.inbox.IncomingEvent;
import dev.opsuite.support.inbox.PoisonEventException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the consumer makes of fleet's events before the use case records them. */
class FleetEventsConsumerTest {

    static final Instant AT = Instant.parse("2026-12-05T08:00:00Z");
    final IncomingEvent event = new IncomingEvent(UUID.randomUUID(), "trip-ticket-issued", 1, "acme", null, AT, null, "{}");

    @Test
    void a_unit_is_copied_with_its_readiness_reasons_and_version() {
        var changed = new TransportUnitReadinessChanged(UUID.randomUUID(), "ACTIVE", UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), false, List.of("DRIVER_LICENCE_EXPIRED"), "DOCUMENT_EXPIRED", 7, AT);

        TransportUnit copy = FleetEventsConsumer.projected(event, changed);

        assertThat(copy.tenantId()).isEqualTo("acme");
        assertThat(copy.bookable()).isFalse();
        assertThat(copy.reasons()).containsExactly("DRIVER_LICENCE_EXPIRED");
        assertThat(copy.unitVersion()).isEqualTo(7);
    }

    @Test
    void an_issued_ticket_is_open_with_its_crew_and_planned_window() {
        UUID unit = UUID.randomUUID();
        var issued = new TripTicketIssued(UUID.randomUUID(), "TT-2026-000001", UUID.randomUUID(), "1AB 2345",
                UUID.randomUUID(), "D-007", null, unit, AT, AT.plusSeconds(3600), "Brno", "Praha", List.of(), "delivery",
                "SO-2026-000007", 120_000, "fleet-manager", AT);

        TripTicket copy = FleetEventsConsumer.projected(event, issued);

        assertThat(copy.status()).isEqualTo(TripTicketStatus.OPEN);
        assertThat(copy.crew().transportUnitId()).isEqualTo(unit);
        assertThat(copy.plannedTo()).isEqualTo(AT.plusSeconds(3600));
    }

    @Test
    void an_event_without_a_field_v1_requires_is_poison() {
        var withoutWindow = new TripTicketIssued(UUID.randomUUID(), "TT-2026-000001", UUID.randomUUID(), "1AB 2345",
                UUID.randomUUID(), "D-007", null, null, null, null, "Brno", "Praha", List.of(), "delivery", null, 0,
                "fleet-manager", AT);

        assertThatThrownBy(() -> FleetEventsConsumer.projected(event, withoutWindow))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining(event.id().toString());
    }
}
