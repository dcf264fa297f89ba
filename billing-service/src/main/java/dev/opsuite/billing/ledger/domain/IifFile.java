package dev.opsuite.billing.ledger.domain;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * QuickBooks Desktop's import format (IIF) for the ledger's invoices: tab-separated rows, lines ended by CRLF; the
 * header rows {@code !TRNS}, {@code !SPL}, {@code !ENDTRNS} name the columns, then per transaction one {@code TRNS}
 * row (the accounts receivable side, the amount the customer owes), one {@code SPL} row per income line and one for
 * the sales tax (AUTOSTAX), each with the opposite sign, and {@code ENDTRNS}. Every transaction balances: the TRNS
 * amount is minus the sum of its SPL amounts. Dates are MM/DD/YYYY (UTC).
 */
public final class IifFile {

    static final String TAB = "\t";
    static final String CRLF = "\r\n";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy").withZone(ZoneOffset.UTC);

    static final List<String> TRNS = List.of("!TRNS", "TRNSID", "TRNSTYPE", "DATE", "ACCNT", "NAME", "AMOUNT", "DOCNUM",
            "MEMO");
    static final List<String> SPL = List.of("!SPL", "SPLID", "TRNSTYPE", "DATE", "ACCNT", "NAME", "AMOUNT", "DOCNUM",
            "MEMO", "QNTY", "PRICE", "INVITEM", "TAXABLE", "EXTRA");

    private IifFile() {
    }

    /** The file of these entries: each an INVOICE, or, when an adjustment lowers what is owed, a CREDIT MEMO. */
    public static String of(List<ExportEntry> entries, Map<java.util.UUID, InvoiceVersion> before, LedgerSettings settings) {
        StringBuilder out = new StringBuilder();
        row(out, TRNS);
        row(out, SPL);
        row(out, List.of("!ENDTRNS"));
        for (ExportEntry entry : entries) {
            InvoiceVersion now = entry.exported();
            boolean adjustment = entry.kind() == EntryKind.ADJUSTMENT;
            List<LedgerLine> lines = adjustment ? difference(now.lines(), before.get(now.invoiceId()).lines()) : now.lines();
            BigDecimal tax = adjustment ? now.tax().subtract(before.get(now.invoiceId()).tax()) : now.tax();
            String type = entry.amount().signum() < 0 ? "CREDIT MEMO" : "INVOICE";
            String date = DATE.format(now.bookedAt());
            String docnum = adjustment ? now.invoiceNumber() + "-" + now.version() : now.invoiceNumber();
            String memo = (adjustment ? "Adjustment to " + now.invoiceNumber() + " version " + now.version()
                    : "Invoice " + now.invoiceNumber()) + ", job " + now.jobId();
            row(out, List.of("TRNS", "", type, date, settings.arAccount(), now.customer(), money(entry.amount()), docnum,
                    memo));
            for (LedgerLine line : lines) {
                row(out, List.of("SPL", "", type, date, settings.incomeAccount(line.kind()), "",
                        money(line.amount().negate()), docnum, clean(line.description()),
                        line.quantity().negate().stripTrailingZeros().toPlainString(),
                        line.unitPrice().stripTrailingZeros().toPlainString(), settings.item(line.kind(), line.sku()),
                        line.taxable() ? "Y" : "N", ""));
            }
            if (tax.signum() != 0 || !adjustment) {
                row(out, List.of("SPL", "", type, date, settings.salesTaxAccount(), settings.taxVendor(),
                        money(tax.negate()), docnum, "Sales tax", "", "", settings.taxItem(), "N", "AUTOSTAX"));
            }
            row(out, List.of("ENDTRNS"));
        }
        return out.toString();
    }

    /**
     * What changed from {@code before} to {@code now}, line by line: lines alike (kind, sku, description, unit price,
     * taxability) are netted, quantities and amounts; what did not change drops out.
     */
    static List<LedgerLine> difference(List<LedgerLine> now, List<LedgerLine> before) {
        Map<List<Object>, LedgerLine> net = new LinkedHashMap<>();
        now.forEach(line -> add(net, line, BigDecimal.ONE));
        before.forEach(line -> add(net, line, BigDecimal.ONE.negate()));
        List<LedgerLine> changed = new ArrayList<>();
        net.values().stream().filter(l -> l.amount().signum() != 0 || l.quantity().signum() != 0).forEach(changed::add);
        return changed;
    }

    private static void add(Map<List<Object>, LedgerLine> net, LedgerLine line, BigDecimal sign) {
        List<Object> key = java.util.Arrays.asList(line.kind(), line.sku(), line.description(),
                line.unitPrice().stripTrailingZeros(), line.taxable());
        LedgerLine signed = new LedgerLine(line.kind(), line.sku(), line.description(), line.quantity().multiply(sign),
                line.unitPrice(), line.amount().multiply(sign), line.taxable());
        net.merge(key, signed, (a, b) -> new LedgerLine(a.kind(), a.sku(), a.description(), a.quantity().add(b.quantity()),
                a.unitPrice(), a.amount().add(b.amount()), a.taxable()));
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A field never holds the separators: a tab or line break in a description would break the row. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n\"]+", " ").strip();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(String.join(TAB, cells.stream().map(IifFile::clean).toList())).append(CRLF);
    }
}
