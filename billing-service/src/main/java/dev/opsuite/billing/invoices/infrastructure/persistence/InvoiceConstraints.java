package dev.opsuite.billing.invoices.infrastructure.persistence;

import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.problem.ConstraintRejections;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the database constraints of invoices mean to the caller. */
@ApplicationScoped
class InvoiceConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        if ("invoice_one_per_sales_order".equals(constraintName)) {
            return Optional.of(Rejection.conflict("sales-order-already-invoiced", "salesOrderId",
                    "The sales order already has an invoice."));
        }
        return Optional.empty();
    }
}
