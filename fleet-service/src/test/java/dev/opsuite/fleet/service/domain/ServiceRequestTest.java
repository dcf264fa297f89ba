package dev.opsuite.fleet.service.domain;

import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.kernel.VatMode;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.kernel.VehicleStatus;
import dev.opsuite.fleet.vehicles.domain.Vehicle;

import static dev.opsuite.fleet.testing.Results.accepted;
import static dev.opsuite.fleet.testing.Results.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceRequestTest {

    static final Instant NOW = Instant.parse("2025-11-04T09:00:00Z");
    static final UUID VEHICLE = UUID.randomUUID();
    static final UUID AUTO_SERVICE_PL = UUID.randomUUID();
    static final ServiceLocation WROCLAW = new ServiceLocation("Wrocław, Poland", new GeoPoint(51.1079, 17.0385));

    @Test
    void seed_scenario_1_a_planned_internal_service_with_a_date_opens_scheduled() {
        ServiceRequest request = open(new ServiceRequest.Opening(VEHICLE, ServiceRequestType.PLANNED, null, Workshop.INTERNAL,
                null, null, "Service due at 100,000 km", LocalDate.parse("2025-11-05"), null));

        assertThat(request.status()).isEqualTo(ServiceRequestStatus.SCHEDULED);
        assertThat(request.priority()).isEqualTo(ServicePriority.NORMAL);
        assertThat(request.number()).isEqualTo("SR-2025-000001");
        assertThat(request.version()).isZero();
    }

    @Test
    void seed_scenario_2_an_emergency_is_requested_until_a_provider_is_selected_then_starts_without_a_date() {
        ServiceRequest request = emergency();
        assertThat(request.status()).isEqualTo(ServiceRequestStatus.REQUESTED);
        assertThat(request.priority()).isEqualTo(ServicePriority.HIGH);

        var noProvider = rejected(request.start("mechanic", NOW));
        assertThat(noProvider.code()).isEqualTo("provider-not-selected");
        assertThat(noProvider.reason()).isEqualTo(Result.Reason.WRONG_STATE);

        accepted(request.assignWorkshop(Workshop.EXTERNAL, AUTO_SERVICE_PL, "dispatcher", NOW));
        assertThat(request.status()).isEqualTo(ServiceRequestStatus.REQUESTED); // no date: not scheduled, may still start
        accepted(request.start("mechanic", NOW.plusSeconds(60)));
        assertThat(request.status()).isEqualTo(ServiceRequestStatus.IN_PROGRESS);
        assertThat(request.startedBy()).isEqualTo("mechanic");

        Cost invoice = accepted(Cost.compute("cost.", "EUR", VatMode.REVERSE_CHARGE, new BigDecimal("500"), null, null));
        UUID expenseId = UUID.randomUUID();
        accepted(request.complete(new ServiceRequest.Completion(" Alternator replacement ", invoice, "FV/2025/0456", null),
                expenseId, "mechanic", NOW.plusSeconds(3600)));
        assertThat(request.status()).isEqualTo(ServiceRequestStatus.COMPLETED);
        assertThat(request.workDone()).isEqualTo("Alternator replacement");
        assertThat(request.expenseId()).isEqualTo(expenseId);

    }

    @Test
    void an_emergency_needs_a_location() {
        var r = rejected(ServiceRequest.open(UUID.randomUUID(), "acme", "SR-2025-000002", new ServiceRequest.Opening(VEHICLE,
                ServiceRequestType.EMERGENCY, null, Workshop.EXTERNAL, null, null, "Engine noise", null, null), "d", NOW));
        assertThat(r.code()).isEqualTo("location-required");
        assertThat(r.field()).isEqualTo("location");
    }

    @Test
    void the_internal_workshop_takes_no_provider() {
        var r = rejected(ServiceRequest.open(UUID.randomUUID(), "acme", "SR-2025-000003", new ServiceRequest.Opening(VEHICLE,
                ServiceRequestType.PLANNED, null, Workshop.INTERNAL, AUTO_SERVICE_PL, null, "Oil", null, null), "d", NOW));
        assertThat(r.code()).isEqualTo("provider-not-allowed");
        assertThat(r.field()).isEqualTo("providerId");
    }

    @Test
    void a_date_and_a_workshop_make_it_scheduled_in_either_order() {
        ServiceRequest request = emergency();
        accepted(request.schedule(LocalDate.parse("2025-11-06"), "dispatcher", NOW));
        assertThat(request.status()).isEqualTo(ServiceRequestStatus.REQUESTED);
        accepted(request.assignWorkshop(Workshop.EXTERNAL, AUTO_SERVICE_PL, "dispatcher", NOW));
        assertThat(request.status()).isEqualTo(ServiceRequestStatus.SCHEDULED);
        accepted(request.assignWorkshop(Workshop.INTERNAL, null, "dispatcher", NOW));
        assertThat(request.providerId()).isNull();
        assertThat(request.status()).isEqualTo(ServiceRequestStatus.SCHEDULED);
    }

    @Test
    void only_work_in_progress_is_completed_and_a_closed_request_changes_no_more() {
        ServiceRequest request = emergency();
        Cost none = null;
        var early = rejected(request.complete(new ServiceRequest.Completion("x", none, null, null), null, "m", NOW));
        assertThat(early.code()).isEqualTo("service-request-not-started");

        accepted(request.assignWorkshop(Workshop.INTERNAL, null, "d", NOW));
        accepted(request.start("m", NOW));
        assertThat(rejected(request.start("m", NOW)).code()).isEqualTo("service-request-already-started");
        assertThat(rejected(request.schedule(LocalDate.parse("2025-12-01"), "d", NOW)).code())
                .isEqualTo("service-request-already-started");
        accepted(request.complete(new ServiceRequest.Completion("Checked, nothing found", null, null, 95_000L), UUID.randomUUID(), "m", NOW));
        assertThat(request.expenseId()).as("no cost, no expense").isNull();
        assertThat(request.odometerKm()).isEqualTo(95_000L);

        assertThat(rejected(request.cancel("late", "d", NOW)).code()).isEqualTo("service-request-closed");
        assertThat(rejected(request.start("m", NOW)).code()).isEqualTo("service-request-closed");
        assertThat(rejected(request.assignWorkshop(Workshop.INTERNAL, null, "d", NOW)).code()).isEqualTo("service-request-closed");
        assertThat(rejected(request.complete(new ServiceRequest.Completion("again", null, null, null), null, "m", NOW)).code())
                .isEqualTo("service-request-closed");
    }

    @Test
    void a_request_is_cancelled_from_any_open_status_and_says_which() {
        ServiceRequest requested = emergency();
        assertThat(accepted(requested.cancel(" Fixed by the driver ", "d", NOW))).isEqualTo(ServiceRequestStatus.REQUESTED);
        assertThat(requested.status()).isEqualTo(ServiceRequestStatus.CANCELLED);
        assertThat(requested.cancelReason()).isEqualTo("Fixed by the driver");

        ServiceRequest started = emergency();
        accepted(started.assignWorkshop(Workshop.EXTERNAL, AUTO_SERVICE_PL, "d", NOW));
        accepted(started.start("m", NOW));
        assertThat(accepted(started.cancel("Towed home instead", "d", NOW))).isEqualTo(ServiceRequestStatus.IN_PROGRESS);
    }

    static Vehicle truck() {
        return accepted(Vehicle.register(VEHICLE, "acme", new Vehicle.Registration("1AB 0045", VehicleKind.LKV, "MAN",
                "TGX 18.440", null, 95_000, null), "manager", NOW));
    }

    private static ServiceRequest emergency() {
        return open(new ServiceRequest.Opening(VEHICLE, ServiceRequestType.EMERGENCY, null, Workshop.EXTERNAL, null, WROCLAW,
                "Engine noise", null, null));
    }

    private static ServiceRequest open(ServiceRequest.Opening opening) {
        return accepted(ServiceRequest.open(UUID.randomUUID(), "acme", "SR-2025-000001", opening, "dispatcher", NOW));
    }
}
