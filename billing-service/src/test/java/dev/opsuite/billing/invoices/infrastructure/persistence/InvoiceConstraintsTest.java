package dev.opsuite.billing.invoices.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.application.Rejection;
import org.junit.jupiter.api.Test;

class InvoiceConstraintsTest {

    final InvoiceConstraints constraints = new InvoiceConstraints();

    @Test
    void a_second_invoice_of_an_order_is_the_conflict_the_use_case_answers() {
        assertThat(constraints.forConstraint("invoice_one_per_sales_order")).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("sales-order-already-invoiced");
            assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT);
            assertThat(r.field()).isEqualTo("salesOrderId");
        });
    }

    @Test
    void other_constraints_are_not_this_catalogs() {
        assertThat(constraints.forConstraint("invoice_sales_order")).isEmpty();
        assertThat(constraints.forConstraint(null)).isEmpty();
    }
}
