package dev.opsuite.billing.invoices.interfaces.rest;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoicedOrder;
import dev.opsuite.billing.kernel.rest.MoneyResponse;
import dev.opsuite.billing.invoices.domain.InvoiceLine;
import dev.opsuite.billing.invoices.domain.InvoiceProgress;
import dev.opsuite.billing.invoices.domain.InvoiceStatus;
import dev.opsuite.billing.invoices.domain.Processing;
import dev.opsuite.billing.orders.domain.LineQuantity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of invoices. */
final class InvoiceDtos {

    private InvoiceDtos() {
    }

    /** A quantity of one line of the order, within the bounds of an order line's quantity. */
    record LineRequest(
            @NotNull UUID salesOrderLineId,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be positive")
            @DecimalMax("999999999.999") @Digits(integer = 9, fraction = 3) BigDecimal quantity) {
    }

    /** {@code lines} absent or empty: everything still to invoice of the order. */
    record CreateInvoiceRequest(@NotNull UUID salesOrderId, @Size(max = 500) List<@Valid @NotNull LineRequest> lines) {

        List<LineQuantity> quantities() {
            return lines == null ? List.of()
                    : lines.stream().map(l -> new LineQuantity(l.salesOrderLineId(), l.quantity())).toList();
        }
    }

    record ProcessInvoiceRequest(@NotNull Processing processing) {
    }

    record VoidInvoiceRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record LineResponse(UUID salesOrderLineId, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal amount) {

        static LineResponse of(InvoiceLine line) {
            return new LineResponse(line.salesOrderLineId(), line.description(), line.quantity(), line.unitPrice(),
                    line.amount());
        }
    }

    /** The dispatch an invoice is attached to, as dispatch announced it. */
    record DispatchResponse(UUID id, String number) {
    }

    /**
     * Who moved the invoice along and when (null until the step happens); the dispatch it is attached to (null: none);
     * the dispatch's request it was drafted for (null: drafted over REST).
     */
    record InvoiceResponse(UUID id, String invoiceNumber, UUID salesOrderId, String salesOrderNumber, UUID customerId,
            String customerName, List<LineResponse> lines, MoneyResponse total, InvoiceStatus status, Instant issuedAt,
            String issuedBy, Processing processing, Instant processedAt, String processedBy, Instant voidedAt,
            String voidedBy, String voidReason, DispatchResponse dispatch, UUID requestId, String createdBy,
            Instant createdAt, long version) {

        static InvoiceResponse of(Invoice i) {
            InvoicedOrder o = i.order();
            InvoiceProgress p = i.progress();
            return new InvoiceResponse(i.id(), i.invoiceNumber(), o.id(), o.orderNumber(), o.customerId(), o.customerName(),
                    i.lines().stream().map(LineResponse::of).toList(), new MoneyResponse(i.total(), o.currency()),
                    i.status(), p.issuedAt(), p.issuedBy(), p.processing(), p.processedAt(), p.processedBy(),
                    p.voidedAt(), p.voidedBy(), p.voidReason(),
                    i.dispatch() == null ? null : new DispatchResponse(i.dispatch().id(), i.dispatch().number()),
                    i.requestId(), i.envelope().createdBy(), i.envelope().createdAt(), i.version());
        }
    }
}
