package dev.opsuite.billing.invoices.interfaces.rest;

import dev.opsuite.billing.invoices.domain.Invoice;
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
            return new InvoiceResponse(i.id(), i.invoiceNumber(), i.salesOrderId(), i.salesOrderNumber(), i.customerId(),
                    i.customerName(), new MoneyResponse(i.totalAmount(), i.currency()), i.status().name(), i.issuedAt(),
                    i.issuedBy(), i.createdBy(), i.createdAt(), i.version());
        }
    }
}
