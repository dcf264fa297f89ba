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
        if (constraintName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (constraintName) {
            case "sales_order_line_invoiced_within_ordered" -> Rejection.conflict("quantity-exceeds-order", "lines",
                    "Live invoices would take more of a line than was ordered.");
            case "sales_order_line_invoiced_only_when_confirmed" -> Rejection.unprocessable("sales-order-not-confirmed",
                    "salesOrderId", "Only a confirmed order is invoiced.");
            case "sales_order_cancelled_without_live_invoices" -> Rejection.conflict("sales-order-has-live-invoices",
                    "status", "The order has invoices that are not void; void them first.");
            default -> null;
        });
    }
}
