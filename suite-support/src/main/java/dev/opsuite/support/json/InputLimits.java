package dev.opsuite.support.json;

import com.fasterxml.jackson.databind.DeserializationContext;

/**
 * How large a number read from JSON may be, checked while it is read so that no arithmetic ever runs
 * on an absurd value ({@code 1e99999999} is eleven characters, and a rounding of it never finishes).
 * A request is held to {@link #REQUESTS}; an event, whose values may be sums of request values, to
 * the wider {@link #EVENTS} (an {@code ObjectReader} attribute, see {@link #forEvents}).
 *
 * <p>Every DTO narrows these with bean validation to what its columns hold; these are the floor
 * that no field can forget.
 *
 * @param maxIntegerDigits  digits before the decimal point: a value is below 10^maxIntegerDigits in magnitude
 * @param maxFractionDigits digits after the decimal point (trailing zeros do not count)
 */
public record InputLimits(int maxIntegerDigits, int maxFractionDigits) {

    /** Under 10^15 in magnitude, at most 9 decimals: more than any amount, quantity or rate of the suite. */
    public static final InputLimits REQUESTS = new InputLimits(15, 9);

    /**
     * Beyond any value the suite computes (a note's cost over 500 lines of numeric(19, 2) values), still far from a
     * value whose arithmetic could stall a consumer.
     */
    public static final InputLimits EVENTS = new InputLimits(30, 12);

    /** Dates and instants fit PostgreSQL's types and every client: years 1 to 9999. */
    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    /** Deeper is no body of the suite; a nesting bomb stops here, at parse time. */
    public static final int MAX_NESTING_DEPTH = 32;

    /** Characters of one number's text (sign, digits, point and exponent). */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** Characters of one string value; a request body is at most {@link #MAX_JSON_BODY_BYTES} anyway. */
    public static final int MAX_STRING_LENGTH = 1_048_576;

    /** Characters of one property name. */
    public static final int MAX_NAME_LENGTH = 256;

    /** A JSON request body larger than this is refused with 413 before it is read. */
    public static final long MAX_JSON_BODY_BYTES = 1_048_576;

    /** The limits in force for the value being read: the reader's attribute, else those of a request. */
    static InputLimits of(DeserializationContext context) {
        return context.getAttribute(InputLimits.class) instanceof InputLimits limits ? limits : REQUESTS;
    }

    /** A reader of events: the strict rules, with {@link #EVENTS}' wider numbers. */
    public static com.fasterxml.jackson.databind.ObjectReader forEvents(com.fasterxml.jackson.databind.ObjectReader reader) {
        return reader.withAttribute(InputLimits.class, EVENTS);
    }
}
