package dev.opsuite.fleet.fines.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.costs.domain.VehicleExpenseRecorded;
import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.RegisterDriverCommand;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.fines.application.port.in.RecordFineUseCase.AttributeFineCommand;
import dev.opsuite.fleet.fines.application.port.in.RecordFineUseCase.RecordFineCommand;
import dev.opsuite.fleet.fines.domain.Fine;
import dev.opsuite.fleet.fines.domain.FineAttributed;
import dev.opsuite.fleet.fines.domain.FineAttribution;
import dev.opsuite.fleet.fines.domain.FineRecorded;
import dev.opsuite.fleet.fines.domain.FineStatus;
import dev.opsuite.fleet.kernel.DrivingSource;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.ledger.domain.DriverTransactionKind;
import dev.opsuite.fleet.ledger.domain.DriverTransactionRecorded;
import dev.opsuite.fleet.ledger.domain.OrderCostRecorded;
import dev.opsuite.fleet.testing.InMemoryFleet;
import dev.opsuite.fleet.trips.application.port.in.RecordDispatchDrivingUseCase.RecordDispatchCommand;
import dev.opsuite.fleet.trips.domain.DispatchRun;
import dev.opsuite.fleet.trips.domain.DrivingPeriod;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 004, "Scenario: Speeding Fine": a letter for VEH-0045 (speeding on the D1, 15 October 2025, 14:30, 500 CZK);
 * the driving record says Jan Novák (DRV-0001) drove it for order ORD-2025-0098; the vehicle, the driver's pay and
 * the order each get their line. Use cases on in-memory fakes, no server.
 */
class FineServiceTest {

    static final Actor ADMIN = new Actor("acme", "admin");
    static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    /** 14:30 in Prague (summer time) on 15 October 2025. */
    static final Instant OFFENSE = Instant.parse("2025-10-15T12:30:00Z");

    final InMemoryFleet fleet = new InMemoryFleet("2025-10-20T09:00:00Z", PRAGUE);
    final FineService fines = new FineService(fleet.fineStore, fleet.vehicles.find(), fleet.drivers.find(),
            fleet.costs.book(), fleet.driverAt, fleet.ledger.bookTransaction(), fleet.ledger.bookOrderCost(), fleet.events,
            fleet.clock);
    final Vehicle truck = done(fleet.vehicles.register().register(ADMIN, new Vehicle.Registration("VEH-0045",
            VehicleKind.LKV, "MAN", "TGX 18.440", null, 95_000, null)));
    final Driver jan = done(fleet.drivers.manage().register(new RegisterDriverCommand(ADMIN, "Jan Novák", null)));

    Fine.Letter speeding() {
        return new Fine.Letter(truck.id(), new Fine.Offense(OFFENSE, "D1, km 45 (Czech Republic)", "Speeding",
                "140 km/h in 120 zone"), new BigDecimal("500"), "CZK", new Fine.Notice("PCR-2025-4411", "Policie ČR",
                LocalDate.of(2025, 10, 20)));
    }

    void janDroveForOrder0098() {
        done(fleet.drivingRecord.record(new DrivingPeriod("acme", truck.id(), jan.id(), null,
                Instant.parse("2025-10-15T05:00:00Z"), Instant.parse("2025-10-15T17:00:00Z"), "ORD-2025-0098",
                DrivingSource.TRIP_TICKET, UUID.randomUUID(), "TT-2025-000042")));
    }

