package dev.opsuite.billing.drafts.infrastructure.document;

import dev.opsuite.billing.drafts.domain.DraftLine;
import dev.opsuite.billing.drafts.domain.DraftStatus;
import dev.opsuite.billing.drafts.domain.InvoiceDraft;
import dev.opsuite.billing.drafts.domain.Totals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What the invoice draft template shows, every value already text and never null: the title says DRAFT until the
 * draft is finalized (then its number and version). Dates in UTC; money with 2 decimals grouped by a comma.
 */
public record InvoiceDraftDocumentView(String title, String number, String status, String jobId, String customerId,
        List<LineView> lines, String subtotal, String taxRate, String tax, String total, String currency,
        String preparedBy, String finalizedBy, String finalizedAt, boolean needsPricing, String createdAt,
        String printedAt) {

    public static final String MISSING = "\u2014";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** One line as printed; {@code position} counts from 1; {@code mark} flags a line still without a price. */
    public record LineView(int position, String kind, String description, String quantity, String unitPrice,
            String amount, String taxable, String mark) {
    }

    public static InvoiceDraftDocumentView of(InvoiceDraft d, Instant printedAt) {
        Totals t = d.totals();
        boolean finalized = d.status() == DraftStatus.FINALIZED;
        List<DraftLine> lines = d.lines();
        return new InvoiceDraftDocumentView(finalized ? "Invoice" : "Invoice draft",
                finalized ? d.invoiceNumber() + " (version " + d.invoiceVersion() + ")" : "DRAFT", d.status().name(),
                d.job().jobId().toString(), d.job().customerId().toString(),
                IntStream.range(0, lines.size()).mapToObj(i -> line(i + 1, lines.get(i))).toList(),
                money(t.subtotal()), d.taxRate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + " %",
                money(t.tax()), money(t.total()), d.currency(), text(d.preparedBy()), text(d.finalizedBy()),
                dateTime(d.finalizedAt()), d.needsPricing(), dateTime(d.envelope().createdAt()), dateTime(printedAt));
    }

    private static LineView line(int position, DraftLine l) {
        return new LineView(position, l.kind().name(), text(l.description()), l.quantity().stripTrailingZeros().toPlainString(),
                format(l.unitPrice(), "#,##0.00##"), money(l.amount()), l.taxable() ? "yes" : "no",
                l.needsPrice() ? "needs a price" : "");
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? MISSING : value;
    }

    private static String dateTime(Instant instant) {
        return instant == null ? MISSING : DATE_TIME.format(instant);
    }

    private static String money(BigDecimal value) {
        return format(value, "#,##0.00");
    }

    private static String format(BigDecimal value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
