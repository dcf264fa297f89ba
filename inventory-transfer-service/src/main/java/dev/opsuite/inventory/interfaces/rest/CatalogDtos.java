package dev.opsuite.inventory.interfaces.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import dev.opsuite.inventory.domain.Location;
import dev.opsuite.inventory.domain.LocationType;
import dev.opsuite.inventory.domain.Product;
import dev.opsuite.support.problem.Rejection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/** Request and response bodies of locations and products. */
final class CatalogDtos {

    /** A value that, when given, is not blank (null means "not given"). */
    static final String NOT_BLANK = "(?s).*\\S.*";

    private CatalogDtos() {
    }

    record OpenLocationRequest(
            @NotNull LocationType type,
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 64) String code,
            @Size(max = 500) String address,
            UUID vehicleId) {
    }

    /** All fields optional, null = unchanged; {@code type} and {@code vehicleId} are not editable (see {@link OnlyKnownFields}). */
    record UpdateLocationRequest(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 200) String name,
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 64) String code,
            @Size(max = 500) String address,
            Boolean active) {
    }

    record LocationResponse(UUID id, String type, String name, String code, String address, UUID vehicleId,
            boolean active, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static LocationResponse of(Location l) {
            return new LocationResponse(l.id(), l.type().name(), l.name(), l.code(), l.address(), l.vehicleId(),
                    l.active(), l.createdBy(), l.createdAt(), l.updatedBy(), l.updatedAt(), l.version());
        }
    }

    record RegisterProductRequest(
            @NotBlank @Size(max = 100) String sku,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 20) String unit) {
    }

    /** All fields optional, null = unchanged. */
    record UpdateProductRequest(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String sku,
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 200) String name,
            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 20) String unit,
            Boolean active) {
    }

    record ProductResponse(UUID id, String sku, String name, String unit, boolean active, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static ProductResponse of(Product p) {
            return new ProductResponse(p.id(), p.sku(), p.name(), p.unit(), p.active(), p.createdBy(), p.createdAt(),
                    p.updatedBy(), p.updatedAt(), p.version());
        }
    }

    /** Surrounding spaces are not part of a code or an address. */
    static String stripped(String value) {
        return value == null ? null : value.strip();
    }

    /** A true/false filter; anything else is a 400 naming the parameter, so that a typo never reads as false. */
    static Boolean flag(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Rejection.invalid("invalid-filter", parameter, parameter + " is true or false.").toException();
        };
    }

    /**
     * Reads a PATCH body that names only fields the request declares. The service's JSON mapper
     * ignores unknown properties (Quarkus' default, which {@code @JsonIgnoreProperties(ignoreUnknown = false)}
     * does not override), so a body setting {@code vehicleId} would otherwise be a silent no-op. Here any
     * other field is a 400 naming it.
     */
    public static final class OnlyKnownFields implements BiFunction<ObjectMapper, Type, ObjectReader> {

        private static final Set<String> FIXED_AT_CREATION = Set.of("type", "vehicleId");

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
