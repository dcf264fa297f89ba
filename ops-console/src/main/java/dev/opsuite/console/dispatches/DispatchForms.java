package dev.opsuite.console.dispatches;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import dev.opsuite.console.dispatches.DispatchViews.SalesOrder;

/**
 * The dispatch forms turned into dispatch-service's request bodies. Times are typed as the console shows them, in UTC
 * ({@code <input type="datetime-local">}: 2026-12-07T08:30) and sent with their offset. The service validates: a
 * blank or malformed value goes as it is and comes back as a problem naming its field.
 */
public final class DispatchForms {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DispatchForms() {
    }

    /** POST /dispatch: the seed's three inputs. */
    public static Map<String, Object> create(String tripTicketId, String datetime, String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tripTicketId", blankToNull(tripTicketId));
        body.put("datetime", utc(datetime));
        body.put("unit", blankToNull(unit));
        return body;
    }

    /** PATCH /dispatch/{id}: the seed's editable fields, datetime and unit. */
    public static Map<String, Object> edit(String datetime, String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("datetime", utc(datetime));
        body.put("unit", blankToNull(unit));
        return body;
    }

    /** POST /dispatch/{id}/complete: who received it, and when (UTC). */
    public static Map<String, Object> complete(String recipientName, String receivedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipientName", blankToNull(recipientName));
        body.put("receivedAt", utc(receivedAt));
        return body;
    }

    /** A datetime-local value (UTC) as an ISO instant; anything else as typed, for the service to name. */
    public static String utc(String local) {
        String value = blankToNull(local);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(value).toInstant().toString();
            } catch (DateTimeParseException notIso) {
                return value;
            }
        }
    }

    /** An instant as a datetime-local input's value (UTC, to the minute). */
    public static String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC));
    }

    /** A planned window as the office reads it (UTC): 2026-12-07 08:00–14:00, or with both dates across midnight. */
    public static String window(Instant from, Instant to) {
        if (from == null || to == null) {
            return "";
        }
        String start = WHEN.format(from.atOffset(ZoneOffset.UTC));
        String end = WHEN.format(to.atOffset(ZoneOffset.UTC));
        return start.substring(0, 10).equals(end.substring(0, 10)) ? start + "–" + end.substring(11) : start + " – " + end;
    }

    /** The first instant of a day (a date filter's from), or the value as typed. */
    public static String dayStart(String date) {
        return day(date, 0);
    }

    /** The first instant after a day (a date filter's to: the API's range excludes its end, the user's includes it). */
    public static String dayAfter(String date) {
        return day(date, 1);
    }

    private static String day(String date, int plusDays) {
        String value = blankToNull(date);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }

    /**
     * "Create new" invoice: the order's lines still to invoice, each with all that remains ({salesOrderId, lines:
     * [{salesOrderLineId, quantity}]}); empty when the order is fully invoiced.
     */
    public static List<Map<String, Object>> remainingLines(SalesOrder order) {
        return order.lines().stream()
                .filter(l -> l.remaining() != null && l.remaining().compareTo(BigDecimal.ZERO) > 0)
                .map(l -> Map.<String, Object>of("salesOrderLineId", l.id(), "quantity", l.remaining()))
                .toList();
    }

    /** Post/redirect/get: 303 to the page showing the result, with a short notice in its URL. */
    public static Response seeOther(String pathAndQuery, String notice) {
        return Response.seeOther(URI.create(pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "notice="
                + URLEncoder.encode(notice, StandardCharsets.UTF_8))).build();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
