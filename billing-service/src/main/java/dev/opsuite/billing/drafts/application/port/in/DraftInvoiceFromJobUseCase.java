package dev.opsuite.billing.drafts.application.port.in;

import dev.opsuite.billing.drafts.domain.CompletedJob;
import dev.opsuite.billing.drafts.domain.DraftLine;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A completed field job becomes an invoice draft, once per job: priced lines as field priced them, or (no pricing)
 * its labor and parts at 0.00 waiting for finance. A job that has its draft already changes nothing.
 */
public interface DraftInvoiceFromJobUseCase {

    /** {@code taxRate} as field priced it (0 when it came without prices). */
    record JobToInvoice(String tenantId, CompletedJob job, String currency, List<DraftLine> lines, BigDecimal taxRate) {

        public JobToInvoice {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(job, "job");
            lines = List.copyOf(lines);
        }
    }

    Uni<Void> draft(JobToInvoice job);
}
