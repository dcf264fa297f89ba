package dev.opsuite.billing.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Envelope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An invoice goes to the ledger once per version: whole at first, then only what changed; every transaction balances. */
class ExportBatchTest {

    static final UUID INVOICE = UUID.randomUUID();
    static final Instant FINALIZED = Instant.parse("2026-05-06T10:15:00Z");

    @Test
    void a_new_invoice_goes_out_whole_and_balanced_with_its_sales_tax() {
        ExportBatch batch = ExportBatch.of(envelope(), List.of(version(1, "2.5", "9.07")), Map.of(),
                LedgerSettings.defaults());

        assertThat(batch.entries()).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(EntryKind.ORIGINAL));
        assertThat(batch.total()).isEqualByComparingTo("356.46");
        String[] rows = batch.file().split("\r\n");
        assertThat(rows).hasSize(3 + 1 + 4 + 1 + 1);
        assertThat(rows[3]).isEqualTo(String.join("\t", "TRNS", "", "INVOICE", "05/06/2026", "Accounts Receivable",
                "c-1", "356.46", "SVC-2026-000001", "Invoice SVC-2026-000001, job " + version(1, "2.5", "9.07").jobId()));
        assertThat(rows[4]).startsWith("SPL\t\tINVOICE\t05/06/2026\tService Income\t\t-237.50\tSVC-2026-000001\tLabor\t-2.5\t95\tLabor\tN\t");
        assertThat(rows[8]).isEqualTo(String.join("\t", "SPL", "", "INVOICE", "05/06/2026", "Sales Tax Payable",
                "State Tax Agency", "-9.07", "SVC-2026-000001", "Sales tax", "", "", "Sales Tax", "N", "AUTOSTAX"));
        assertThat(rows[9]).isEqualTo("ENDTRNS");
    }

    @Test
    void exported_already_nothing_new_and_a_later_version_is_the_difference_only() {
        InvoiceVersion v1 = version(1, "2.5", "9.07");
        assertThat(ExportBatch.of(envelope(), List.of(v1), Map.of(INVOICE, v1), LedgerSettings.defaults()).isEmpty())
                .isTrue();

        ExportBatch adjustment = ExportBatch.of(envelope(), List.of(version(2, "3", "9.07")), Map.of(INVOICE, v1),
                LedgerSettings.defaults());

        assertThat(adjustment.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.ADJUSTMENT);
            assertThat(e.amount()).isEqualByComparingTo("47.50");
        });
        String[] rows = adjustment.file().split("\r\n");
        assertThat(rows).hasSize(3 + 1 + 1 + 1);
        assertThat(rows[3]).contains("\tINVOICE\t", "\t47.50\tSVC-2026-000001-2\t");
        assertThat(rows[4]).contains("\t-47.50\t", "\t-0.5\t");
    }

    private static Envelope envelope() {
        return Envelope.created(UUID.randomUUID(), "acme", "finance-dana", FINALIZED.plusSeconds(3600));
    }

    private static InvoiceVersion version(int version, String hours, String tax) {
        List<LedgerLine> lines = List.of(
                new LedgerLine(IncomeKind.LABOR, null, "Labor", new BigDecimal(hours), new BigDecimal("95.00"),
                        new BigDecimal(hours).multiply(new BigDecimal("95.00")).setScale(2), false),
                new LedgerLine(IncomeKind.PART, "HSI-120", "Igniter", BigDecimal.ONE, new BigDecimal("48.40"),
                        new BigDecimal("48.40"), true),
                new LedgerLine(IncomeKind.PART, "FS-200", "Flame sensor", new BigDecimal("2"), new BigDecimal("18.75"),
                        new BigDecimal("37.50"), true),
                new LedgerLine(IncomeKind.PART, "WN-L", "Wire nuts", new BigDecimal("3"), new BigDecimal("7.995"),
                        new BigDecimal("23.99"), true));
        BigDecimal subtotal = lines.stream().map(LedgerLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new InvoiceVersion(INVOICE, "SVC-2026-000001", version, "c-1", new UUID(0, 42), FINALIZED, "USD", lines,
                new BigDecimal(tax), subtotal.add(new BigDecimal(tax)));
    }
}
