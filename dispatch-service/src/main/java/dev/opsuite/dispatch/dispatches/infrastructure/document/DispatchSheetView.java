package dev.opsuite.dispatch.dispatches.infrastructure.document;

import dev.opsuite.dispatch.dispatches.application.port.out.DispatchSheetRenderer.SheetPrint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The sheet as the template shows it: every value already text (times in UTC, money with two decimals, "—" for none). */
public record DispatchSheetView(String dispatchNumber, String status, String datetime, String unit, String trailer,
        String tripNumber, String vehicle, String driver, String planned, String orderReference, String tripStatus,
        String window, List<InvoiceLine> invoices, String departedAt, String recipientName, String receivedAt,
        String proof, List<HistoryLine> history, String createdBy, String createdAt, String printedAt) {

    static final String NONE = "—";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public record InvoiceLine(String invoiceNumber, String salesOrder, String customer, String amount, String status) {
    }

    public record HistoryLine(String from, String to, String by, String at) {
    }

    static DispatchSheetView of(SheetPrint s) {
        var t = s.trip();
        return new DispatchSheetView(s.dispatchNumber(), s.status(), time(s.datetime()), s.unit(), text(s.trailer()),
                text(t.number()), text(t.registrationNumber()), text(t.driverNumber()),
                t.plannedFrom() == null ? NONE : time(t.plannedFrom()) + " – " + time(t.plannedTo()), text(t.orderReference()),
                text(t.status()), time(s.windowFrom()) + " – " + time(s.windowTo()),
                s.invoices().stream().map(i -> new InvoiceLine(text(i.invoiceNumber()), text(i.salesOrderNumber()),
                        text(i.customerName()), money(i.amount(), i.currency()), text(i.status()))).toList(),
                time(s.departedAt()), text(s.recipientName()), time(s.receivedAt()),
                s.proofAttached() ? "signature / photo on file" : NONE,
                s.history().stream().map(c -> new HistoryLine(text(c.from()), c.to(), c.by(), time(c.at()))).toList(),
                s.createdBy(), time(s.createdAt()), time(s.printedAt()));
    }

    static String time(Instant at) {
        return at == null ? NONE : UTC.format(at);
    }

    static String text(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    static String money(BigDecimal amount, String currency) {
        return amount == null ? NONE : amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
    }
}
