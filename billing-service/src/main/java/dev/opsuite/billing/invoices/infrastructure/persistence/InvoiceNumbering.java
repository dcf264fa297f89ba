package dev.opsuite.billing.invoices.infrastructure.persistence;

import dev.opsuite.billing.invoices.application.port.out.InvoiceNumbers;
import dev.opsuite.support.numbering.DocumentNumbers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Invoice numbers from the tenant's document sequence of kind {@code INV}. */
@ApplicationScoped
class InvoiceNumbering implements InvoiceNumbers {

    static final String PREFIX = "INV";

    private final DocumentNumbers documentNumbers;

    InvoiceNumbering(DocumentNumbers documentNumbers) {
        this.documentNumbers = documentNumbers;
    }

    @Override
    public Uni<String> next(String tenantId, int year) {
        return documentNumbers.next(tenantId, PREFIX, year);
    }
}
