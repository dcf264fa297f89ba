package dev.opsuite.billing.invoices.infrastructure.persistence;

import static dev.opsuite.billing.interfaces.BillingRequests.draftOrder;
import static dev.opsuite.billing.interfaces.BillingRequests.line;
import static dev.opsuite.billing.interfaces.BillingRequests.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.testing.TenantKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Written straight through SQL, an invoice cannot name another tenant's sales order, nor a line be invoiced beyond its order: the database refuses both. */
@QuarkusTest
class TenantScopedKeysTest {

    static final String INVOICE = """
            insert into invoice (id, tenant_id, invoice_number, sales_order_id, sales_order_number, customer_id,
                customer_name, total_amount, currency, lines, status, created_by, created_at, version)
            values (gen_random_uuid(), ?, 'INV-SQL-' || gen_random_uuid(), ?::uuid, 'SO-SQL', gen_random_uuid(),
                'Novák Logistics s.r.o.', 10.00, 'EUR', '{"lines": []}', 'DRAFT', 'sql', now(), 0)""";

    static final String INVOICE_ALL_OF_THE_LINES = """
            update sales_order_line set invoiced_quantity = invoiced_quantity + quantity where sales_order_id = ?::uuid""";

    @Test
    void every_foreign_key_pairs_the_tenants_and_holds_for_every_row() throws SQLException {
        try (Connection c = TenantKeys.connect()) {
            assertThat(TenantKeys.foreignKeys(c)).extracting(TenantKeys.ForeignKey::name).contains("invoice_sales_order");
            assertThat(TenantKeys.foreignKeys(c)).allSatisfy(key -> {
                assertThat(key.tenantScoped()).as(key.name() + " pairs tenant_id").isTrue();
                assertThat(key.validated()).as(key.name() + " is validated").isTrue();
            });
        }
    }

    @Test
    void an_invoice_naming_another_tenants_sales_order_is_a_foreign_key_violation() throws SQLException {
        String acmeOrder = order(List.of(line("Transport Brno - Olomouc", 1, "10.00")));

        try (Connection c = TenantKeys.connect()) {
            c.setAutoCommit(false);
            try {
                assertThat(insertInvoice(c, "acme", acmeOrder)).as("the same invoice in acme").isEqualTo(1);
                c.rollback();
                assertThatThrownBy(() -> insertInvoice(c, "globex", acmeOrder))
                        .isInstanceOfSatisfying(SQLException.class, e -> {
                            assertThat(e.getSQLState()).as("foreign key violation").isEqualTo("23503");
                            assertThat(e.getMessage()).contains("\"invoice_sales_order\"");
                        });
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void no_line_is_invoiced_beyond_what_was_ordered_whatever_writes_it() throws SQLException {
        String order = order(List.of(line("Transport Brno - Olomouc", 3, "10.00")));

        try (Connection c = TenantKeys.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement invoiceAll = c.prepareStatement(INVOICE_ALL_OF_THE_LINES)) {
                invoiceAll.setString(1, order);
                assertThat(invoiceAll.executeUpdate()).as("all of the line, once").isEqualTo(1);
                assertThatThrownBy(invoiceAll::executeUpdate).isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).as("check violation").isEqualTo("23514");
                    assertThat(e.getMessage()).contains("\"sales_order_line_invoiced_within_ordered\"");
                });
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void a_draft_orders_lines_are_not_invoiced_and_an_invoiced_order_is_not_cancelled_whatever_writes_it() throws SQLException {
        String draft = draftOrder(List.of(line("Transport Brno - Olomouc", 3, "10.00")));
        String confirmed = order(List.of(line("Transport Brno - Olomouc", 3, "10.00")));

        try (Connection c = TenantKeys.connect()) {
            c.setAutoCommit(false);
            try {
                assertThatThrownBy(() -> invoiceAll(c, draft)).isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("23514");
                    assertThat(e.getMessage()).contains("\"sales_order_line_invoiced_only_when_confirmed\"");
                });
                c.rollback();
                assertThat(invoiceAll(c, confirmed)).isEqualTo(1);
                assertThatThrownBy(() -> {
                    try (PreparedStatement cancel = c.prepareStatement(
                            "update sales_order set status = 'CANCELLED', cancelled_at = now(), cancellation_reason = 'sql'"
                                    + " where id = ?::uuid")) {
                        cancel.setString(1, confirmed);
                        cancel.executeUpdate();
                    }
                }).isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("23514");
                    assertThat(e.getMessage()).contains("\"sales_order_cancelled_without_live_invoices\"");
                });
            } finally {
                c.rollback();
            }
        }
    }

    private static int invoiceAll(Connection c, String salesOrderId) throws SQLException {
        try (PreparedStatement invoiceAll = c.prepareStatement(INVOICE_ALL_OF_THE_LINES)) {
            invoiceAll.setString(1, salesOrderId);
            return invoiceAll.executeUpdate();
        }
    }

    private static int insertInvoice(Connection c, String tenant, String salesOrderId) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INVOICE)) {
            insert.setString(1, tenant);
            insert.setString(2, salesOrderId);
            return insert.executeUpdate();
        }
    }
}
