package dev.opsuite.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The suite's JSON is read as its schema says, nothing coerced: a string where a string is expected,
 * a number where a number is, an integer where an integer is, an enum by its name only; null is no
 * primitive, "" is no number, date or id; a key appears once, and nothing follows the document. The
 * reader stops early on depth and on long numbers and strings, and every number, string and date is
 * checked against {@link InputLimits} as it is read ({@link CheckedValues}). Every service's REST layer
 * reads with this mapper (Quarkus applies this customizer to its {@code ObjectMapper}), and so does
 * the inbox, through a copy that accepts unknown fields and reads with {@link InputLimits#EVENTS}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The rules on a mapper of one's own (tests, tools). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH)
                .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH)
                .maxStringLength(InputLimits.MAX_STRING_LENGTH)
                .maxNameLength(InputLimits.MAX_NAME_LENGTH)
                .build());
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // "12" is no number and "1" no enum constant (Jackson would read it as the second one).
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);

        mapper.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.OtherScalar, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);

        mapper.registerModule(new SimpleModule("opsuite-checked-values").setDeserializerModifier(new CheckedValues()));
        return mapper;
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
