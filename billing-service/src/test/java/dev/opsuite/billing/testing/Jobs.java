package dev.opsuite.billing.testing;

import dev.opsuite.billing.drafts.application.port.in.DraftInvoiceFromJobUseCase.JobToInvoice;
import dev.opsuite.billing.drafts.domain.CompletedJob;
import dev.opsuite.billing.drafts.domain.DraftLine;
import dev.opsuite.billing.drafts.domain.LineKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Completed field jobs as billing's drafts capability receives them. */
public final class Jobs {

    private Jobs() {
    }

    /**
     * Seed 002's job: 2.5 h at 95.00 (not taxable) and three parts at 8.25 %: subtotal 347.39, tax 9.07, total 356.46
     * (3 × 7.995 = 23.985 → 23.99; 8.25 % × 109.89 = 9.065925 → 9.07).
     */
    public static JobToInvoice priced(String tenantId) {
        return new JobToInvoice(tenantId, job(), "USD", List.of(
                line(LineKind.LABOR, "Labor, standard rate", "2.5", "95.00", false),
                line(LineKind.PART, "Hot surface igniter 120 V", "1", "48.40", true),
                line(LineKind.PART, "Flame sensor", "2", "18.75", true),
                line(LineKind.PART, "Wire nut, large (box)", "3", "7.995", true)), new BigDecimal("0.0825"));
    }

    /** The same job, sent without prices. */
    public static JobToInvoice unpriced(String tenantId) {
        return new JobToInvoice(tenantId, job(), "USD", List.of(
                DraftLine.unpricedLabor(UUID.randomUUID(), "STANDARD", new BigDecimal("2.5")),
                DraftLine.unpricedPart(UUID.randomUUID(), "HSI-120", BigDecimal.ONE)), BigDecimal.ZERO);
    }

    public static DraftLine line(LineKind kind, String description, String quantity, String unitPrice, boolean taxable) {
        return new DraftLine(kind, UUID.randomUUID(), description, kind == LineKind.PART ? "SKU" : null,
                kind == LineKind.LABOR ? "STANDARD" : null, new BigDecimal(quantity), new BigDecimal(unitPrice), taxable,
                true);
    }

    private static CompletedJob job() {
        return new CompletedJob(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "tom",
                Instant.parse("2026-05-05T09:40:00Z"), null);
    }
}
