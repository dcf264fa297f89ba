package dev.opsuite.inventory.transfers.infrastructure.document;

import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.Line;
import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.NotePrint;
import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.Party;
import dev.opsuite.inventory.transfers.application.port.out.NoteDocumentRenderer.Transport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the dispatch note template shows: every value already formatted as text, never null, so the
 * template only lays out. Dates in UTC ({@code yyyy-MM-dd HH:mm}); quantities as plain decimals without
 * trailing zeros; unit costs with 4 decimals and money with 2, both grouped by thousands with a comma.
 * A missing value prints as {@link #MISSING}.
 */
public record NoteDocumentView(String documentNumber, String status, String dispatchDate, PartyView origin,
        PartyView destination, List<LineView> lines, String totalCost, String currency, boolean costFrozen,
        TransportView transport, String createdBy, String createdAt, String printedAt) {

    /** Printed in place of a value the note does not have. */
    public static final String MISSING = "\u2014";

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** A location as printed. */
    public record PartyView(String name, String code, String type, String address) {}

    /** One item row; {@code unit} is empty when the product has none. */
    public record LineView(int position, String sku, String productName, String quantity, String unit,
            String unitCost, String totalCost) {}

    /** The transport detail block. */
    public record TransportView(String carrier, String vehicle, String tripTicket, String driver,
            String trackingNumber) {}

    /** Formats {@code note} for the template. */
    public static NoteDocumentView of(NotePrint note) {
        List<Line> lines = note.lines() == null ? List.of() : note.lines();
        return new NoteDocumentView(text(note.documentNumber()), text(note.status()), dateTime(note.dispatchDate()),
                party(note.origin()), party(note.destination()),
                lines.stream().map(NoteDocumentView::line).toList(), money(note.totalCost()),
                note.currency() == null ? "" : note.currency(), note.costFrozen(), transport(note.transport()),
                text(note.createdBy()), dateTime(note.createdAt()), dateTime(note.printedAt()));
    }

    private static PartyView party(Party party) {
        if (party == null) {
            return new PartyView(MISSING, MISSING, MISSING, MISSING);
        }
        return new PartyView(text(party.name()), text(party.code()), text(party.type()), text(party.address()));
    }

    private static LineView line(Line line) {
        return new LineView(line.position(), text(line.sku()), text(line.productName()), quantity(line.quantity()),
                line.unit() == null ? "" : line.unit(), unitCost(line.unitCost()), money(line.totalCost()));
    }

    private static TransportView transport(Transport transport) {
        if (transport == null) {
            return null;
        }
        return new TransportView(text(transport.carrier()), text(transport.vehicle()), text(transport.tripTicket()),
                text(transport.driver()), text(transport.trackingNumber()));
    }

    static String text(String value) {
        return value == null || value.isBlank() ? MISSING : value;
    }

    static String dateTime(Instant instant) {
        return instant == null ? MISSING : DATE_TIME.format(instant);
    }

    /** 10, 2.5, 0.125: no trailing zeros, no exponent, no grouping. */
    static String quantity(BigDecimal quantity) {
        return quantity == null ? MISSING : quantity.stripTrailingZeros().toPlainString();
    }

    /** 1,234.5000 */
    static String unitCost(BigDecimal cost) {
        return decimal(cost, 4);
    }

    /** 1,234.50 */
    static String money(BigDecimal amount) {
        return decimal(amount, 2);
    }

    private static String decimal(BigDecimal value, int scale) {
        if (value == null) {
            return MISSING;
        }
        String plain = value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder grouped = new StringBuilder(plain.length() + 8).append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.append(plain, end, plain.length()).toString();
    }
}
