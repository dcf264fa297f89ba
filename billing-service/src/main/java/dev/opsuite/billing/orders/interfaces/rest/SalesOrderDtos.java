package dev.opsuite.billing.orders.interfaces.rest;

import dev.opsuite.billing.orders.domain.OrderDecisions;
import dev.opsuite.billing.orders.domain.OrderLine;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.orders.domain.SalesOrderStatus;
import dev.opsuite.billing.kernel.rest.MoneyResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of sales orders. */
final class SalesOrderDtos {

    private SalesOrderDtos() {
    }

    /** Quantities and prices within these bounds; their product is checked by the order (below 10^15). */
    record LineRequest(
            @NotBlank @Size(max = 500) String description,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be positive")
            @DecimalMax("999999999.999") @Digits(integer = 9, fraction = 3) BigDecimal quantity,
            @NotNull @DecimalMin(value = "0", message = "cannot be negative")
            @DecimalMax("9999999999999.9999") @Digits(integer = 13, fraction = 4) BigDecimal unitPrice) {

        OrderLine toDomain() {
            return new OrderLine(description, quantity, unitPrice);
        }
    }

    record CreateSalesOrderRequest(
            @NotNull UUID customerId,
            @NotBlank @Size(max = 200) String customerName,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") @Size(max = 3)
            @Schema(example = "EUR") String currency,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull LineRequest> lines) {

        List<OrderLine> orderLines() {
            return lines.stream().map(LineRequest::toDomain).toList();
        }
    }

    record CancelSalesOrderRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** {@code invoiced}: what live (not void) invoices take of the line; {@code remaining}: what is left to invoice. */
    record LineResponse(UUID id, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount,
            BigDecimal invoiced, BigDecimal remaining) {

        static LineResponse of(OrderLine line) {
            return new LineResponse(line.id(), line.description(), line.quantity(), line.unitPrice(), line.amount(),
                    line.invoiced(), line.remaining());
        }
    }

    record SalesOrderResponse(UUID id, String orderNumber, UUID customerId, String customerName, String currency,
            List<LineResponse> lines, MoneyResponse total, SalesOrderStatus status, String confirmedBy,
            Instant confirmedAt, String cancelledBy, Instant cancelledAt, String cancellationReason, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static SalesOrderResponse of(SalesOrder o) {
            OrderDecisions d = o.decisions();
            return new SalesOrderResponse(o.id(), o.orderNumber(), o.customerId(), o.customerName(), o.currency(),
                    o.lines().stream().map(LineResponse::of).toList(), new MoneyResponse(o.total(), o.currency()),
                    o.status(), d.confirmedBy(), d.confirmedAt(), d.cancelledBy(), d.cancelledAt(),
                    d.cancellationReason(), o.envelope().createdBy(), o.envelope().createdAt(),
                    o.envelope().updatedBy(), o.envelope().updatedAt(), o.version());
        }
    }
}
