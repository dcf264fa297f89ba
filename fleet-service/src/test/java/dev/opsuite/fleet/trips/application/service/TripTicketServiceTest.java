package dev.opsuite.fleet.trips.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.RegisterDriverCommand;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.fleet.testing.InMemoryFleet;
import dev.opsuite.fleet.testing.InMemoryTripTickets;
import dev.opsuite.fleet.trips.application.port.in.CloseTripTicketUseCase.CancelTripTicketCommand;
import dev.opsuite.fleet.trips.application.port.in.CloseTripTicketUseCase.CloseTripTicketCommand;
import dev.opsuite.fleet.trips.application.port.in.IssueTripTicketUseCase.IssueTripTicketCommand;
import dev.opsuite.fleet.trips.domain.TripTicket;
import dev.opsuite.fleet.trips.domain.TripTicketClosed;
import dev.opsuite.fleet.trips.domain.TripTicketIssued;
import dev.opsuite.fleet.trips.domain.TripTicketStatus;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trip tickets: Jan Novák (DRV-0001) takes VEH-0045 for order ORD-2025-0098; the ticket is the driving record "who
 * was driving?" reads, and closing it reads the odometer. Numbers count per UTC year. Use cases on fakes.
 */
class TripTicketServiceTest {

    static final Actor DISPATCHER = new Actor("acme", "dispatcher");

    final InMemoryFleet fleet = new InMemoryFleet("2025-10-15T04:00:00Z", ZoneId.of("Europe/Prague"));
    final TripsWiring.Trips trips = TripsWiring.tickets(new InMemoryTripTickets(), fleet.vehicles.find(),
            fleet.vehicles.odometer(), fleet.drivers.find(), fleet.trailers.find(), fleet.readiness.units(), fleet.drivingRecord, fleet.events,
            new CountingDocumentNumbers(), fleet.clock);
    final Vehicle truck = done(fleet.vehicles.register().register(DISPATCHER, new Vehicle.Registration("VEH-0045",
            VehicleKind.LKV, "MAN", "TGX 18.440", null, 95_000, null)));
    final Driver jan = done(fleet.drivers.manage().register(new RegisterDriverCommand(DISPATCHER, "Jan Novák", null)));

    TripTicket issue(String from, String to) {
        return done(trips.issue().issue(new IssueTripTicketCommand(DISPATCHER, new TripTicket.Issue(truck.id(), jan.id(), null,
                null, new TripTicket.Plan(Instant.parse(from), Instant.parse(to), "Brno", "Wrocław", List.of(), "Delivery",
                        "ORD-2025-0098")))));
    }

    @Test
    void a_ticket_puts_jan_on_the_truck_for_the_order_and_its_close_reads_the_odometer() {
        TripTicket ticket = issue("2025-10-15T05:00:00Z", "2025-10-15T17:00:00Z");

        assertThat(ticket.number()).isEqualTo("TT-2025-000001");
        assertThat(ticket.odometerOutKm()).isEqualTo(95_000);
        assertThat(fleet.events.published(TripTicketIssued.class)).singleElement().satisfies(e -> {
            assertThat(e.registrationNumber()).isEqualTo("VEH-0045");
            assertThat(e.employeeNumber()).isEqualTo("DRV-0001");
        });
        assertThat(done(fleet.driverAt.periodAt("acme", truck.id(), Instant.parse("2025-10-15T12:30:00Z"))))
                .hasValueSatisfying(p -> {
                    assertThat(p.driverId()).isEqualTo(jan.id());
                    assertThat(p.orderReference()).isEqualTo("ORD-2025-0098");
                });

        fleet.clock.set("2025-10-15T18:00:00Z");
        TripTicket closed = done(trips.close().close(new CloseTripTicketCommand(DISPATCHER, ticket.id(), null, 95_420, null,
                Instant.parse("2025-10-15T16:00:00Z"))));

        assertThat(closed.status()).isEqualTo(TripTicketStatus.CLOSED);
        assertThat(closed.distanceKm()).isEqualTo(420);
        assertThat(done(fleet.vehicles.find().vehicle("acme", truck.id())).odometerKm()).isEqualTo(95_420);
        assertThat(fleet.vehicleStore.readings()).hasSize(1);
        assertThat(fleet.events.published(TripTicketClosed.class)).hasSize(1);
        // The record now holds the actual window: nobody drove the truck after it returned.
        assertThat(done(fleet.driverAt.periodAt("acme", truck.id(), Instant.parse("2025-10-15T16:30:00Z")))).isEmpty();
    }

    @Test
    void the_ticket_of_new_years_eve_counts_in_the_utc_year_and_the_next_year_starts_again_at_one() {
        fleet.clock.set("2025-12-31T23:30:00Z"); // 00:30 on 1 January 2026 in Prague
        TripTicket eve = issue("2025-12-31T23:40:00Z", "2026-01-01T05:00:00Z");
        fleet.clock.set("2026-01-01T06:00:00Z");
        TripTicket next = issue("2026-01-01T06:30:00Z", "2026-01-01T12:00:00Z");

        assertThat(eve.number()).isEqualTo("TT-2025-000001");
        assertThat(next.number()).isEqualTo("TT-2026-000001");
    }

    @Test
    void a_reading_below_the_odometer_out_or_below_the_trucks_mileage_is_refused_on_odometer_in() {
        TripTicket ticket = issue("2025-10-15T05:00:00Z", "2025-10-15T17:00:00Z");
        fleet.clock.set("2025-10-15T18:00:00Z");

        Rejection below = refused(trips.close().close(new CloseTripTicketCommand(DISPATCHER, ticket.id(), null, 94_000, null,
                Instant.parse("2025-10-15T16:00:00Z"))));
        assertThat(below.code()).isEqualTo("odometer-in-below-out");
        assertThat(below.field()).isEqualTo("odometerIn");
        assertThat(refused(trips.close().close(new CloseTripTicketCommand(DISPATCHER, ticket.id(), 7L, 95_420, null,
                Instant.parse("2025-10-15T16:00:00Z")))).kind()).isEqualTo(Rejection.Kind.STALE);
    }

    @Test
    void a_cancelled_ticket_leaves_the_driving_record() {
        TripTicket ticket = issue("2025-10-15T05:00:00Z", "2025-10-15T17:00:00Z");

        done(trips.close().cancel(new CancelTripTicketCommand(DISPATCHER, ticket.id(), null, "Order moved")));

        assertThat(done(trips.find().tripTicket("acme", ticket.id())).status()).isEqualTo(TripTicketStatus.CANCELLED);
        assertThat(done(fleet.driverAt.periodAt("acme", truck.id(), Instant.parse("2025-10-15T12:30:00Z")))).isEmpty();
        assertThat(refused(trips.find().tripTicket("globex", ticket.id())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }
}
