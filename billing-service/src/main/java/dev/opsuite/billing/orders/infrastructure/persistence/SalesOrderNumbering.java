package dev.opsuite.billing.orders.infrastructure.persistence;

import dev.opsuite.billing.orders.application.port.out.SalesOrderNumbers;
import dev.opsuite.support.numbering.DocumentNumbers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Sales order numbers from the tenant's document sequence of kind {@code SO}. */
@ApplicationScoped
class SalesOrderNumbering implements SalesOrderNumbers {

    static final String PREFIX = "SO";

    private final DocumentNumbers documentNumbers;

    SalesOrderNumbering(DocumentNumbers documentNumbers) {
        this.documentNumbers = documentNumbers;
    }

    @Override
    public Uni<String> next(String tenantId, int year) {
        return documentNumbers.next(tenantId, PREFIX, year);
    }
}
