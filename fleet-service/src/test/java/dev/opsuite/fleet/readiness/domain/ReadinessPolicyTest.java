package dev.opsuite.fleet.readiness.domain;

import dev.opsuite.fleet.documents.domain.DocumentIssue;
import dev.opsuite.fleet.documents.domain.DocumentState;
import dev.opsuite.fleet.documents.domain.DocumentStatus;
import dev.opsuite.fleet.documents.domain.DocumentType;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.fleet.kernel.TrailerStatus;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.trailers.domain.Trailer;
import dev.opsuite.fleet.vehicles.domain.Vehicle;

import static dev.opsuite.fleet.readiness.domain.NotReadyReason.DRIVER_DOCUMENTS_EXPIRED;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.DRIVER_DOCUMENTS_MISSING;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.DRIVER_NOT_ACTIVE;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.TRAILER_DOCUMENTS_EXPIRED;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.TRAILER_DOCUMENTS_MISSING;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.TRAILER_IN_REPAIR;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.TRAILER_IN_SERVICE;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.TRAILER_OUT_OF_SERVICE;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.TRAILER_TYPE_NOT_ALLOWED;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.UNIT_DISBANDED;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.VEHICLE_DOCUMENTS_EXPIRED;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.VEHICLE_DOCUMENTS_MISSING;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.VEHICLE_IN_REPAIR;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.VEHICLE_IN_SERVICE;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.VEHICLE_NOT_HEAVY_TRUCK;
import static dev.opsuite.fleet.readiness.domain.NotReadyReason.VEHICLE_OUT_OF_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every condition of seed 004's TransportUnit interface, and the reason each one gives when it fails. */
class ReadinessPolicyTest {

    static final ReadinessPolicy SEED = ReadinessPolicy.ofSeed();
    static final LocalDate SOON = LocalDate.of(2026, 3, 20);

    static final DocumentStatus GREEN = new DocumentStatus(DocumentState.GREEN, List.of());
    static final DocumentStatus YELLOW = new DocumentStatus(DocumentState.YELLOW, List.of(new DocumentStatus.TypeStatus(
            DocumentType.INSURANCE, true, DocumentState.YELLOW, DocumentIssue.EXPIRING, SOON, null)));
    static final DocumentStatus MISSING = new DocumentStatus(DocumentState.RED, List.of(new DocumentStatus.TypeStatus(
            DocumentType.REGISTRATION, true, DocumentState.RED, DocumentIssue.MISSING, null, null)));
    static final DocumentStatus NOT_YET_VALID = new DocumentStatus(DocumentState.RED, List.of(new DocumentStatus.TypeStatus(
            DocumentType.REGISTRATION, true, DocumentState.RED, DocumentIssue.NOT_YET_VALID, null, null)));
    static final DocumentStatus EXPIRED = new DocumentStatus(DocumentState.RED, List.of(new DocumentStatus.TypeStatus(
            DocumentType.ANNUAL_INSPECTION, true, DocumentState.RED, DocumentIssue.EXPIRED, null, null)));
    static final DocumentStatus MISSING_AND_EXPIRED = new DocumentStatus(DocumentState.RED, List.of(
            MISSING.types().get(0), EXPIRED.types().get(0)));

    Driver driver = TestMembers.driver(DriverStatus.ACTIVE);
    DocumentStatus driverDocs = GREEN;
    Vehicle vehicle = TestMembers.truck(VehicleStatus.ACTIVE);
    DocumentStatus vehicleDocs = GREEN;
    Trailer trailer = TestMembers.trailer(TrailerType.STANDARD, TrailerStatus.ACTIVE);
    DocumentStatus trailerDocs = GREEN;

    @Test
    void every_condition_met_is_ready_without_reasons() {
        Readiness readiness = evaluate();
        assertThat(readiness.readyForOrder()).isTrue();
        assertThat(readiness.reasons()).isEmpty();
    }

