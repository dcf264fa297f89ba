package dev.opsuite.support.rest;

import dev.opsuite.support.application.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Query parameters read as text and converted here, so a malformed one answers 400 naming the
 * parameter. (JAX-RS answers 404 for a @QueryParam it cannot convert, which says nothing useful.)
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("malformed-parameter", name, name + " must be a UUID; '" + value + "' is not.").toException();
        }
    }

    /**
     * An instant in UTC ({@code 2026-11-20T08:00:00Z}) or with its offset ({@code 2025-10-15T14:30:00+02:00}), or a
     * date ({@code 2026-11-20}, meaning its start in UTC). A '+' sent unencoded in a query string arrives as a
     * space, and is read as the '+' it was.
     */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replace(' ', '+');
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw Rejection.invalid("malformed-parameter", name, name + " must be an ISO date (2026-11-20) or instant "
                    + "(2026-11-20T08:00:00Z, 2026-11-20T09:00:00+01:00); '" + value + "' is neither.").toException();
        }
    }

    /** As {@link #instant}, and required: missing is a 400 naming the parameter. */
    public static Instant requiredInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw Rejection.invalid("missing-parameter", name, name + " is required, e.g. 2025-10-15T14:30:00+02:00.")
                    .toException();
        }
        return instant(name, value);
    }

    /** Values of an enumeration, each parameter possibly comma-separated ({@code status=DRAFT,ACTIVE}). */
    public static <E extends Enum<E>> Set<E> enums(String name, List<String> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (values == null) {
            return result;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    result.add(Enum.valueOf(type, part.strip().toUpperCase()));
                } catch (IllegalArgumentException e) {
                    throw Rejection.invalid("malformed-parameter", name, name + " is one of "
                            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                            + "; '" + part.strip() + "' is not.").toException();
                }
            }
        }
        return result;
    }

    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        Set<E> found = enums(name, value == null ? null : List.of(value), type);
        if (found.size() > 1) {
            throw Rejection.invalid("malformed-parameter", name, name + " takes one value.").toException();
        }
        return found.isEmpty() ? null : found.iterator().next();
    }

    /**
     * A list filter's value as its enum constant, null when absent: an unknown value is a 400 {@code invalid-filter}
     * naming the parameter and listing the values it takes.
     */
    public static <E extends Enum<E>> E filter(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("invalid-filter", name, name + " is one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".").toException();
        }
    }

    /** A true/false list filter, null when absent; anything else is a 400 {@code invalid-filter} naming the parameter. */
    public static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Rejection.invalid("invalid-filter", name, name + " is true or false.").toException();
        };
    }
}
