package dev.opsuite.billing.drafts.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.testing.TenantKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Written straight through SQL, around the use cases: the database itself keeps one draft per job, the preparer from
 * finalizing, and an invoice version from being exported twice.
 */
@QuarkusTest
class InvoiceDraftConstraintsTest {

    static final String DRAFT = """
            insert into invoice_draft (id, tenant_id, job_id, service_call_id, customer_id, completed_by, completed_at,
                currency, lines, tax_rate, subtotal, tax, total, needs_pricing, status, prepared_by, prepared_at,
                invoice_number, invoice_version, finalized_by, finalized_at, edits, created_by, created_at, updated_by,
                updated_at, version)
            values (gen_random_uuid(), 'acme', ?::uuid, gen_random_uuid(), gen_random_uuid(), 'tom', now(), 'USD',
                '{"lines": []}', 0, 10.00, 0.00, 10.00, false, ?, 'finance-dana', now(), ?, ?, ?, ?, '{"lines": []}',
                'sql', now(), 'sql', now(), 0)""";

    static final String ENTRY = """
            insert into ledger_export_entry (batch_id, tenant_id, invoice_id, invoice_number, invoice_version, kind,
                amount, exported) values (?::uuid, 'acme', ?::uuid, 'SVC-SQL', 1, 'ORIGINAL', 10.00, '{}')""";

    static final String BATCH = """
            insert into ledger_export_batch (id, tenant_id, file, created_by, created_at, version)
            values (?::uuid, 'acme', '', 'sql', now(), 0)""";

    @Test
    void a_second_draft_of_a_job_is_a_unique_violation() throws SQLException {
        String job = UUID.randomUUID().toString();
        try (Connection c = TenantKeys.connect()) {
            c.setAutoCommit(false);
            try {
                assertThat(draft(c, job, "DRAFT", null, 0, null)).isEqualTo(1);
                violates(() -> draft(c, job, "DRAFT", null, 0, null), "23505", "invoice_draft_one_per_job");
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void a_draft_finalized_by_its_preparer_is_a_check_violation() throws SQLException {
        try (Connection c = TenantKeys.connect()) {
            c.setAutoCommit(false);
            try {
                violates(() -> draft(c, UUID.randomUUID().toString(), "FINALIZED", "SVC-SQL-" + UUID.randomUUID(), 1,
                        "finance-dana"), "23514", "invoice_draft_finalized_by_another");
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void an_invoice_version_in_two_batches_is_a_unique_violation() throws SQLException {
        String invoice = UUID.randomUUID().toString();
        try (Connection c = TenantKeys.connect()) {
            c.setAutoCommit(false);
            try {
                String first = batch(c);
                String second = batch(c);
                assertThat(entry(c, first, invoice)).isEqualTo(1);
                violates(() -> entry(c, second, invoice), "23505", "ledger_export_entry_once");
            } finally {
                c.rollback();
            }
        }
    }

    interface Sql {
        int run() throws SQLException;
    }

    private static void violates(Sql sql, String state, String constraint) {
        assertThatThrownBy(sql::run).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo(state);
            assertThat(e.getMessage()).contains("\"" + constraint + "\"");
        });
    }

    private static int draft(Connection c, String job, String status, String number, int version, String finalizedBy)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DRAFT)) {
            s.setString(1, job);
            s.setString(2, status);
            s.setString(3, number);
            s.setInt(4, version);
            s.setString(5, finalizedBy);
            s.setObject(6, finalizedBy == null ? null : java.sql.Timestamp.from(java.time.Instant.now()));
            return s.executeUpdate();
        }
    }

    private static String batch(Connection c) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement s = c.prepareStatement(BATCH)) {
            s.setString(1, id);
            s.executeUpdate();
        }
        return id;
    }

    private static int entry(Connection c, String batch, String invoice) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ENTRY)) {
            s.setString(1, batch);
            s.setString(2, invoice);
            return s.executeUpdate();
        }
    }
}