    @Test
    void yellow_documents_still_count_as_valid() {
        driverDocs = YELLOW;
        vehicleDocs = YELLOW;
        trailerDocs = YELLOW;
        assertThat(evaluate().readyForOrder()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = DriverStatus.class, names = { "ON_LEAVE", "INACTIVE" })
    void a_driver_who_is_not_active(DriverStatus status) {
        driver = TestMembers.driver(status);
        assertThat(evaluate().reasons()).containsExactly(DRIVER_NOT_ACTIVE);
    }

    @Test
    void driver_documents_missing_expired_or_both() {
        driverDocs = MISSING;
        assertThat(evaluate().reasons()).containsExactly(DRIVER_DOCUMENTS_MISSING);
        driverDocs = NOT_YET_VALID;
        assertThat(evaluate().reasons()).containsExactly(DRIVER_DOCUMENTS_MISSING);
        driverDocs = EXPIRED;
        assertThat(evaluate().reasons()).containsExactly(DRIVER_DOCUMENTS_EXPIRED);
        driverDocs = MISSING_AND_EXPIRED;
        assertThat(evaluate().reasons()).containsExactly(DRIVER_DOCUMENTS_MISSING, DRIVER_DOCUMENTS_EXPIRED);
    }

    @Test
    void a_light_vehicle_is_never_ready() {
        vehicle = TestMembers.car();
        assertThat(evaluate().reasons()).containsExactly(VEHICLE_NOT_HEAVY_TRUCK);
    }

    @Test
    void a_vehicle_in_service_in_repair_or_out_of_service() {
        vehicle = TestMembers.truck(VehicleStatus.IN_SERVICE);
        assertThat(evaluate().reasons()).containsExactly(VEHICLE_IN_SERVICE);
        vehicle = TestMembers.truck(VehicleStatus.IN_REPAIR);
        assertThat(evaluate().reasons()).containsExactly(VEHICLE_IN_REPAIR);
        vehicle = TestMembers.truck(VehicleStatus.OUT_OF_SERVICE);
        assertThat(evaluate().reasons()).containsExactly(VEHICLE_OUT_OF_SERVICE);
    }

    @Test
    void vehicle_documents_missing_or_expired() {
        vehicleDocs = MISSING;
        assertThat(evaluate().reasons()).containsExactly(VEHICLE_DOCUMENTS_MISSING);
        vehicleDocs = EXPIRED;
        assertThat(evaluate().reasons()).containsExactly(VEHICLE_DOCUMENTS_EXPIRED);
    }

    @ParameterizedTest
    @EnumSource(value = TrailerType.class, names = { "STANDARD", "MEGA", "FRIGO" })
    void the_seeds_trailer_types_are_ready(TrailerType type) {
        trailer = TestMembers.trailer(type, TrailerStatus.ACTIVE);
        assertThat(evaluate().readyForOrder()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = TrailerType.class, names = { "VAN", "TAUTLINER" })
    void van_and_tautliner_are_not_ready_types_by_default(TrailerType type) {
        trailer = TestMembers.trailer(type, TrailerStatus.ACTIVE);
        assertThat(evaluate().reasons()).containsExactly(TRAILER_TYPE_NOT_ALLOWED);
    }

    @Test
    void the_ready_trailer_types_are_configurable() {
        trailer = TestMembers.trailer(TrailerType.TAUTLINER, TrailerStatus.ACTIVE);
        ReadinessPolicy withTautliners = new ReadinessPolicy(EnumSet.of(TrailerType.STANDARD, TrailerType.TAUTLINER));
        assertThat(withTautliners.evaluate(TransportUnitStatus.ACTIVE, members()).readyForOrder()).isTrue();
        trailer = TestMembers.trailer(TrailerType.MEGA, TrailerStatus.ACTIVE);
        assertThat(withTautliners.evaluate(TransportUnitStatus.ACTIVE, members()).reasons())
                .containsExactly(TRAILER_TYPE_NOT_ALLOWED);
        assertThatThrownBy(() -> new ReadinessPolicy(EnumSet.noneOf(TrailerType.class)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_trailer_in_service_in_repair_or_out_of_service() {
        trailer = TestMembers.trailer(TrailerType.MEGA, TrailerStatus.IN_SERVICE);
        assertThat(evaluate().reasons()).containsExactly(TRAILER_IN_SERVICE);
        trailer = TestMembers.trailer(TrailerType.MEGA, TrailerStatus.IN_REPAIR);
        assertThat(evaluate().reasons()).containsExactly(TRAILER_IN_REPAIR);
        trailer = TestMembers.trailer(TrailerType.MEGA, TrailerStatus.OUT_OF_SERVICE);
        assertThat(evaluate().reasons()).containsExactly(TRAILER_OUT_OF_SERVICE);
    }

    @Test
    void trailer_documents_missing_or_expired() {
        trailerDocs = MISSING;
        assertThat(evaluate().reasons()).containsExactly(TRAILER_DOCUMENTS_MISSING);
        trailerDocs = EXPIRED;
        assertThat(evaluate().reasons()).containsExactly(TRAILER_DOCUMENTS_EXPIRED);
    }

    @Test
    void every_failing_condition_is_listed_in_a_stable_order() {
        driver = TestMembers.driver(DriverStatus.ON_LEAVE);
        vehicle = TestMembers.truck(VehicleStatus.IN_REPAIR);
        trailer = TestMembers.trailer(TrailerType.VAN, TrailerStatus.OUT_OF_SERVICE);
        trailerDocs = EXPIRED;
        driverDocs = MISSING;

        assertThat(evaluate().reasons()).containsExactly(DRIVER_NOT_ACTIVE, DRIVER_DOCUMENTS_MISSING, VEHICLE_IN_REPAIR,
                TRAILER_TYPE_NOT_ALLOWED, TRAILER_OUT_OF_SERVICE, TRAILER_DOCUMENTS_EXPIRED);
        assertThat(evaluate().readyForOrder()).isFalse();
    }

    @Test
    void a_disbanded_unit_is_never_ready_whatever_its_members() {
        Readiness readiness = SEED.evaluate(TransportUnitStatus.DISBANDED, members());
        assertThat(readiness.readyForOrder()).isFalse();
        assertThat(readiness.reasons()).containsExactly(UNIT_DISBANDED);
    }

    @Test
    void readiness_means_no_reasons() {
        assertThatThrownBy(() -> new Readiness(true, List.of(DRIVER_NOT_ACTIVE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Readiness(false, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private Readiness evaluate() {
        return SEED.evaluate(TransportUnitStatus.ACTIVE, members());
    }

    private UnitMembers members() {
        return new UnitMembers(TestMembers.of(driver), docs(driverDocs), TestMembers.of(vehicle), docs(vehicleDocs),
                TestMembers.of(trailer), docs(trailerDocs));
    }

    private static MemberDocuments docs(DocumentStatus s) {
        return new MemberDocuments(s.anyMissing(), s.anyExpired());
    }
}
