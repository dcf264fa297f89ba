package dev.opsuite.fleet.readiness.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.AddDocumentCommand;
import dev.opsuite.fleet.documents.domain.DocumentType;
import dev.opsuite.fleet.documents.domain.FleetDocument;
import dev.opsuite.fleet.documents.domain.HolderKind;
import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.RegisterDriverCommand;
import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.UpdateDriverCommand;
import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.ChangeTrailerStatusCommand;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.ChangeUnitMembersCommand;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.DisbandUnitCommand;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.FormUnitCommand;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.ReadinessCounts;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.RecomputeReport;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.UnitFilter;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase.UnitView;
import dev.opsuite.fleet.readiness.domain.NotReadyReason;
import dev.opsuite.fleet.readiness.domain.ReadinessCause;
import dev.opsuite.fleet.readiness.domain.TransportUnit;
import dev.opsuite.fleet.readiness.domain.TransportUnitReadinessChanged;
import dev.opsuite.fleet.readiness.domain.TransportUnitStatus;
import dev.opsuite.fleet.testing.InMemoryFleet;
import dev.opsuite.fleet.trailers.application.port.in.ManageTrailersUseCase.RegisterTrailerCommand;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase.VehicleWorkCommand;
import dev.opsuite.fleet.vehicles.domain.AssignmentMode;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 004, "Transport Unit Concept": Jan Novák (DRV-0001) + VEH-0045 (LKV) + a mega trailer are ready for an order
 * when the driver is active, the truck and the trailer are not in service, and every one's documents are valid
 * (green or yellow). A change of a member is reassessed; only a change of readiness is announced. On fakes.
 */
class TransportUnitServiceTest {

    static final Actor DISPATCHER = new Actor("acme", "dispatcher");
    static final Actor MANAGER = new Actor("acme", "fleet-manager");
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    final InMemoryFleet fleet = new InMemoryFleet("2025-11-20T09:00:00Z", ZoneId.of("Europe/Prague"));
    final ReadinessWiring.Readiness readiness = fleet.readiness;
    final Driver jan = driver("Jan Novák");
    final Vehicle truck = truck("VEH-0045", VehicleKind.LKV);
    final Trailer mega = trailer("TRL-0007", TrailerType.MEGA);

    Driver driver(String name) {
        Driver d = done(fleet.drivers.manage().register(new RegisterDriverCommand(MANAGER, name, null)));
        fleet.documentStore.holder(SubjectRef.driver(d.id()), HolderKind.DRIVER, d.employeeNumber());
        return d;
    }

    Vehicle truck(String plate, VehicleKind kind) {
        Vehicle v = done(fleet.vehicles.register().register(MANAGER, new Vehicle.Registration(plate, kind, "MAN",
                "TGX 18.440", null, 95_000, kind == VehicleKind.PKV ? AssignmentMode.POOL : null)));
        fleet.documentStore.holder(SubjectRef.vehicle(v.id()), HolderKind.valueOf(kind.name()), plate);
        return v;
    }

    Trailer trailer(String plate, TrailerType type) {
        Trailer t = done(fleet.trailers.manage().register(new RegisterTrailerCommand(MANAGER, plate, type, "Krone",
                "Profi Liner")));
        fleet.documentStore.holder(SubjectRef.trailer(t.id()), HolderKind.TRAILER, plate);
        return t;
    }

    void documents(SubjectRef holder, LocalDate until, DocumentType... types) {
        for (DocumentType type : types) {
            done(fleet.documents.manage().add(new AddDocumentCommand(MANAGER, holder, new FleetDocument.Entry(type,
                    type + "-" + holder.id().toString().substring(0, 8), FROM, until, null))));
        }
    }

