package dev.opsuite.billing.drafts.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One edit of a draft or correction of a finalized invoice, kept for good: who, when, why, and the totals before and
 * after. {@code invoiceVersion} is the invoice's version the edit made (0 while it is a draft).
 */
public record DraftEdit(int invoiceVersion, String reason, String editedBy, Instant editedAt, BigDecimal totalBefore,
        BigDecimal totalAfter) {
}
