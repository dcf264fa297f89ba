package dev.opsuite.fleet.interfaces.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import dev.opsuite.support.problem.Rejection;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/** What the driver, trailer, document and transport-unit endpoints share in reading a request. */
final class FleetRequests {

    /** A value that, when given, is not blank (null means "not given"). */
    static final String NOT_BLANK = "(?s).*\\S.*";
    /** A phone number as people write it: +420 601 234 567, (0)601-234-567. */
    static final String PHONE = "\\+?[0-9(][0-9 ()/-]{5,24}";

    private FleetRequests() {
    }

    /** A true/false parameter; anything else is a 400 naming it, so that a typo never reads as false. */
    static Boolean flag(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Rejection.invalid("malformed-parameter", parameter, parameter + " is true or false.").toException();
        };
    }

    /** A whole number parameter within bounds; anything else is a 400 naming it. */
    static Integer number(String parameter, String value, int min, int max) {
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

    /**
     * Reads a PATCH body that names only fields the request declares (the service's JSON mapper
     * ignores unknown properties, so a body setting {@code employeeNumber} would otherwise be a silent
     * no-op). A field fixed at creation is a 400 {@code field-not-editable}, any other unknown one a 400
     * {@code unknown-field}, both naming it.
     */
    public static final class OnlyKnownFields implements BiFunction<ObjectMapper, Type, ObjectReader> {

        private static final Set<String> FIXED_AT_CREATION = Set.of("id", "employeeNumber", "type", "kind",
                "subjectType", "subjectId", "createdBy", "createdAt", "version");

        @Override
        public ObjectReader apply(ObjectMapper mapper, Type type) {
            return mapper.readerFor(mapper.constructType(type)).withHandler(new DeserializationProblemHandler() {
                @Override
                public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                        JsonDeserializer<?> deserializer, Object beanOrClass, String property) {
                    if (FIXED_AT_CREATION.contains(property)) {
                        throw Rejection.invalid("field-not-editable", property,
                                property + " is set when the record is created and cannot be changed.").toException();
                    }
                    throw Rejection.invalid("unknown-field", property,
                            "This request has no field " + property + "; it takes " + known(deserializer) + ".").toException();
                }
            });
        }

        private static String known(JsonDeserializer<?> deserializer) {
            Collection<Object> names = deserializer == null ? null : deserializer.getKnownPropertyNames();
            return names == null ? "only documented fields"
                    : String.join(", ", names.stream().map(String::valueOf).sorted().toList());
        }
    }
}