    void allDocumentsOf(Driver d, Vehicle v, Trailer t, LocalDate trailerUntil) {
        documents(SubjectRef.driver(d.id()), UNTIL, DocumentType.DRIVING_LICENCE, DocumentType.DRIVER_CARD,
                DocumentType.PROFESSIONAL_QUALIFICATION);
        documents(SubjectRef.vehicle(v.id()), UNTIL, DocumentType.REGISTRATION, DocumentType.INSURANCE,
                DocumentType.ANNUAL_INSPECTION, DocumentType.TACHOGRAPH_CALIBRATION, DocumentType.CMR_INSURANCE);
        documents(SubjectRef.trailer(t.id()), trailerUntil, DocumentType.REGISTRATION, DocumentType.ANNUAL_INSPECTION);
    }

    TransportUnit form(Driver d, Vehicle v, Trailer t) {
        return done(readiness.units().form(new FormUnitCommand(DISPATCHER, d.id(), v.id(), t.id()))).unit();
    }

    TransportUnit unit(UUID id) {
        return done(readiness.units().find("acme", id)).unit();
    }

    @Test
    void jan_veh_0045_and_a_mega_trailer_are_ready_for_orders_once_every_document_is_valid() {
        TransportUnit formed = form(jan, truck, mega);
        assertThat(formed.readyForOrder()).isFalse();
        assertThat(formed.readiness().reasons()).containsExactly(NotReadyReason.DRIVER_DOCUMENTS_MISSING,
                NotReadyReason.VEHICLE_DOCUMENTS_MISSING, NotReadyReason.TRAILER_DOCUMENTS_MISSING);

        // The event carries the unit as it was written: its readiness and the reasons against it.
        assertThat(fleet.events.published(TransportUnitReadinessChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.cause()).isEqualTo(ReadinessCause.UNIT_FORMED);
            assertThat(e.readiness().readyForOrder()).isFalse();
        });

        allDocumentsOf(jan, truck, mega, UNTIL);
        // What the fleet's publisher does after a document changed: the units of its holder are assessed again.
        done(readiness.reassess().reassessUnitsOf("acme", SubjectRef.trailer(mega.id()), ReadinessCause.DOCUMENT_CHANGED));

        UnitView view = done(readiness.units().find("acme", formed.id()));
        assertThat(view.unit().readyForOrder()).isTrue();
        assertThat(view.unit().readiness().reasons()).isEmpty();
        assertThat(view.driver().employeeNumber()).isEqualTo("DRV-0001");
        assertThat(view.vehicle().registrationNumber()).isEqualTo("VEH-0045");
        assertThat(view.trailer().type()).isEqualTo(TrailerType.MEGA);
        assertThat(done(readiness.units().countActiveByReadiness("acme"))).isEqualTo(new ReadinessCounts(1, 0));

