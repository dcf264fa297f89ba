package dev.opsuite.dispatch.dispatches.application.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Renders a dispatch sheet: the HTML print view and the PDF come from one template, so both show the same thing. The
 * records carry raw values; the renderer formats them (times in UTC, money). Both methods are blocking; the PDF is
 * CPU-bound work for a worker thread.
 */
public interface DispatchSheetRenderer {

    /** The trip ticket as fleet announced it; any field may be null when fleet never did. */
    record Trip(String number, String registrationNumber, String driverNumber, Instant plannedFrom, Instant plannedTo,
            String orderReference, String status) {
    }

    record Invoice(String invoiceNumber, String salesOrderNumber, String customerName, BigDecimal amount, String currency,
            String status) {
    }

    record Change(String from, String to, String by, Instant at) {
    }

    /** The sheet as printed; {@code recipientName}, {@code receivedAt}, {@code departedAt} are null until known. */
    record SheetPrint(String dispatchNumber, String status, Instant datetime, String unit, String trailer, Trip trip,
            Instant windowFrom, Instant windowTo, List<Invoice> invoices, Instant departedAt, String recipientName,
            Instant receivedAt, boolean proofAttached, List<Change> history, String createdBy, Instant createdAt,
            Instant printedAt) {
    }

    String html(SheetPrint sheet);

    byte[] pdf(SheetPrint sheet);
}
