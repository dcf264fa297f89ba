package dev.opsuite.fleet.trips.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.fleet.kernel.DrivingSource;
import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.vehicles.domain.AssignmentMode;
import dev.opsuite.fleet.vehicles.domain.Vehicle;

import static dev.opsuite.fleet.testing.Results.accepted;
import static dev.opsuite.fleet.testing.Results.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TripTicketTest {

    static final Instant NOW = Instant.parse("2025-10-16T09:00:00Z");
    static final Instant FROM = Instant.parse("2025-10-15T06:00:00Z");
    static final Instant TO = Instant.parse("2025-10-15T18:00:00Z");

    static Vehicle vehicle(VehicleKind kind, VehicleStatus status) {
        return new Vehicle(Envelope.created(UUID.randomUUID(), "acme", "fm", NOW),
                new Vehicle.Particulars("VEH-0045", kind, "MAN", "TGX 18.440", null),
                kind == VehicleKind.PKV ? AssignmentMode.POOL : null, 182_340, null, status);
    }

    static Driver driver(DriverStatus status) {
        return new Driver(Envelope.created(UUID.randomUUID(), "acme", "hr", NOW), "DRV-0001", "Jan Novák", null,
                status);
    }

    static Trailer trailer(TrailerStatus status) {
        return new Trailer(Envelope.created(UUID.randomUUID(), "acme", "fm", NOW), "1AB 7777", TrailerType.MEGA, null,
                null, status);
    }

    static TripTicket.Parties parties(Vehicle v, Driver d, Trailer t) {
        return new TripTicket.Parties(
                new TripTicket.Parties.TripVehicle(v.id(), v.registrationNumber(), v.kind(), v.status(), v.odometerKm()),
                new TripTicket.Parties.TripDriver(d.id(), d.name(), d.employeeNumber(), d.status()),
                t == null ? null : new TripTicket.Parties.TripTrailer(t.id(), t.registrationNumber(), t.status()), null);
    }

    static TripTicket.Issue body(Vehicle v, Driver d, Trailer t, String order) {
        return new TripTicket.Issue(v.id(), d.id(), t == null ? null : t.id(), null, new TripTicket.Plan(FROM, TO,
                " Praha ", "Brno", List.of(" Jihlava "), "Delivery", order));
    }

    static Result<TripTicket> issue(Vehicle v, Driver d, Trailer t, String order) {
        return TripTicket.issue(UUID.randomUUID(), "acme", "TT-2025-000001", body(v, d, t, order),
                parties(v, d, t), "dispatcher", NOW);
    }

    static TripTicket issued() {
        return accepted(issue(vehicle(VehicleKind.LKV, VehicleStatus.ACTIVE), driver(DriverStatus.ACTIVE),
                trailer(TrailerStatus.ACTIVE), "ORD-2025-0098"));
    }

    @Test
    void an_issued_ticket_holds_the_planned_window_and_the_vehicles_odometer() {
        TripTicket ticket = issued();

        assertThat(ticket.status()).isEqualTo(TripTicketStatus.ISSUED);
        assertThat(ticket.odometerOutKm()).isEqualTo(182_340);
        assertThat(ticket.origin()).isEqualTo("Praha");
        assertThat(ticket.via()).containsExactly("Jihlava");
        assertThat(ticket.windowStart()).isEqualTo(FROM);
        assertThat(ticket.windowEnd()).isEqualTo(TO);
        DrivingPeriod period = DrivingPeriod.of(ticket).orElseThrow();
        assertThat(period.orderReference()).isEqualTo("ORD-2025-0098");
        assertThat(period.source()).isEqualTo(DrivingSource.TRIP_TICKET);
        assertThat(period.sourceNumber()).isEqualTo("TT-2025-000001");
    }

    @Test
    void only_an_active_driver_an_active_vehicle_and_a_trailer_behind_an_active_truck() {
        Vehicle truck = vehicle(VehicleKind.LKV, VehicleStatus.ACTIVE);
        assertThat(rejected(issue(truck, driver(DriverStatus.ON_LEAVE), null, null)).field()).isEqualTo("driverId");
        for (VehicleStatus status : List.of(VehicleStatus.IN_SERVICE, VehicleStatus.IN_REPAIR, VehicleStatus.OUT_OF_SERVICE)) {
            var r = rejected(issue(vehicle(VehicleKind.LKV, status), driver(DriverStatus.ACTIVE), null, null));
            assertThat(r.code()).isEqualTo("vehicle-not-available");
            assertThat(r.field()).isEqualTo("vehicleId");
        }
        Vehicle car = vehicle(VehicleKind.PKV, VehicleStatus.ACTIVE);
        assertThat(rejected(issue(car, driver(DriverStatus.ACTIVE), trailer(TrailerStatus.ACTIVE), null)).code())
                .isEqualTo("trailer-needs-heavy-truck");
        assertThat(rejected(issue(car, driver(DriverStatus.ACTIVE), null, "ORD-2025-0098")).field()).isEqualTo("orderReference");
        assertThat(rejected(issue(truck, driver(DriverStatus.ACTIVE), trailer(TrailerStatus.IN_REPAIR), null)).field())
                .isEqualTo("trailerId");
        assertThat(accepted(issue(car, driver(DriverStatus.ACTIVE), null, null)).vehicleKind()).isEqualTo(VehicleKind.PKV);
    }

    @Test
    void the_planned_window_ends_after_it_starts() {
        Vehicle truck = vehicle(VehicleKind.LKV, VehicleStatus.ACTIVE);
        Driver driver = driver(DriverStatus.ACTIVE);
        var backwards = new TripTicket.Issue(truck.id(), driver.id(), null, null,
                new TripTicket.Plan(TO, FROM, "Praha", "Brno", null, "x", null));
        var r = rejected(TripTicket.issue(UUID.randomUUID(), "acme", "TT-2025-000001", backwards,
                parties(truck, driver, null), "dispatcher", NOW));
        assertThat(r.field()).isEqualTo("plannedTo");
    }

    @Test
    void closing_computes_the_distance_and_the_actual_window() {
        TripTicket ticket = issued();

        assertThat(rejected(ticket.close(182_339, null, TO, "dispatcher", NOW)).field()).isEqualTo("odometerIn");
        assertThat(rejected(ticket.close(182_792, null, FROM, "dispatcher", NOW)).field()).isEqualTo("returnedAt");
        assertThat(rejected(ticket.close(182_792, null, NOW.plusSeconds(60), "dispatcher", NOW)).code())
                .isEqualTo("returned-in-future");

        Instant back = Instant.parse("2025-10-15T17:40:00Z");
        accepted(ticket.close(182_792, null, back, "dispatcher", NOW));
        assertThat(ticket.status()).isEqualTo(TripTicketStatus.CLOSED);
        assertThat(ticket.distanceKm()).isEqualTo(452);
        assertThat(ticket.windowStart()).isEqualTo(FROM);
        assertThat(ticket.windowEnd()).isEqualTo(back);
        assertThat(rejected(ticket.close(182_800, null, back, "dispatcher", NOW)).reason()).isEqualTo(Result.Reason.WRONG_STATE);
        assertThat(rejected(ticket.cancel("late", "dispatcher", NOW)).code()).isEqualTo("trip-ticket-not-issued");
    }

    @Test
    void the_issued_event_keeps_the_ticket_as_issued_when_the_ticket_is_closed_later() {
        Result<TripTicket> issuing = issue(vehicle(VehicleKind.LKV, VehicleStatus.ACTIVE), driver(DriverStatus.ACTIVE), null,
                "ORD-2025-0098");
        TripTicket ticket = accepted(issuing);
        TripTicketIssued issued = (TripTicketIssued) issuing.events().get(0);

        Instant back = Instant.parse("2025-10-15T17:40:00Z");
        TripTicketClosed closed = (TripTicketClosed) ticket.close(182_792, null, back, "fm", NOW).events().get(0);

        assertThat(issued.envelope().updatedBy()).isEqualTo("dispatcher");
        assertThat(issued.plan().plannedTo()).isEqualTo(TO);
        assertThat(issued.odometerOutKm()).isEqualTo(182_340);
        assertThat(closed.closing().returnedAt()).isEqualTo(back);
        assertThat(closed.closing().distanceKm()).isEqualTo(452);
        assertThat(ticket.envelope().updatedBy()).isEqualTo("fm");
    }

    @Test
    void a_cancelled_ticket_leaves_the_driving_record() {
        TripTicket ticket = issued();
        accepted(ticket.cancel(" Order postponed ", "dispatcher", NOW));

        assertThat(ticket.cancelReason()).isEqualTo("Order postponed");
        assertThat(DrivingPeriod.of(ticket)).isEmpty();
        assertThat(rejected(ticket.close(182_400, null, TO, "dispatcher", NOW)).code()).isEqualTo("trip-ticket-not-issued");
    }
}
