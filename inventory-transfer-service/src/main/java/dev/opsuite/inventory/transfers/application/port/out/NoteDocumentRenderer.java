package dev.opsuite.inventory.transfers.application.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Renders a transfer dispatch note as a printable document: the HTML print view and the PDF download
 * come from one template, so both always show the same thing. The records carry raw values; the
 * renderer formats them (dates in UTC, quantities, costs, money).
 *
 * <p>Implementations are thread-safe. Both methods are blocking, CPU-bound work (the PDF especially,
 * tens of milliseconds): callers run them off the event loop, e.g. on a worker thread.
 */
public interface NoteDocumentRenderer {

    /** A location as printed: origin or destination. */
    record Party(String name, String code, String type, String address) {}

    /** One item of the note; {@code position} counts from 1. */
    record Line(int position, String sku, String productName, String unit, BigDecimal quantity,
                BigDecimal unitCost, BigDecimal totalCost) {}

    /** Every field may be null. */
    record Transport(String carrier, String vehicle, String tripTicket, String driver, String trackingNumber) {}

    /**
     * The note as printed.
     *
     * @param costFrozen true once dispatched: costs are frozen at the WAC of dispatch; false: current WAC,
     *                   provisional
     * @param transport  may be null: the note has no transport detail
     * @param printedAt  when this copy is printed
     */
    record NotePrint(String documentNumber, String status, Instant dispatchDate, Party origin, Party destination,
                     List<Line> lines, BigDecimal totalCost, String currency,
                     boolean costFrozen, Transport transport, String createdBy, Instant createdAt,
                     Instant printedAt) {}

    /** The print view: a complete, self-contained HTML page (inline CSS, A4 print styles). */
    String html(NotePrint note);

    /**
     * The same document as PDF bytes, rendered from the same HTML. Blocking work: never call it on an
     * event-loop (I/O) thread.
     */
    byte[] pdf(NotePrint note);
}