    @Test
    void a_fine_during_a_trip_is_booked_to_its_driver_and_order() {
        janDroveForOrder0098();

        Fine fine = done(fines.record(new RecordFineCommand(ADMIN, speeding())));

        assertThat(jan.employeeNumber()).isEqualTo("DRV-0001");
        assertThat(fine.status()).isEqualTo(FineStatus.ATTRIBUTED);
        assertThat(fine.driverId()).isEqualTo(jan.id());
        assertThat(fine.attribution()).isEqualTo(FineAttribution.DRIVING_RECORD);
        assertThat(fine.orderReference()).isEqualTo("ORD-2025-0098");
        assertThat(fine.drivingSourceNumber()).isEqualTo("TT-2025-000042");

        assertThat(fleet.expenseStore.all()).singleElement().satisfies(e -> {
            assertThat(e.entry().category()).isEqualTo(ExpenseCategory.FINE);
            assertThat(e.entry().description()).isEqualTo("Fine: 500 CZK (Speeding)");
            assertThat(e.entry().incurredOn()).isEqualTo(LocalDate.of(2025, 10, 15));
        });
        assertThat(fleet.ledgerStore.transactions()).singleElement().satisfies(t -> {
            assertThat(t.entry().kind()).isEqualTo(DriverTransactionKind.FINE_DEDUCTION);
            assertThat(t.entry().amount()).isEqualByComparingTo("-500");
            assertThat(t.entry().description()).isEqualTo("Fine: -500 CZK (Speeding, Order ORD-2025-0098)");
            assertThat(t.payPeriod()).isEqualTo(YearMonth.of(2025, 10));
            assertThat(t.id()).isEqualTo(fine.driverTransactionId());
        });
        assertThat(fleet.ledgerStore.costs()).singleElement().satisfies(c -> {
            assertThat(c.orderReference()).isEqualTo("ORD-2025-0098");
            assertThat(c.amount()).isEqualByComparingTo("500");
            assertThat(c.description()).isEqualTo("Fine expense: 500 CZK");
            assertThat(c.id()).isEqualTo(fine.orderCostId());
        });

        // What the domain decided, in the order it is announced: the vehicle's, the driver's, the order's, the fine's.
        assertThat(fleet.events.published()).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "VehicleExpenseRecorded", "DriverTransactionRecorded", "OrderCostRecorded", "FineRecorded",
                "FineAttributed");
        assertThat(fleet.events.published(VehicleExpenseRecorded.class).get(0).registrationNumber()).isEqualTo("VEH-0045");
        assertThat(fleet.events.published(DriverTransactionRecorded.class).get(0).employeeNumber()).isEqualTo("DRV-0001");
        assertThat(fleet.events.published(OrderCostRecorded.class).get(0).cost().orderReference()).isEqualTo("ORD-2025-0098");
        assertThat(fleet.events.published(FineRecorded.class).get(0).registrationNumber()).isEqualTo("VEH-0045");
        assertThat(fleet.events.published(FineAttributed.class).get(0).employeeNumber()).isEqualTo("DRV-0001");
    }

    @Test
    void a_fine_during_a_dispatch_is_booked_to_the_dispatchs_driver_and_order() {
        // dispatch-service's events put Jan on VEH-0045 for SO-2025-000007 (dispatch DSP-2025-000042).
        UUID dispatchId = UUID.randomUUID();
        done(fleet.dispatches.record(new RecordDispatchCommand(new DispatchRun("acme", dispatchId, "DSP-2025-000042",
                DispatchRun.Stage.DISPATCHED, truck.id(), jan.id(), null, "SO-2025-000007",
                Instant.parse("2025-10-15T06:00:00Z"), Instant.parse("2025-10-15T18:00:00Z"),
                Instant.parse("2025-10-15T06:05:00Z"), null))));

        Fine fine = done(fines.record(new RecordFineCommand(ADMIN, speeding())));

        assertThat(fine.status()).isEqualTo(FineStatus.ATTRIBUTED);
        assertThat(fine.driverId()).isEqualTo(jan.id());
        assertThat(fine.drivingSource()).isEqualTo(DrivingSource.DISPATCH);
        assertThat(fine.drivingSourceId()).isEqualTo(dispatchId);
        assertThat(fine.drivingSourceNumber()).isEqualTo("DSP-2025-000042");
        assertThat(fine.tripTicketId()).isNull();
        assertThat(fine.orderReference()).isEqualTo("SO-2025-000007");
        assertThat(fleet.ledgerStore.transactions()).singleElement().satisfies(t -> assertThat(t.entry().description())
                .isEqualTo("Fine: -500 CZK (Speeding, Order SO-2025-000007)"));
        assertThat(fleet.events.published(OrderCostRecorded.class)).singleElement().satisfies(c -> {
            assertThat(c.cost().orderReference()).isEqualTo("SO-2025-000007");
            assertThat(c.cost().amount()).isEqualByComparingTo("500");
        });
    }

    @Test
    void a_fine_nobody_is_recorded_driving_for_waits_for_the_admin_who_books_it_without_an_order() {
        Fine fine = done(fines.record(new RecordFineCommand(ADMIN, speeding())));
        assertThat(fine.status()).isEqualTo(FineStatus.PENDING_ATTRIBUTION);
        assertThat(fleet.expenseStore.all()).hasSize(1);
        assertThat(fleet.ledgerStore.transactions()).isEmpty();

        Fine attributed = done(fines.attribute(new AttributeFineCommand(ADMIN, fine.id(), null, jan.id(), null)));

        assertThat(attributed.attribution()).isEqualTo(FineAttribution.MANUAL);
        assertThat(fleet.ledgerStore.transactions()).singleElement()
                .satisfies(t -> assertThat(t.entry().description()).isEqualTo("Fine: -500 CZK (Speeding)"));
        assertThat(fleet.ledgerStore.costs()).isEmpty();
        assertThat(fleet.events.published(FineAttributed.class)).hasSize(1);
    }

    @Test
    void a_fine_attributed_on_the_last_evening_of_october_falls_in_novembers_pay_in_prague() {
        Fine fine = done(fines.record(new RecordFineCommand(ADMIN, speeding())));
        // 23:30 UTC on 31 October is 00:30 on 1 November in Prague (winter time since 26 October).
        fleet.clock.set("2025-10-31T23:30:00Z");

        done(fines.attribute(new AttributeFineCommand(ADMIN, fine.id(), null, jan.id(), "ORD-2025-0098")));

        assertThat(fleet.ledgerStore.transactions()).singleElement().satisfies(t -> {
            assertThat(t.payPeriod()).isEqualTo(YearMonth.of(2025, 11));
            assertThat(t.bookedOn()).isEqualTo(LocalDate.of(2025, 11, 1));
        });
    }

    @Test
    void in_a_utc_payroll_the_same_moment_is_still_octobers_pay() {
        InMemoryFleet utc = new InMemoryFleet("2025-10-31T23:30:00Z", ZoneId.of("UTC"));
        Driver driver = done(utc.drivers.manage().register(new RegisterDriverCommand(ADMIN, "Jan Novák", null)));

        var t = done(utc.ledger.bookTransaction().book(ADMIN, new dev.opsuite.fleet.ledger.domain.DriverTransaction.Entry(
                driver.id(), DriverTransactionKind.FINE_DEDUCTION, new BigDecimal("-500"), "CZK", "Fine: -500 CZK (Speeding)",
                null, "FINE", UUID.randomUUID())));

        assertThat(t.payPeriod()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(t.bookedOn()).isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void a_second_attribution_an_unknown_vehicle_and_an_unknown_driver_are_refused() {
        janDroveForOrder0098();
        Fine fine = done(fines.record(new RecordFineCommand(ADMIN, speeding())));

        Rejection twice = refused(fines.attribute(new AttributeFineCommand(ADMIN, fine.id(), null, jan.id(), null)));
        assertThat(twice.code()).isEqualTo("fine-already-attributed");
        assertThat(twice.kind()).isEqualTo(Rejection.Kind.CONFLICT);

        Fine.Letter l = speeding();
        Rejection noVehicle = refused(fines.record(new RecordFineCommand(ADMIN, new Fine.Letter(UUID.randomUUID(),
                l.offense(), l.amount(), l.currency(), l.notice()))));
        assertThat(noVehicle.code()).isEqualTo("vehicle-not-found");
        assertThat(noVehicle.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);

        Fine pending = done(new FineService(fleet.fineStore, fleet.vehicles.find(), fleet.drivers.find(), fleet.costs.book(),
                fleet.driverAt, fleet.ledger.bookTransaction(), fleet.ledger.bookOrderCost(), fleet.events, fleet.clock)
                .record(new RecordFineCommand(ADMIN, new Fine.Letter(truck.id(),
                        new Fine.Offense(Instant.parse("2025-10-18T10:00:00Z"), "D8", "Parking", null), new BigDecimal("200"),
                        "CZK", new Fine.Notice("PCR-2025-5000", "Policie ČR", LocalDate.of(2025, 10, 20))))));
        assertThat(refused(fines.attribute(new AttributeFineCommand(ADMIN, pending.id(), null, UUID.randomUUID(), null)))
                .code()).isEqualTo("driver-not-found");
        assertThat(refused(fines.fine("globex", fine.id())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }
}
