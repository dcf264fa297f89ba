package dev.opsuite.billing.invoices.domain;

import dev.opsuite.billing.kernel.Amounts;
import java.math.BigDecimal;
import java.util.UUID;

/** A quantity of one sales order line, at the line's unit price: what one line of an invoice charges. */
public record InvoiceLine(UUID salesOrderLineId, String description, BigDecimal quantity, BigDecimal unitPrice) {

    /** Quantity times unit price, half-up to cents. */
    public BigDecimal amount() {
        return Amounts.of(quantity, unitPrice);
    }
}
