package dev.opsuite.console.fleet;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.opsuite.console.fleet.FleetViews.Document;

/**
 * The document form as typed (strings, so that what the user typed comes back with the service's problem), and the
 * PATCH / POST bodies it makes: only the fields given (fleet-service reads an absent field as "unchanged"), dates as
 * the date inputs give them (2026-12-31), which is the service's format.
 */
public record DocumentForm(String number, String validFrom, String validUntil, String note, long version) {

    public static DocumentForm of(Document d) {
        return new DocumentForm(d.number(), text(d.validFrom()), text(d.validUntil()), text(d.note()), d.version());
    }

    /** A renewal of {@code d}: a new number to type, starting the day after it ends. */
    public static DocumentForm renewalOf(Document d) {
        return new DocumentForm("", d.validUntil() == null ? "" : d.validUntil().plusDays(1).toString(), "", "", 0);
    }

    /** The PATCH body: the fields the form gives; a blank note removes nothing (the service keeps it). */
    public Map<String, Object> changes() {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "number", number);
        put(body, "validFrom", validFrom);
        put(body, "validUntil", validUntil);
        put(body, "note", note);
        return body;
    }

    /** The POST body of a new document of {@code type} (a renewal). */
    public Map<String, Object> newDocument(String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.putAll(changes());
        return body;
    }

    /** If-Match for the version the form was read at. */
    public String ifMatch() {
        return "\"" + version + "\"";
    }

    private static void put(Map<String, Object> body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.put(name, value.trim());
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
