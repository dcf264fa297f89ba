package dev.opsuite.billing.invoices.interfaces.rest;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoicedOrder;
import dev.opsuite.billing.kernel.rest.MoneyResponse;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of invoices. */
final class InvoiceDtos {

    private InvoiceDtos() {
    }

    record CreateInvoiceRequest(@NotNull UUID salesOrderId) {
    }

    record InvoiceResponse(UUID id, String invoiceNumber, UUID salesOrderId, String salesOrderNumber, UUID customerId,
            String customerName, MoneyResponse total, String status, Instant issuedAt, String issuedBy, String createdBy,
            Instant createdAt, long version) {

        static InvoiceResponse of(Invoice i) {
            InvoicedOrder o = i.order();
            return new InvoiceResponse(i.id(), i.invoiceNumber(), o.id(), o.orderNumber(), o.customerId(), o.customerName(),
                    new MoneyResponse(o.total(), o.currency()), i.status().name(), i.issuedAt(), i.issuedBy(),
                    i.envelope().createdBy(), i.envelope().createdAt(), i.version());
        }
    }
}
