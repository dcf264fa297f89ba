package dev.opsuite.field.intake.interfaces.rest;

import dev.opsuite.support.application.Rejection;
import java.util.Arrays;
import java.util.Locale;

/** Query-parameter filters of the list endpoints. */
final class Filters {

    private Filters() {
    }

    /** A filter value as its enum constant, null when absent; an unknown value is a 400 naming the parameter. */
    static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("invalid-filter", parameter, parameter + " is one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".").toException();
        }
    }
}
