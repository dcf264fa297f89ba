package dev.opsuite.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Wraps Jackson's own deserializers of strings, numbers and dates with the checks Jackson does not
 * make: the JSON type must be the one the schema says (a date is a string, an amount a number), a
 * number lies within {@link InputLimits}, a double is finite, a string has no NUL (PostgreSQL cannot
 * store it), a date lies in the years 1 to 9999, an enum name is exact, a list, array or map annotated
 * {@code @Size(max)} holds no more items. A failed check is an {@link InvalidFormatException},
 * which Jackson completes with the JSON path of the value, so the 400 names the field.
 */
final class CheckedValues extends BeanDeserializerModifier {

    private static final Set<Class<?>> TEMPORALS = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class,
            LocalDate.class, LocalDateTime.class, YearMonth.class, Year.class);

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        Kind kind = type == String.class ? Kind.TEXT
                : type == BigDecimal.class ? Kind.DECIMAL
                : type == BigInteger.class ? Kind.BIG_INTEGER
                : type == Double.class || type == double.class || type == Float.class || type == float.class ? Kind.FLOATING
                : TEMPORALS.contains(type) ? Kind.TEMPORAL
                : null;
        return kind == null ? deserializer : new Checked(deserializer, kind);
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Checked(deserializer, Kind.CONTAINER);
    }

    @Override
    public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Checked(deserializer, Kind.CONTAINER);
    }

    @Override
    public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Checked(deserializer, Kind.CONTAINER);
    }

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Checked(deserializer, Kind.ENUM);
    }

    private enum Kind { TEXT, ENUM, DECIMAL, BIG_INTEGER, FLOATING, TEMPORAL, CONTAINER }

    private static final class Checked extends DelegatingDeserializer {

        private final Kind kind;
        /** A container's {@code @Size(max)}: checked here, so that validation never cascades into a flood of items. */
        private final int maxItems;

        Checked(JsonDeserializer<?> delegate, Kind kind) {
            this(delegate, kind, Integer.MAX_VALUE);
        }

        private Checked(JsonDeserializer<?> delegate, Kind kind, int maxItems) {
            super(delegate);
            this.kind = kind;
            this.maxItems = maxItems;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, kind, maxItems);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = super.createContextual(context, property);
            Size size = kind == Kind.CONTAINER && property != null ? property.getAnnotation(Size.class) : null;
            if (size == null) {
                return contextual;
            }
            return new Checked(contextual == this ? _delegatee : ((Checked) contextual)._delegatee, kind, size.max());
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (kind == Kind.CONTAINER) {
                Object container = super.deserialize(parser, context);
                int items = container instanceof java.util.Collection<?> c ? c.size()
                        : container instanceof java.util.Map<?, ?> m ? m.size()
                        : container != null && container.getClass().isArray() ? java.lang.reflect.Array.getLength(container) : 0;
                if (items > maxItems) {
                    throw refused(parser, "has " + items + " items, at most " + maxItems + " are allowed", items);
                }
                return container;
            }
            JsonToken token = parser.currentToken();
            boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
            boolean expectsNumber = kind == Kind.DECIMAL || kind == Kind.BIG_INTEGER || kind == Kind.FLOATING;
            if (expectsNumber ? !number : token != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(handledType(), token, parser,
                        "expected a JSON " + (expectsNumber ? "number" : "string") + ", not " + describe(token));
            }
            // Jackson trims an enum name before looking it up, and String.trim() takes NUL and control characters too.
            if (kind == Kind.ENUM && parser.getText().trim().length() != parser.getText().length()) {
                throw refused(parser, "must be one of the names exactly, without surrounding spaces or control characters",
                        parser.getText());
            }
            Object value = super.deserialize(parser, context);
            return value == null ? null : check(value, parser, context);
        }

        private Object check(Object value, JsonParser parser, DeserializationContext context) throws IOException {
            InputLimits limits = InputLimits.of(context);
            return switch (kind) {
                case ENUM, CONTAINER -> value;
                case TEXT -> {
                    if (((String) value).indexOf('\u0000') >= 0) {
                        throw refused(parser, "must not contain the NUL character (\\u0000)", "\\u0000");
                    }
                    yield value;
                }
                case DECIMAL -> decimal((BigDecimal) value, limits, parser);
                case BIG_INTEGER -> {
                    BigInteger integer = (BigInteger) value;
                    if (integer.abs().compareTo(BigInteger.TEN.pow(limits.maxIntegerDigits())) >= 0) {
                        throw refused(parser, outOfRange(limits), value);
                    }
                    yield value;
                }
                case FLOATING -> {
                    double d = ((Number) value).doubleValue();
                    if (!Double.isFinite(d) || Math.abs(d) >= Math.pow(10, limits.maxIntegerDigits())) {
                        throw refused(parser, outOfRange(limits), value);
                    }
                    yield value;
                }
                case TEMPORAL -> {
                    int year = yearOf(value);
                    if (year < InputLimits.MIN_YEAR || year > InputLimits.MAX_YEAR) {
                        throw refused(parser, "must lie in the years " + InputLimits.MIN_YEAR + " to " + InputLimits.MAX_YEAR,
                                value);
                    }
                    yield value;
                }
            };
        }

        /** Checked on the digits alone (no arithmetic on the value): trailing zeros are dropped first. */
        private static BigDecimal decimal(BigDecimal value, InputLimits limits, JsonParser parser) throws IOException {
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.precision() - stripped.scale() > limits.maxIntegerDigits()) {
                throw refused(parser, outOfRange(limits), value);
            }
            if (stripped.scale() > limits.maxFractionDigits()) {
                throw refused(parser, "has more than " + limits.maxFractionDigits() + " decimal places", value);
            }
            // 0e99999999 or 1.000000000000 pass, but their scale would make a later rounding costly.
            return value.scale() > limits.maxFractionDigits() || value.scale() < -limits.maxIntegerDigits() ? stripped : value;
        }

        private static int yearOf(Object value) {
            if (value instanceof Instant i) {
                return i.atOffset(ZoneOffset.UTC).getYear();
            }
            if (value instanceof OffsetDateTime o) {
                return o.toInstant().atOffset(ZoneOffset.UTC).getYear();
            }
            if (value instanceof ZonedDateTime z) {
                return z.toInstant().atOffset(ZoneOffset.UTC).getYear();
            }
            if (value instanceof LocalDate d) {
                return d.getYear();
            }
            if (value instanceof LocalDateTime d) {
                return d.getYear();
            }
            if (value instanceof YearMonth m) {
                return m.getYear();
            }
            return ((Year) value).getValue();
        }

        private static String outOfRange(InputLimits limits) {
            return "must be a finite number between -10^" + limits.maxIntegerDigits() + " and 10^"
                    + limits.maxIntegerDigits() + " (exclusive)";
        }

        private static InvalidFormatException refused(JsonParser parser, String message, Object value) {
            // BigDecimal.toString stays short (1E+99999999); the value is kept for the exception only.
            return InvalidFormatException.from(parser, message, value, value.getClass());
        }

        private static String describe(JsonToken token) {
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                default -> String.valueOf(token);
            };
        }
    }
}