        assertThat(fleet.events.published(TransportUnitReadinessChanged.class)).extracting(TransportUnitReadinessChanged::cause)
                .containsExactly(ReadinessCause.UNIT_FORMED, ReadinessCause.DOCUMENT_CHANGED);
    }

    @Test
    void the_truck_going_into_service_makes_the_unit_not_ready_and_a_reassessment_without_change_says_nothing() {
        allDocumentsOf(jan, truck, mega, UNTIL);
        TransportUnit formed = form(jan, truck, mega);
        assertThat(formed.readyForOrder()).isTrue();

        done(fleet.vehicles.status().enterService(new VehicleWorkCommand(DISPATCHER, truck.id(), "Brakes")));
        done(readiness.reassess().reassessUnitsOf("acme", SubjectRef.vehicle(truck.id()),
                ReadinessCause.VEHICLE_STATUS_CHANGED));
        done(readiness.reassess().reassessUnitsOf("acme", SubjectRef.vehicle(truck.id()),
                ReadinessCause.VEHICLE_STATUS_CHANGED));

        assertThat(unit(formed.id()).readiness().reasons()).containsExactly(NotReadyReason.VEHICLE_IN_SERVICE);
        assertThat(fleet.events.published(TransportUnitReadinessChanged.class)).extracting(TransportUnitReadinessChanged::cause)
                .containsExactly(ReadinessCause.UNIT_FORMED, ReadinessCause.VEHICLE_STATUS_CHANGED);
        assertThat(done(readiness.units().countActiveByReadiness("acme"))).isEqualTo(new ReadinessCounts(0, 1));
    }

    @Test
    void a_van_trailer_is_not_fit_for_orders_and_swapping_in_the_mega_makes_the_unit_ready() {
        Trailer van = trailer("TRL-0008", TrailerType.VAN);
        allDocumentsOf(jan, truck, van, UNTIL);
        documents(SubjectRef.trailer(mega.id()), UNTIL, DocumentType.REGISTRATION, DocumentType.ANNUAL_INSPECTION);
        TransportUnit formed = form(jan, truck, van);
        assertThat(formed.readiness().reasons()).containsExactly(NotReadyReason.TRAILER_TYPE_NOT_ALLOWED);

        UnitView changed = done(readiness.units().changeMembers(new ChangeUnitMembersCommand(DISPATCHER, formed.id(), null,
                null, null, mega.id())));

        assertThat(changed.unit().readyForOrder()).isTrue();
        assertThat(changed.trailer().id()).isEqualTo(mega.id());
        assertThat(fleet.events.published(TransportUnitReadinessChanged.class)).extracting(TransportUnitReadinessChanged::cause)
                .containsExactly(ReadinessCause.UNIT_FORMED, ReadinessCause.UNIT_MEMBERS_CHANGED);
    }

    @Test
    void a_driver_on_leave_and_a_van_trailer_in_service_keep_the_unit_from_orders_and_it_says_every_reason() {
        Trailer van = trailer("TRL-0008", TrailerType.VAN);
        done(fleet.drivers.manage().update(new UpdateDriverCommand(MANAGER, jan.id(), null, null, null,
                DriverStatus.ON_LEAVE)));
        done(fleet.trailers.manage().changeStatus(new ChangeTrailerStatusCommand(MANAGER, van.id(), null,
                TrailerStatus.IN_SERVICE)));

        TransportUnit formed = form(jan, truck, van);

        assertThat(formed.readyForOrder()).isFalse();
        assertThat(formed.readiness().reasons()).containsExactly(NotReadyReason.DRIVER_NOT_ACTIVE,
                NotReadyReason.DRIVER_DOCUMENTS_MISSING, NotReadyReason.VEHICLE_DOCUMENTS_MISSING,
                NotReadyReason.TRAILER_TYPE_NOT_ALLOWED, NotReadyReason.TRAILER_IN_SERVICE,
                NotReadyReason.TRAILER_DOCUMENTS_MISSING);
    }

    @Test
    void a_light_vehicle_is_refused_naming_the_vehicle() {
        Vehicle octavia = truck("PKV-0003", VehicleKind.PKV);

        Rejection refused = refused(readiness.units().form(new FormUnitCommand(DISPATCHER, jan.id(), octavia.id(),
                mega.id())));

        assertThat(refused.code()).isEqualTo("vehicle-not-heavy-truck");
        assertThat(refused.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(refused.field()).isEqualTo("vehicleId");
        assertThat(fleet.events.published(TransportUnitReadinessChanged.class)).isEmpty();
    }

    @Test
    void an_unknown_driver_or_trailer_is_named() {
        Rejection noDriver = refused(readiness.units().form(new FormUnitCommand(DISPATCHER, UUID.randomUUID(),
                truck.id(), mega.id())));
        assertThat(noDriver.code()).isEqualTo("unknown-driver");
        assertThat(noDriver.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(noDriver.field()).isEqualTo("driverId");

        Rejection noTrailer = refused(readiness.units().form(new FormUnitCommand(DISPATCHER, jan.id(), truck.id(),
                UUID.randomUUID())));
        assertThat(noTrailer.code()).isEqualTo("unknown-trailer");
        assertThat(noTrailer.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(noTrailer.field()).isEqualTo("trailerId");
    }

    @Test
    void a_member_of_an_active_unit_a_light_vehicle_and_an_unknown_driver_are_refused_until_the_unit_is_disbanded() {
        TransportUnit formed = form(jan, truck, mega);
        Trailer other = trailer("TRL-0009", TrailerType.STANDARD);

        Rejection busy = refused(readiness.units().form(new FormUnitCommand(DISPATCHER, jan.id(), truck.id(), other.id())));
        assertThat(busy.code()).isEqualTo("driver-already-in-unit");
        assertThat(busy.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        Vehicle octavia = truck("PKV-0003", VehicleKind.PKV);
        Driver petr = driver("Petr Svoboda");
        assertThat(refused(readiness.units().form(new FormUnitCommand(DISPATCHER, petr.id(), octavia.id(), other.id())))
                .code()).isEqualTo("vehicle-not-heavy-truck");
        Rejection unknown = refused(readiness.units().form(new FormUnitCommand(DISPATCHER, UUID.randomUUID(), truck.id(),
                other.id())));
        assertThat(unknown.code()).isEqualTo("unknown-driver");
        assertThat(unknown.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);

        UnitView disbanded = done(readiness.units().disband(new DisbandUnitCommand(DISPATCHER, formed.id(), null)));
        assertThat(disbanded.unit().status()).isEqualTo(TransportUnitStatus.DISBANDED);
        assertThat(disbanded.unit().readiness().reasons()).contains(NotReadyReason.UNIT_DISBANDED);
        assertThat(refused(readiness.units().changeMembers(new ChangeUnitMembersCommand(DISPATCHER, formed.id(), null,
                petr.id(), null, null))).code()).isEqualTo("unit-disbanded");
        TransportUnit again = form(jan, truck, other);

        assertThat(done(readiness.units().search("acme", new UnitFilter(Set.of(TransportUnitStatus.ACTIVE), null, jan.id(),
                null, null), new PageRequest(1, 20, "id", true))).items()).extracting(v -> v.unit().id())
                .containsExactly(again.id());
        assertThat(fleet.events.published(TransportUnitReadinessChanged.class)).extracting(TransportUnitReadinessChanged::cause)
                .containsExactly(ReadinessCause.UNIT_FORMED, ReadinessCause.UNIT_DISBANDED, ReadinessCause.UNIT_FORMED);
        assertThat(refused(readiness.units().find("globex", again.id())).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }

    @Test
    void on_the_first_of_december_in_prague_a_trailer_inspection_ended_in_november_makes_its_unit_not_ready() {
        allDocumentsOf(jan, truck, mega, LocalDate.of(2025, 11, 30));
        Driver petr = driver("Petr Svoboda");
        Vehicle second = truck("VEH-0046", VehicleKind.LKV);
        Trailer standard = trailer("TRL-0010", TrailerType.STANDARD);
        allDocumentsOf(petr, second, standard, UNTIL);
        Driver eva = driver("Eva Dvořáková");
        Vehicle third = truck("VEH-0047", VehicleKind.LKV);
        Trailer frigo = trailer("TRL-0011", TrailerType.STANDARD);
        allDocumentsOf(eva, third, frigo, UNTIL);
        TransportUnit expiring = form(jan, truck, mega);
        form(petr, second, standard);
        form(eva, third, frigo);

        // 23:30 UTC on 30 November is still 30 November in UTC, but already 1 December in Prague.
        fleet.clock.set("2025-11-30T23:30:00Z");
        RecomputeReport report = done(readiness.units().recomputeAllTenants());

        assertThat(report.units()).isEqualTo(3);
        assertThat(report.changed()).isEqualTo(1);
        assertThat(unit(expiring.id()).readiness().reasons()).containsExactly(NotReadyReason.TRAILER_DOCUMENTS_EXPIRED);
        assertThat(fleet.events.published(TransportUnitReadinessChanged.class)).filteredOn(e -> e.cause()
                == ReadinessCause.RECOMPUTED).singleElement().satisfies(e -> assertThat(e.unitId()).isEqualTo(expiring.id()));
        assertThat(done(readiness.units().recompute("acme")).changed()).isZero();
    }
}
