package dev.opsuite.fleet.accidents.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.accidents.application.port.in.FindAccidentsQuery.AccidentFilter;
import dev.opsuite.fleet.accidents.application.port.in.InsuranceClaimUseCase.ChangeClaimCommand;
import dev.opsuite.fleet.accidents.application.port.in.InsuranceClaimUseCase.ClaimAction;
import dev.opsuite.fleet.accidents.application.port.in.InsuranceClaimUseCase.FileClaimCommand;
import dev.opsuite.fleet.accidents.application.port.in.ReportAccidentUseCase.AddPhotoCommand;
import dev.opsuite.fleet.accidents.application.port.in.ReportAccidentUseCase.AmendAccidentCommand;
import dev.opsuite.fleet.accidents.application.port.in.ReportAccidentUseCase.ReportAccidentCommand;
import dev.opsuite.fleet.accidents.application.port.in.SettleAccidentUseCase.CompleteRepairCommand;
import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.fleet.accidents.domain.AccidentCostsSettled;
import dev.opsuite.fleet.accidents.domain.AccidentPhoto;
import dev.opsuite.fleet.accidents.domain.AccidentReported;
import dev.opsuite.fleet.accidents.domain.AccidentStatus;
import dev.opsuite.fleet.accidents.domain.ClaimStatus;
import dev.opsuite.fleet.accidents.domain.InsuranceClaimChanged;
import dev.opsuite.support.domain.ImageType;
import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.RegisterDriverCommand;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.kernel.CostInput;
import dev.opsuite.fleet.kernel.VatMode;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.ledger.domain.DriverTransactionKind;
import dev.opsuite.fleet.ledger.domain.OrderCostKind;
import dev.opsuite.fleet.testing.InMemoryFleet;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.fleet.vehicles.domain.VehicleStatusChanged;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 004, "Scenario: Accident": Jan Novák (DRV-0001) calls from VEH-0045 on order ORD-2025-0087; the dispatcher
 * reports the accident (estimate 50,000 CZK, the truck goes IN_REPAIR), claim INS-2025-123 is filed (PENDING); the
 * body shop invoices 48,000 CZK net, insurance pays 40,000, the company 8,000 (the order's cost), the driver 5,000
 * (from salary); the truck is ACTIVE again. Use cases on in-memory fakes, no server.
 */
class AccidentServiceTest {

    static final Actor DISPATCHER = new Actor("acme", "dispatcher");
    static final Actor MANAGER = new Actor("acme", "fleet-manager");
    static final String ORDER = "ORD-2025-0087";
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10 };

    final InMemoryFleet fleet = new InMemoryFleet("2025-10-20T09:00:00Z", ZoneId.of("Europe/Prague"));
    final Vehicle truck = done(fleet.vehicles.register().register(MANAGER, new Vehicle.Registration("VEH-0045",
            VehicleKind.LKV, "MAN", "TGX 18.440", null, 95_000, null)));
    final Driver jan = done(fleet.drivers.manage().register(new RegisterDriverCommand(MANAGER, "Jan Novák", null)));

    Accident.Report onTheHighway() {
        return new Accident.Report(at(truck.id(), jan.id(), ORDER, Instant.parse("2025-10-16T07:45:00Z")),
                new Accident.Damage("D1, km 112", "Cargo damaged, truck body dented", new BigDecimal("50000"), "CZK", null));
    }

    static Accident.Circumstances at(UUID vehicleId, UUID driverId, String order, Instant occurredAt) {
        return new Accident.Circumstances(vehicleId, driverId, null, order, occurredAt);
    }

    static Accident.Damage dented(BigDecimal estimate, String currency) {
        return new Accident.Damage("D1, km 112", "Cargo damaged, truck body dented", estimate, currency, null);
    }

    Accident reported() {
        return done(fleet.accidents.report().report(new ReportAccidentCommand(DISPATCHER, onTheHighway())));
    }

    CompleteRepairCommand repair(UUID accidentId, String insurer, String driver) {
        return new CompleteRepairCommand(MANAGER, accidentId, null, new CostInput("CZK", VatMode.STANDARD,
                new BigDecimal("48000"), null, new BigDecimal("21")), "Karosárna Brno", "KB-2025-777", new BigDecimal(insurer),
                new BigDecimal(driver), LocalDate.of(2025, 10, 20));
    }

    @Test
    void the_accident_of_VEH_0045_on_order_ORD_2025_0087_costs_the_order_8000_and_the_driver_5000() {
        // 2. The dispatcher reports it; 3. the truck goes IN_REPAIR.
        Accident accident = reported();
        assertThat(accident.number()).isEqualTo("ACC-2025-000001");
        assertThat(accident.status()).isEqualTo(AccidentStatus.REPORTED);
        assertThat(accident.estimateAmount()).isEqualByComparingTo("50000");
        assertThat(done(fleet.vehicles.find().vehicle("acme", truck.id())).status()).isEqualTo(VehicleStatus.IN_REPAIR);
        // The police report number and a photo arrive later.
        done(fleet.accidents.report().amend(new AmendAccidentCommand(DISPATCHER, accident.id(), null,
                new Accident.Amendment(null, null, null, null, "PCR-2025-0815"))));
        AccidentPhoto photo = done(fleet.accidents.report().addPhoto(new AddPhotoCommand(DISPATCHER, accident.id(),
                "dent.jpg", JPEG.length, Uni.createFrom().item(JPEG))));
        assertThat(photo.type()).isEqualTo(ImageType.JPEG);

        // 4. Claim INS-2025-123: PENDING.
        Accident claimed = done(fleet.accidents.claim().file(new FileClaimCommand(MANAGER, accident.id(), null,
                "INS-2025-123", "Kooperativa")));
        assertThat(claimed.claim().status()).isEqualTo(ClaimStatus.PENDING);
        assertThat(claimed.policeReportNumber()).isEqualTo("PCR-2025-0815");

        // 5. Repair completed: 48,000 net; insurance 40,000, company 8,000, driver 5,000.
        Accident settled = done(fleet.accidents.settle().completeRepair(repair(accident.id(), "40000", "5000")));
        assertThat(settled.status()).isEqualTo(AccidentStatus.SETTLED);
        assertThat(settled.settlement().split().repairCost()).isEqualByComparingTo("48000");
        assertThat(settled.settlement().split().insurerShare()).isEqualByComparingTo("40000");
        assertThat(settled.settlement().split().companyShare()).isEqualByComparingTo("8000");
        assertThat(settled.settlement().split().driverDeductible()).isEqualByComparingTo("5000");

        // 6. Order -8,000; driver -5,000 in October's pay; the vehicle's costs +48,000 net (58,080 gross).
        assertThat(fleet.ledgerStore.costs()).singleElement().satisfies(c -> {
            assertThat(c.orderReference()).isEqualTo(ORDER);
            assertThat(c.kind()).isEqualTo(OrderCostKind.ACCIDENT);
            assertThat(c.amount()).isEqualByComparingTo("8000");
            assertThat(c.description()).isEqualTo("Accident expense: 8000.00 CZK (ACC-2025-000001)");
        });
        assertThat(fleet.ledgerStore.transactions()).singleElement().satisfies(t -> {
            assertThat(t.entry().kind()).isEqualTo(DriverTransactionKind.ACCIDENT_DEDUCTIBLE);
            assertThat(t.entry().amount()).isEqualByComparingTo("-5000");
            assertThat(t.entry().description()).isEqualTo("Accident deductible: -5000.00 CZK (ACC-2025-000001, Order " + ORDER + ")");
            assertThat(t.payPeriod()).isEqualTo(YearMonth.of(2025, 10));
        });
        assertThat(fleet.expenseStore.all()).singleElement().satisfies(e -> {
            assertThat(e.entry().category()).isEqualTo(ExpenseCategory.REPAIR);
            assertThat(e.entry().amount().net()).isEqualByComparingTo("48000");
            assertThat(e.entry().amount().gross()).isEqualByComparingTo("58080");
            assertThat(e.id()).isEqualTo(settled.settlement().expenseId());
        });
        assertThat(done(fleet.vehicles.find().vehicle("acme", truck.id())).status()).isEqualTo(VehicleStatus.ACTIVE);

        // The insurer approves and pays its 40,000.
        done(fleet.accidents.claim().change(new ChangeClaimCommand(MANAGER, accident.id(), null, ClaimAction.APPROVE,
                new BigDecimal("40000"), "CZK", null)));
        Accident paid = done(fleet.accidents.claim().change(new ChangeClaimCommand(MANAGER, accident.id(), null,
                ClaimAction.PAY, null, null, null)));
        assertThat(paid.claim().status()).isEqualTo(ClaimStatus.PAID);
        assertThat(paid.claim().approvedAmount()).isEqualByComparingTo("40000");

        // What the domain decided, in the order it is announced.
        assertThat(fleet.events.published()).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "AccidentReported", "VehicleStatusChanged", "InsuranceClaimChanged", "VehicleExpenseRecorded",
                "OrderCostRecorded", "DriverTransactionRecorded", "AccidentCostsSettled", "VehicleStatusChanged",
                "InsuranceClaimChanged", "InsuranceClaimChanged");
        assertThat(fleet.events.published(AccidentReported.class)).singleElement()
                .satisfies(e -> assertThat(e.registrationNumber()).isEqualTo("VEH-0045"));
        assertThat(fleet.events.published(VehicleStatusChanged.class)).extracting(e -> e.previousStatus() + ">" + e.status())
                .containsExactly("ACTIVE>IN_REPAIR", "IN_REPAIR>ACTIVE");
        assertThat(fleet.events.published(AccidentCostsSettled.class)).singleElement().satisfies(e -> {
            assertThat(e.orderCostId()).isEqualTo(fleet.ledgerStore.costs().get(0).id());
            assertThat(e.driverTransactionId()).isEqualTo(fleet.ledgerStore.transactions().get(0).id());
        });
        assertThat(fleet.events.published(InsuranceClaimChanged.class)).extracting(InsuranceClaimChanged::previousStatus)
                .containsExactly(null, ClaimStatus.PENDING, ClaimStatus.APPROVED);
    }

    @Test
    void without_an_order_or_a_deductible_nothing_is_charged_beyond_the_vehicle() {
        Accident.Report r = onTheHighway();
        Accident accident = done(fleet.accidents.report().report(new ReportAccidentCommand(DISPATCHER, new Accident.Report(
                at(r.vehicleId(), r.driverId(), null, r.occurredAt()), dented(null, null)))));

        Accident settled = done(fleet.accidents.settle().completeRepair(repair(accident.id(), "48000", "0")));

        assertThat(settled.settlement().split().companyShare()).isEqualByComparingTo("0");
        assertThat(fleet.ledgerStore.costs()).isEmpty();
        assertThat(fleet.ledgerStore.transactions()).isEmpty();
        assertThat(fleet.expenseStore.all()).hasSize(1);
        assertThat(fleet.events.published(AccidentCostsSettled.class)).singleElement().satisfies(e -> {
            assertThat(e.orderCostId()).isNull();
            assertThat(e.driverTransactionId()).isNull();
        });
    }

    @Test
    void a_truck_with_a_second_open_accident_stays_in_repair_when_the_first_is_settled() {
        Accident first = reported();
        Accident second = reported();
        assertThat(second.number()).isEqualTo("ACC-2025-000002");

        done(fleet.accidents.settle().completeRepair(repair(first.id(), "40000", "5000")));
        assertThat(done(fleet.vehicles.find().vehicle("acme", truck.id())).status()).isEqualTo(VehicleStatus.IN_REPAIR);

        done(fleet.accidents.settle().completeRepair(repair(second.id(), "40000", "0")));
        assertThat(done(fleet.vehicles.find().vehicle("acme", truck.id())).status()).isEqualTo(VehicleStatus.ACTIVE);
        assertThat(fleet.events.published(VehicleStatusChanged.class)).extracting(e -> e.previousStatus() + ">" + e.status())
                .containsExactly("ACTIVE>IN_REPAIR", "IN_REPAIR>ACTIVE");
    }

    @Test
    void shares_above_the_invoice_a_second_settlement_and_claim_moves_out_of_turn_are_refused() {
        Accident accident = reported();

        Rejection noClaim = refused(fleet.accidents.claim().change(new ChangeClaimCommand(MANAGER, accident.id(), null,
                ClaimAction.PAY, null, null, null)));
        assertThat(noClaim.code()).isEqualTo("no-claim");
        done(fleet.accidents.claim().file(new FileClaimCommand(MANAGER, accident.id(), null, "INS-2025-123", "Kooperativa")));
        assertThat(refused(fleet.accidents.claim().file(new FileClaimCommand(MANAGER, accident.id(), null, "INS-2025-124",
                "Allianz"))).code()).isEqualTo("claim-already-filed");
        Rejection payPending = refused(fleet.accidents.claim().change(new ChangeClaimCommand(MANAGER, accident.id(), null,
                ClaimAction.PAY, null, null, null)));
        assertThat(payPending.code()).isEqualTo("claim-not-approved");
        assertThat(payPending.kind()).isEqualTo(Rejection.Kind.CONFLICT);

        Rejection tooMuch = refused(fleet.accidents.settle().completeRepair(repair(accident.id(), "50000", "0")));
        assertThat(tooMuch.code()).isEqualTo("insurer-share-above-invoice");
        assertThat(tooMuch.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(refused(fleet.accidents.settle().completeRepair(repair(accident.id(), "40000", "9000"))).code())
                .isEqualTo("deductible-above-company-share");

        done(fleet.accidents.settle().completeRepair(repair(accident.id(), "40000", "5000")));
        Rejection twice = refused(fleet.accidents.settle().completeRepair(repair(accident.id(), "40000", "5000")));
        assertThat(twice.code()).isEqualTo("accident-settled");
        assertThat(twice.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(fleet.ledgerStore.transactions()).hasSize(1);
        assertThat(fleet.events.published(AccidentCostsSettled.class)).hasSize(1);
    }

    @Test
    void a_deductible_above_the_company_share_or_an_insurer_share_above_the_invoice_is_refused_by_name_and_nothing_is_booked() {
        Accident accident = reported();

        Rejection deductible = refused(fleet.accidents.settle().completeRepair(repair(accident.id(), "40000", "8000.01")));
        assertThat(deductible.code()).isEqualTo("deductible-above-company-share");
        assertThat(deductible.field()).isEqualTo("driverDeductible");
        assertThat(deductible.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        Rejection insurer = refused(fleet.accidents.settle().completeRepair(repair(accident.id(), "48000.01", "0")));
        assertThat(insurer.code()).isEqualTo("insurer-share-above-invoice");
        assertThat(insurer.field()).isEqualTo("insurerShare");
        assertThat(insurer.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);

        assertThat(done(fleet.accidents.find().accident("acme", accident.id())).status()).isEqualTo(AccidentStatus.REPORTED);
        assertThat(done(fleet.vehicles.find().vehicle("acme", truck.id())).status()).isEqualTo(VehicleStatus.IN_REPAIR);
        assertThat(fleet.ledgerStore.costs()).isEmpty();
        assertThat(fleet.ledgerStore.transactions()).isEmpty();
        assertThat(fleet.events.published(AccidentCostsSettled.class)).isEmpty();
    }

    @Test
    void claim_moves_out_of_turn_are_conflicts_naming_the_state_the_claim_is_in() {
        Accident accident = reported();
        Rejection noClaim = refused(fleet.accidents.claim().change(new ChangeClaimCommand(MANAGER, accident.id(), null,
                ClaimAction.PAY, null, null, null)));
        assertThat(noClaim.code()).isEqualTo("no-claim");
        assertThat(noClaim.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        done(fleet.accidents.claim().file(new FileClaimCommand(MANAGER, accident.id(), null, "INS-2025-123", "Kooperativa")));

        Rejection payPending = refused(fleet.accidents.claim().change(new ChangeClaimCommand(MANAGER, accident.id(), null,
                ClaimAction.PAY, null, null, null)));
        assertThat(payPending.code()).isEqualTo("claim-not-approved");
        assertThat(payPending.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        Accident rejected = done(fleet.accidents.claim().change(new ChangeClaimCommand(MANAGER, accident.id(), null,
                ClaimAction.REJECT, null, null, "Driver at fault")));
        assertThat(rejected.claim().status()).isEqualTo(ClaimStatus.REJECTED);
        Rejection approveRejected = refused(fleet.accidents.claim().change(new ChangeClaimCommand(MANAGER, accident.id(),
                null, ClaimAction.APPROVE, BigDecimal.ONE, "CZK", null)));
        assertThat(approveRejected.code()).isEqualTo("claim-not-pending");
        assertThat(approveRejected.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(approveRejected.detail()).contains("REJECTED");
        assertThat(fleet.events.published(InsuranceClaimChanged.class)).extracting(InsuranceClaimChanged::previousStatus)
                .containsExactly(null, ClaimStatus.PENDING);
    }

    @Test
    void an_estimate_finer_than_the_currencys_minor_unit_is_refused_naming_it() {
        Accident.Report r = onTheHighway();
        Rejection finer = refused(fleet.accidents.report().report(new ReportAccidentCommand(DISPATCHER, new Accident.Report(
                r.circumstances(), dented(new BigDecimal("12.345"), "CZK")))));
        assertThat(finer.field()).isEqualTo("damageEstimate.amount");
        assertThat(finer.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(fleet.events.published()).isEmpty();
    }

    @Test
    void a_report_naming_an_unknown_driver_or_vehicle_or_coming_before_the_accident_is_refused() {
        Accident.Report r = onTheHighway();
        assertThat(refused(fleet.accidents.report().report(new ReportAccidentCommand(DISPATCHER, new Accident.Report(
                at(r.vehicleId(), UUID.randomUUID(), ORDER, r.occurredAt()), dented(null, null))))).code())
                .isEqualTo("driver-not-found");
        Rejection noVehicle = refused(fleet.accidents.report().report(new ReportAccidentCommand(DISPATCHER,
                new Accident.Report(at(UUID.randomUUID(), r.driverId(), ORDER, r.occurredAt()), dented(null, null)))));
        assertThat(noVehicle.code()).isEqualTo("vehicle-not-found");
        assertThat(noVehicle.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(refused(fleet.accidents.report().report(new ReportAccidentCommand(DISPATCHER, new Accident.Report(
                at(r.vehicleId(), r.driverId(), ORDER, Instant.parse("2025-10-21T00:00:00Z")), dented(null, null)))))
                .code()).isEqualTo("occurred-in-future");

        assertThat(fleet.events.published()).isEmpty();
        assertThat(done(fleet.vehicles.find().vehicle("acme", truck.id())).status()).isEqualTo(VehicleStatus.ACTIVE);
    }

    @Test
    void photos_are_recognised_by_their_bytes_and_counted_per_accident() {
        Accident accident = reported();
        AddPhotoCommand jpeg = new AddPhotoCommand(DISPATCHER, accident.id(), "  dent.jpg ", JPEG.length,
                Uni.createFrom().item(JPEG));

        assertThat(refused(() -> fleet.accidents.report().addPhoto(new AddPhotoCommand(DISPATCHER, accident.id(), "big.jpg",
                2048, Uni.createFrom().item(JPEG)))).kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
        assertThat(refused(fleet.accidents.report().addPhoto(new AddPhotoCommand(DISPATCHER, accident.id(), "x.jpg", 4,
                Uni.createFrom().item(new byte[] { 'G', 'I', 'F', '8' })))).kind()).isEqualTo(Rejection.Kind.UNSUPPORTED_TYPE);
        AccidentPhoto first = done(fleet.accidents.report().addPhoto(jpeg));
        done(fleet.accidents.report().addPhoto(jpeg));
        done(fleet.accidents.report().addPhoto(jpeg));
        assertThat(refused(fleet.accidents.report().addPhoto(jpeg)).code()).isEqualTo("too-many-photos");

        assertThat(first.originalFilename()).isEqualTo("dent.jpg");
        assertThat(first.sha256()).hasSize(64);
        assertThat(done(fleet.accidents.find().photos("acme", accident.id()))).hasSize(3);
        assertThat(done(fleet.accidents.find().photo("acme", accident.id(), first.id())).content()).isEqualTo(JPEG);
        assertThat(refused(fleet.accidents.find().photos("globex", accident.id())).kind())
                .isEqualTo(Rejection.Kind.NOT_FOUND);
    }

    @Test
    void accidents_are_found_by_vehicle_order_and_status_within_the_tenant() {
        Accident first = reported();
        Accident second = reported();
        done(fleet.accidents.settle().completeRepair(repair(first.id(), "40000", "0")));

        assertThat(done(fleet.accidents.find().accidents("acme", new AccidentFilter(truck.id(), null, ORDER,
                Set.of(AccidentStatus.REPORTED)), new PageRequest(1, 20, "number", true))).items()).extracting(Accident::id)
                .containsExactly(second.id());
        assertThat(done(fleet.accidents.find().accidents("acme", new AccidentFilter(null, jan.id(), null, Set.of()),
                new PageRequest(1, 20, "number", true))).total()).isEqualTo(2);
        assertThat(done(fleet.accidents.find().accident("acme", first.id())).status()).isEqualTo(AccidentStatus.SETTLED);
        assertThat(refused(fleet.accidents.find().accident("globex", first.id())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }
}
