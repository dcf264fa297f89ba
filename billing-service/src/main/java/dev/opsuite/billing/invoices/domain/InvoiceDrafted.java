package dev.opsuite.billing.invoices.domain;

import dev.opsuite.support.domain.DomainEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invoice was drafted for these lines of its order; {@code requestId} names the dispatch's request it answers, if any. */
public record InvoiceDrafted(String tenantId, UUID invoiceId, String invoiceNumber, InvoicedOrder order,
        List<InvoiceLine> lines, BigDecimal total, UUID requestId, String draftedBy, Instant draftedAt)
        implements DomainEvent {

    public InvoiceDrafted {
        lines = List.copyOf(lines);
    }
}
