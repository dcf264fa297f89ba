package dev.opsuite.billing.orders.infrastructure.persistence;

import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.problem.ConstraintRejections;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the database constraints of sales orders mean to the caller. */
@ApplicationScoped
class SalesOrderConstraints implements ConstraintRejections {

    @Override
    public Optional<Rejection> forConstraint(String constraintName) {
        if ("sales_order_line_invoiced_within_ordered".equals(constraintName)) {
            return Optional.of(Rejection.conflict("quantity-exceeds-order", "lines",
                    "Live invoices would take more of a line than was ordered."));
        }
        return Optional.empty();
    }
}
