package dev.opsuite.field.estimates.interfaces.rest;

import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.LineOrder;
import dev.opsuite.field.estimates.domain.ApprovalDecision;
import dev.opsuite.field.estimates.domain.ApprovalDecision.Decision;
import dev.opsuite.field.estimates.domain.Estimate;
import dev.opsuite.field.estimates.domain.EstimateLine;
import dev.opsuite.field.estimates.domain.EstimateLine.Kind;
import dev.opsuite.field.estimates.domain.RateClass;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The estimates' bodies. */
final class EstimateDtos {

    private EstimateDtos() {
    }

    /** LABOR {hours, rateClass} or PART {sku, quantity}. */
    record LineRequest(@NotNull Kind kind,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal hours,
            RateClass rateClass, @Size(max = 64) String sku,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 6, fraction = 3) BigDecimal quantity) {

        LineOrder toOrder() {
            return kind == Kind.LABOR ? new LineOrder(kind, hours, rateClass, null)
                    : new LineOrder(kind, quantity, null, sku);
        }
    }

    record LinesRequest(@NotNull @Size(min = 1, max = 200) List<@NotNull @Valid LineRequest> lines) {

        List<LineOrder> orders() {
            return lines.stream().map(LineRequest::toOrder).toList();
        }
    }

    record DecisionRequest(@NotNull Decision decision, @Size(max = 2000) String comment) {
    }

    record EstimateResponse(UUID id, UUID jobId, UUID customerId, String status, String customerStatus,
            String currency, List<EstimateLine> lines, BigDecimal subtotal, BigDecimal taxRate, BigDecimal tax,
            BigDecimal total, List<ApprovalDecision> decisions, String createdBy, Instant createdAt, String updatedBy,
            Instant updatedAt, long version) {

        static EstimateResponse of(Estimate e) {
            return new EstimateResponse(e.id(), e.jobId(), e.customerId(), e.status().name(), e.customerStatus().name(),
                    e.currency(), e.lines(), e.totals().subtotal(), e.totals().taxRate(), e.totals().tax(),
                    e.totals().total(), e.decisions(), e.envelope().createdBy(), e.envelope().createdAt(),
                    e.envelope().updatedBy(), e.envelope().updatedAt(), e.version());
        }
    }
}
