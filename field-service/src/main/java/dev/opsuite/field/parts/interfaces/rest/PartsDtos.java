package dev.opsuite.field.parts.interfaces.rest;

import dev.opsuite.field.parts.domain.PartReservation;
import dev.opsuite.field.parts.domain.TruckStock;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of parts on the truck. */
final class PartsDtos {

    private PartsDtos() {
    }

    record PartReservationRequest(
            @NotNull UUID productId,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be positive")
            @DecimalMax("999999999999.999") @Digits(integer = 12, fraction = 3) BigDecimal quantity,
            UUID locationId,
            UUID technicianId) {
    }

    record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @SuppressWarnings("java:S107")
    record PartReservationResponse(UUID id, UUID jobId, UUID technicianId, UUID productId, BigDecimal quantity,
            UUID locationId, String status, BigDecimal used, UUID stockReservationId, String rejectionReason,
            BigDecimal available, String detail, Instant answeredAt, String cancelReason, String cancelledBy,
            Instant cancelledAt, String createdBy, Instant createdAt, long version) {

        static PartReservationResponse of(PartReservation r) {
            PartReservation.Cancellation cancelled = r.cancellation();
            return new PartReservationResponse(r.id(), r.jobId(), r.technicianId(), r.productId(), r.quantity(),
                    r.locationId(), r.status().name(), r.used(), r.stockReservationId(), r.rejectionReason(),
                    r.available(), r.detail(), r.answeredAt(), cancelled == null ? null : cancelled.reason(),
                    cancelled == null ? null : cancelled.by(), cancelled == null ? null : cancelled.at(),
                    r.envelope().createdBy(), r.envelope().createdAt(), r.version());
        }
    }

    record TruckStockResponse(UUID productId, UUID vehicleId, BigDecimal onHand, BigDecimal reserved,
            BigDecimal available, BigDecimal unitCost, String currency, Instant asOf) {

        static TruckStockResponse of(TruckStock s) {
            return new TruckStockResponse(s.productId(), s.vehicleId(), s.onHand(), s.reserved(), s.available(),
                    s.unitCost(), s.currency(), s.asOf());
        }
    }
}
