package dev.opsuite.console.customers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The "open a service call" form as typed. The preferred window is two {@code datetime-local} inputs read as UTC
 * (the office reads every time in UTC, as the console shows them); the callback flag is the earlier call it names.
 */
public record ServiceCallForm(String locationId, String problem, String urgency, String windowFrom, String windowTo,
        String callbackOf) {

    public static final List<String> URGENCIES = List.of("LOW", "NORMAL", "HIGH", "EMERGENCY");
    public static final List<String> FIELDS = List.of("locationId", "problem", "urgency", "preferredWindow.from",
            "preferredWindow.to", "callbackOf");

    public static ServiceCallForm empty() {
        return new ServiceCallForm("", "", "NORMAL", "", "", "");
    }

    /** POST /service-calls. */
    public record Request(UUID customerId, UUID locationId, String problem, String urgency,
            Customers.Window preferredWindow, UUID callbackOf) {
    }

    public Request toRequest(UUID customerId) {
        Instant from = instant("preferredWindow.from", windowFrom);
        Instant to = instant("preferredWindow.to", windowTo);
        Customers.Window window = from == null && to == null ? null : new Customers.Window(from, to);
        return new Request(customerId, FormInput.id(locationId), FormInput.text(problem),
                FormInput.text(urgency), window, FormInput.id(callbackOf));
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new FormInput.Invalid(field, "Enter a date and time (UTC), e.g. 2026-12-07T09:00");
        }
    }
}
