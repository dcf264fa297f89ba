package dev.opsuite.billing.invoices.infrastructure.document;

import dev.opsuite.billing.invoices.domain.Invoice;
import dev.opsuite.billing.invoices.domain.InvoiceLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the invoice template shows: every value already formatted as text, never null, so the template only lays
 * out. Dates in UTC ({@code yyyy-MM-dd HH:mm}); quantities without trailing zeros; prices with up to 4 decimals and
 * money with 2, grouped by thousands with a comma. A missing value prints as {@link #MISSING}.
 */
public record InvoiceDocumentView(String invoiceNumber, String status, String salesOrderNumber, String customerName,
        List<LineView> lines, String total, String currency, String issuedAt, String dispatch, String voidReason,
        String createdBy, String createdAt, String printedAt) {

    public static final String MISSING = "\u2014";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** One invoice line as printed; {@code position} counts from 1. */
    public record LineView(int position, String description, String quantity, String unitPrice, String amount) {
    }

    public static InvoiceDocumentView of(Invoice invoice, Instant printedAt) {
        List<InvoiceLine> lines = invoice.lines();
        return new InvoiceDocumentView(invoice.invoiceNumber(), invoice.status().name(), text(invoice.order().orderNumber()),
                text(invoice.order().customerName()),
                java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> line(i + 1, lines.get(i))).toList(),
                format(invoice.total(), "#,##0.00"), invoice.order().currency(), dateTime(invoice.issuedAt()),
                invoice.dispatch() == null ? MISSING : text(invoice.dispatch().number()),
                invoice.progress().voidReason(), text(invoice.envelope().createdBy()),
                dateTime(invoice.envelope().createdAt()), dateTime(printedAt));
    }

    private static LineView line(int position, InvoiceLine line) {
        return new LineView(position, text(line.description()), line.quantity().stripTrailingZeros().toPlainString(),
                format(line.unitPrice().setScale(Math.max(2, Math.min(4, line.unitPrice().stripTrailingZeros().scale())),
                        RoundingMode.HALF_UP), "#,##0.00##"), format(line.amount(), "#,##0.00"));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? MISSING : value;
    }

    private static String dateTime(Instant instant) {
        return instant == null ? MISSING : DATE_TIME.format(instant);
    }

    private static String format(BigDecimal value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
