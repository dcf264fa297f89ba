package dev.opsuite.console.fleet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service's JSON body from a form whose inputs are named by the body's JSON paths ({@code damageEstimate.amount}),
 * so the service's field errors land under the inputs. Blank inputs are left out (the service names what it misses);
 * a number or time that does not parse is sent as typed, and the service's 400 names the field.
 */
public final class FormBody {

    private final Map<String, String> form;
    private final Map<String, Object> body = new LinkedHashMap<>();

    private FormBody(Map<String, String> form) {
        this.form = form;
    }

    public static FormBody of(Map<String, String> form) {
        return new FormBody(form);
    }

    public FormBody text(String... names) {
        for (String name : names) {
            value(name).ifPresent(v -> put(name, v));
        }
        return this;
    }

    public FormBody decimal(String name) {
        value(name).ifPresent(v -> {
            try {
                put(name, new BigDecimal(v));
            } catch (NumberFormatException e) {
                put(name, v);
            }
        });
        return this;
    }

    /** A datetime-local input (2025-10-15T14:30), read as UTC as every time the console shows: 2025-10-15T14:30:00Z. */
    public FormBody instant(String name) {
        value(name).ifPresent(v -> {
            try {
                put(name, LocalDateTime.parse(v).toInstant(ZoneOffset.UTC).toString());
            } catch (DateTimeParseException e) {
                put(name, v);
            }
        });
        return this;
    }

    public Map<String, Object> body() {
        return body;
    }

    private java.util.Optional<String> value(String name) {
        String v = form.get(name);
        return v == null || v.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(v.trim());
    }

    @SuppressWarnings("unchecked")
    private void put(String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = body;
        for (int i = 0; i < parts.length - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        at.put(parts[parts.length - 1], value);
    }
}
