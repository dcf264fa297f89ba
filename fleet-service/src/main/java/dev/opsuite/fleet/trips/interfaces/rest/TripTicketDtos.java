package dev.opsuite.fleet.trips.interfaces.rest;

import dev.opsuite.fleet.trips.application.port.in.FindDriverAtQuery.DriverAt;
import dev.opsuite.fleet.kernel.OdometerPolicy;
import dev.opsuite.fleet.kernel.rest.FleetRequests;
import dev.opsuite.fleet.trips.domain.TripTicket;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of trip tickets and the "who was driving" lookup. Times come with an offset, leave in UTC. */
final class TripTicketDtos {

    private TripTicketDtos() {
    }

    record IssueTripTicketRequest(
            @NotNull UUID vehicleId,
            @NotNull UUID driverId,
            UUID trailerId,
            UUID transportUnitId,
            @NotNull OffsetDateTime plannedFrom,
            @NotNull OffsetDateTime plannedTo,
            @NotBlank @Size(max = 200) String origin,
            @NotBlank @Size(max = 200) String destination,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> via,
            @NotBlank @Size(max = 500) String purpose,
            @Size(max = FleetRequests.ORDER_REFERENCE_LENGTH)
            @Pattern(regexp = FleetRequests.ORDER_REFERENCE, message = "is an order number like ORD-2025-0098") String orderReference) {

        TripTicket.Issue toDomain() {
            return new TripTicket.Issue(vehicleId, driverId, trailerId, transportUnitId, new TripTicket.Plan(
                    plannedFrom.toInstant(), plannedTo.toInstant(), origin, destination, via, purpose, orderReference));
        }
    }

    record CloseTripTicketRequest(
            @NotNull @Min(value = 0, message = "cannot be negative") @Max(OdometerPolicy.MAX_KM) Long odometerIn,
            OffsetDateTime departedAt,
            @NotNull OffsetDateTime returnedAt) {
    }

    record CancelTripTicketRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record TripTicketResponse(UUID id, String number, UUID vehicleId, String vehicleKind, UUID driverId, UUID trailerId,
            UUID transportUnitId, Instant plannedFrom, Instant plannedTo, String origin, String destination, List<String> via,
            String purpose, String orderReference, String status, long odometerOut, Long odometerIn, Long distanceKm,
            Instant departedAt, Instant returnedAt, String closedBy, Instant closedAt, String cancelledBy,
            Instant cancelledAt, String cancelReason, String createdBy, Instant createdAt, String updatedBy,
            Instant updatedAt, long version) {

        static TripTicketResponse of(TripTicket t) {
            return new TripTicketResponse(t.id(), t.number(), t.vehicleId(), t.vehicleKind().name(), t.driverId(),
                    t.trailerId(), t.transportUnitId(), t.plannedFrom(), t.plannedTo(), t.origin(), t.destination(), t.via(),
                    t.purpose(), t.orderReference(), t.status().name(), t.odometerOutKm(), t.odometerInKm(), t.distanceKm(),
                    t.departedAt(), t.returnedAt(), t.closedBy(), t.closedAt(), t.cancelledBy(), t.cancelledAt(),
                    t.cancelReason(), t.envelope().createdBy(), t.envelope().createdAt(), t.envelope().updatedBy(),
                    t.envelope().updatedAt(), t.version());
        }
    }

    record DriverRef(UUID id, String number, String name) {
    }

    record TrailerRef(UUID id, String registrationNumber) {
    }

    record SourceRef(String type, UUID id, String number) {
    }

    record PeriodRef(Instant from, Instant to) {
    }

    /** Who drove the vehicle at {@code at}: the driver, the trailer, where that is recorded, the order and the period. */
    record DriverAtResponse(UUID vehicleId, String registrationNumber, Instant at, DriverRef driver, TrailerRef trailer,
            SourceRef source, String orderReference, PeriodRef period) {

        static DriverAtResponse of(DriverAt d) {
            return new DriverAtResponse(d.vehicleId(), d.registrationNumber(), d.at(),
                    new DriverRef(d.driverId(), d.driverNumber(), d.driverName()),
                    d.trailerId() == null ? null : new TrailerRef(d.trailerId(), d.trailerRegistrationNumber()),
                    new SourceRef(d.source().name(), d.sourceId(), d.sourceNumber()), d.orderReference(),
                    new PeriodRef(d.from(), d.to()));
        }
    }
}
