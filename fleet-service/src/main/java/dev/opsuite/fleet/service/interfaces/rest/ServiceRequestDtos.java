package dev.opsuite.fleet.service.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.CostDtos.CostBody;
import dev.opsuite.fleet.kernel.rest.CostDtos.CostResponse;
import dev.opsuite.fleet.service.domain.GeoPoint;
import dev.opsuite.fleet.kernel.OdometerPolicy;
import dev.opsuite.fleet.service.domain.ServiceLocation;
import dev.opsuite.fleet.service.domain.ServicePriority;
import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.ServiceRequestType;
import dev.opsuite.fleet.service.domain.Workshop;
import dev.opsuite.support.application.Rejection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Request and response bodies of service requests. */
final class ServiceRequestDtos {

    private ServiceRequestDtos() {
    }

    /** Where the vehicle is: words, and coordinates when known (both or neither). */
    record LocationBody(
            @NotBlank @Size(max = 300) String description,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {

        ServiceLocation toDomain(String field) {
            return new ServiceLocation(description.strip(), Rejection.orThrow(GeoPoint.of(field, latitude, longitude)));
        }

        static LocationBody of(ServiceLocation l) {
            return l == null ? null : new LocationBody(l.description(), l.point() == null ? null : l.point().latitude(),
                    l.point() == null ? null : l.point().longitude());
        }
    }

    record OpenServiceRequestRequest(
            @NotNull UUID vehicleId,
            @NotNull ServiceRequestType type,
            ServicePriority priority,
            @NotNull Workshop workshop,
            UUID providerId,
            @Valid LocationBody location,
            @NotBlank @Size(max = 2000) String issue,
            LocalDate scheduledOn,
            UUID serviceRuleId) {

        ServiceRequest.Opening toDomain() {
            return new ServiceRequest.Opening(vehicleId, type, priority, workshop, providerId,
                    location == null ? null : location.toDomain("location."), issue, scheduledOn, serviceRuleId);
        }
    }

    /** {@code {"providerId": ...}} chooses an external provider; {@code {"workshop": "INTERNAL"}} the company's own. */
    record AssignWorkshopRequest(Workshop workshop, UUID providerId) {

        Workshop resolvedWorkshop() {
            if (workshop != null) {
                return workshop;
            }
            if (providerId != null) {
                return Workshop.EXTERNAL;
            }
            throw Rejection.invalid("workshop-required", "workshop",
                    "Give the providerId of an external provider, or workshop INTERNAL.").toException();
        }
    }

    record ScheduleRequest(@NotNull LocalDate scheduledOn) {
    }

    record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record CompleteRequest(
            @NotBlank @Size(max = 2000) String workDone,
            @Valid CostBody cost,
            @Size(max = 100) String invoiceReference,
            @Min(value = 0, message = "cannot be negative") @Max(OdometerPolicy.MAX_KM) Long odometerKm) {
    }

    record ServiceRequestResponse(UUID id, String number, UUID vehicleId, String type, String priority, String workshop,
            UUID providerId, LocationBody location, String issue, LocalDate scheduledOn, UUID serviceRuleId, String status,
            String workDone, CostResponse cost, String invoiceReference, Long odometerKm, UUID expenseId, String startedBy,
            Instant startedAt, String completedBy, Instant completedAt, String cancelledBy, Instant cancelledAt,
            String cancelReason, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static ServiceRequestResponse of(ServiceRequest r) {
            return new ServiceRequestResponse(r.id(), r.number(), r.vehicleId(), r.type().name(), r.priority().name(),
                    r.workshop().name(), r.providerId(), LocationBody.of(r.location()), r.issue(), r.scheduledOn(),
                    r.serviceRuleId(), r.status().name(), r.workDone(), CostResponse.of(r.cost()), r.invoiceReference(),
                    r.odometerKm(), r.expenseId(), r.startedBy(), r.startedAt(), r.completedBy(), r.completedAt(),
                    r.cancelledBy(), r.cancelledAt(), r.cancelReason(), r.envelope().createdBy(),
                    r.envelope().createdAt(), r.envelope().updatedBy(), r.envelope().updatedAt(), r.version());
        }
    }
}
