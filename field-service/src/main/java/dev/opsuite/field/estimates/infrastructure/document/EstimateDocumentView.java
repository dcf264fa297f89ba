package dev.opsuite.field.estimates.infrastructure.document;

import dev.opsuite.field.estimates.domain.ApprovalDecision;
import dev.opsuite.field.estimates.domain.Estimate;
import dev.opsuite.field.estimates.domain.EstimateLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

/** What the estimate template prints, as text. */
public record EstimateDocumentView(String id, String jobId, String status, String customerStatus, String currency,
        List<Line> lines, String subtotal, String taxRate, String tax, String total, List<Decision> decisions,
        String createdBy, String createdAt, String printedAt) {

    public record Line(int position, String description, String quantity, String unitPrice, String amount,
            String taxable) {
    }

    public record Decision(String decision, String decidedBy, String decidedAt, String total, String comment) {
    }

    static EstimateDocumentView of(Estimate e, Instant printedAt) {
        List<EstimateLine> lines = e.lines();
        return new EstimateDocumentView(e.id().toString(), e.jobId().toString(), e.status().name(),
                e.customerStatus().name(), e.currency(),
                IntStream.range(0, lines.size()).mapToObj(i -> line(i + 1, lines.get(i))).toList(),
                money(e.totals().subtotal()), e.totals().taxRate().multiply(BigDecimal.valueOf(100))
                        .stripTrailingZeros().toPlainString() + " %",
                money(e.totals().tax()), money(e.totals().total()),
                e.decisions().stream().map(EstimateDocumentView::decision).toList(), e.envelope().createdBy(),
                at(e.envelope().createdAt()), at(printedAt));
    }

    private static Line line(int position, EstimateLine l) {
        String quantity = l.quantity().stripTrailingZeros().toPlainString()
                + (l.kind() == EstimateLine.Kind.LABOR ? " h" : "");
        return new Line(position, l.description(), quantity, money(l.unitPrice()), money(l.amount()),
                l.taxable() ? "yes" : "no");
    }

    private static Decision decision(ApprovalDecision d) {
        return new Decision(d.decision().name(), d.decidedBy(), at(d.decidedAt()), money(d.total()),
                d.comment() == null ? "" : d.comment());
    }

    /** To the second, as a person reads it. */
    private static String at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String money(BigDecimal amount) {
        return String.format("%,.2f", amount);
    }
}
