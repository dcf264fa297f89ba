package dev.opsuite.support.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import dev.opsuite.support.application.Rejection;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads a PATCH body that names only fields the request declares, for
 * {@code @CustomDeserialization(OnlyKnownFields.class)}. The services' JSON mapper ignores unknown
 * properties (Quarkus' default, which {@code @JsonIgnoreProperties(ignoreUnknown = false)} does not
 * override), so a body setting a fixed field would otherwise be a silent no-op. A field fixed at
 * creation is a 400 {@code field-not-editable}, any other unknown one a 400 {@code unknown-field},
 * both naming it.
 */
public final class OnlyKnownFields implements BiFunction<ObjectMapper, Type, ObjectReader> {

    /** Fields of the suite's records that are set once, when the record is created. */
    static final Set<String> FIXED_AT_CREATION = Set.of("id", "type", "kind", "vehicleId", "employeeNumber",
            "subjectType", "subjectId", "createdBy", "createdAt", "version",
            // seed 000's names for a dispatch's generated id and creation time
            "dispatchId", "dateCreated");

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
