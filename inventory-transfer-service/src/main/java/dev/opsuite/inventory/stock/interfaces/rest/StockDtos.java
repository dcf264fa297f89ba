package dev.opsuite.inventory.stock.interfaces.rest;

import dev.opsuite.inventory.kernel.Costing;
import dev.opsuite.inventory.interfaces.rest.Bounds;

import dev.opsuite.inventory.stock.domain.AdjustmentReason;
import dev.opsuite.inventory.stock.domain.Reservation;
import dev.opsuite.inventory.stock.domain.StockLevel;
import dev.opsuite.inventory.stock.domain.StockMovement;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of stock levels, adjustments, the ledger and reservations. */
final class StockDtos {

    private StockDtos() {
    }

    record StockLevelResponse(UUID id, UUID locationId, UUID productId, BigDecimal onHand, BigDecimal reserved,
            BigDecimal available, BigDecimal inTransit, BigDecimal unitCost, BigDecimal value, String currency,
            Instant updatedAt) {

        static StockLevelResponse of(StockLevel level, String currency) {
            return new StockLevelResponse(level.id(), level.locationId(), level.productId(), level.onHand(), level.reserved(),
                    level.available(), level.inTransit(), level.unitCost(),
                    dev.opsuite.inventory.kernel.Costing.value(level.onHand(), level.unitCost()), currency, level.updatedAt());
        }
    }

    record AdjustmentRequest(
            @NotNull UUID locationId,
            @NotNull UUID productId,
            @NotNull @DecimalMin(Bounds.MIN_QUANTITY) @DecimalMax(Bounds.MAX_QUANTITY)
            @Digits(integer = Bounds.QUANTITY_DIGITS, fraction = 3) BigDecimal quantity,
            @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Bounds.MAX_UNIT_COST)
            @Digits(integer = Bounds.UNIT_COST_DIGITS, fraction = 6) BigDecimal unitCost,
            @NotNull AdjustmentReason reason,
            @Size(max = 500) String remark) {
    }

    record MovementResponse(UUID id, UUID locationId, UUID productId, String kind, BigDecimal quantity,
            BigDecimal reservedChange, BigDecimal inTransitChange, BigDecimal unitCost, BigDecimal value,
            BigDecimal onHandAfter, BigDecimal unitCostAfter, String reason, String referenceType, String referenceId,
            Instant occurredAt, String recordedBy) {

        static MovementResponse of(StockMovement m) {
            return new MovementResponse(m.id(), m.locationId(), m.productId(), m.kind().name(), m.quantity(),
                    m.reservedChange(), m.inTransitChange(), m.unitCost(), m.value(), m.onHandAfter(), m.unitCostAfter(),
                    m.reason(), m.reference() == null ? null : m.reference().type(),
                    m.reference() == null ? null : m.reference().id(), m.occurredAt(), m.recordedBy());
        }
    }

    record AdjustmentResponse(StockLevelResponse level, MovementResponse movement) {
    }

    record ReservationRequest(
            @NotNull UUID locationId,
            @NotNull UUID productId,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be positive") @DecimalMax(Bounds.MAX_QUANTITY)
            @Digits(integer = Bounds.QUANTITY_DIGITS, fraction = 3) BigDecimal quantity,
            @NotBlank @Size(max = 60) String referenceType,
            @NotBlank @Size(max = 100) String referenceId) {
    }

    record ConsumeRequest(
            @DecimalMin(value = "0", inclusive = false, message = "must be positive") @DecimalMax(Bounds.MAX_QUANTITY)
            @Digits(integer = Bounds.QUANTITY_DIGITS, fraction = 3) BigDecimal quantity) {
    }

    record ReservationResponse(UUID id, UUID locationId, UUID productId, BigDecimal quantity, BigDecimal consumed,
            BigDecimal released, BigDecimal remaining, String referenceType, String referenceId, String status,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static ReservationResponse of(Reservation r) {
            return new ReservationResponse(r.id(), r.locationId(), r.productId(), r.quantity(), r.consumed(), r.released(),
                    r.remaining(), r.reference().type(), r.reference().id(), r.status().name(), r.envelope().createdBy(), r.envelope().createdAt(),
                    r.envelope().updatedBy(), r.envelope().updatedAt(), r.version());
        }
    }
}
