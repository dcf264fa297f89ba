package dev.opsuite.fleet.kernel.rest;

import dev.opsuite.support.application.Rejection;

/**
 * What the endpoints of every capability share in reading a request: the patterns of a phone number and of
 * an order reference, and query parameters read strictly (a typo is a 400 naming the parameter).
 */
public final class FleetRequests {

    /** A value that, when given, is not blank (null means "not given"). */
    public static final String NOT_BLANK = "(?s).*\\S.*";
    /** A phone number as people write it: +420 601 234 567, (0)601-234-567. */
    public static final String PHONE = "\\+?[0-9(][0-9 ()/-]{5,24}";
    public static final int PHONE_LENGTH = 26;
    /** An order number as dispatch writes it: ORD-2025-0098. */
    public static final String ORDER_REFERENCE = "[A-Za-z0-9][A-Za-z0-9/._-]{0,63}";
    public static final int ORDER_REFERENCE_LENGTH = 64;

    private FleetRequests() {
    }

    /** A whole number parameter within bounds; anything else is a 400 naming it. */
    public static Integer number(String parameter, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Rejection.invalid("malformed-parameter", parameter,
                parameter + " is a whole number from " + min + " to " + max + "; '" + value + "' is not.").toException();
    }
}
