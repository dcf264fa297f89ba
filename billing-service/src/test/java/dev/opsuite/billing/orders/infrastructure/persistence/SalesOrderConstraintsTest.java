package dev.opsuite.billing.orders.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.application.Rejection;
import org.junit.jupiter.api.Test;

class SalesOrderConstraintsTest {

    final SalesOrderConstraints constraints = new SalesOrderConstraints();

    @Test
    void invoicing_beyond_a_line_is_the_conflict_the_order_answers() {
        assertThat(constraints.forConstraint("sales_order_line_invoiced_within_ordered")).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("quantity-exceeds-order");
            assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT);
            assertThat(r.field()).isEqualTo("lines");
        });
    }

    @Test
    void the_order_status_guards_are_the_answers_the_order_gives() {
        assertThat(constraints.forConstraint("sales_order_line_invoiced_only_when_confirmed")).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("sales-order-not-confirmed");
            assertThat(r.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
            assertThat(r.field()).isEqualTo("salesOrderId");
        });
        assertThat(constraints.forConstraint("sales_order_cancelled_without_live_invoices")).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("sales-order-has-live-invoices");
            assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        });
    }

    @Test
    void other_constraints_are_not_this_catalogs() {
        assertThat(constraints.forConstraint("invoice_sales_order")).isEmpty();
        assertThat(constraints.forConstraint(null)).isEmpty();
    }
}
