package dev.opsuite.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event contract of {@link EventCatalog}: its stored sample, its record and its JSON Schema agree.
 *
 * <p>The rule these tests keep: <b>a schema is closed for the producer and open for the consumer.</b> Every object of
 * a schema (the payload and every nested object, array items included) sets {@code "additionalProperties": false}
 * and lists exactly the components of its record: what the producer writes is the record, nothing more, and a field
 * the producer does not write cannot be sent by accident. Consumers still read leniently (the inbox ignores unknown
 * fields), so an additive change stays compatible within a version: a newer producer may add an optional field and an
 * older consumer ignores it. Adding that field means changing the record, the schema (a new property, not required)
 * and, where it helps, the sample <em>in the same commit</em>: the schema is the producer's contract at that commit,
 * and {@link #every_schema_describes_exactly_the_fields_of_its_record} fails while the schema has fallen behind the
 * record. Removing, renaming or retyping a field, or making an optional one required, is a breaking change: a new
 * version with its own record, schema and sample, and the old ones stay. In the services' tests suite-testing's
 * {@code KafkaProbe} validates every event it reads from the suite's topics against these schemas, so a published
 * event that does not keep its contract fails the test that reads it. The same rule is written down in
 * {@code shared-events/README.md}.
 */
class EventContractsTest {

    // Consumers read with the same leniency: unknown fields are ignored.
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    // Draft 2020-12 treats "format" as an annotation only; the contracts mean it (uuid, date-time), so assert it.
    // Locations are JSON Pointers ("" for the top, /items/0 for the first item), as objectPaths writes them.
    private static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER).build();

    static Stream<EventContract<?>> contracts() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void every_stored_sample_is_valid_against_its_schema(EventContract<?> contract) throws IOException {
        JsonNode sample = mapper.readTree(resource(contract.sampleResource()));

        Set<ValidationMessage> errors = schema(contract).validate(sample);

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void every_stored_sample_deserializes_into_its_record(EventContract<?> contract) throws IOException {
        Object payload = mapper.readValue(resource(contract.sampleResource()), contract.payloadType());

        assertThat(payload).hasNoNullFieldsOrProperties();
    }

    /** Closed for the producer, open for the consumer: at every level of the sample, the top and each nested object. */
    @ParameterizedTest
    @MethodSource("contracts")
    void an_unknown_field_at_any_level_is_refused_by_the_schema_and_ignored_by_a_consumer(EventContract<?> contract)
            throws IOException {
        JsonNode sample = mapper.readTree(resource(contract.sampleResource()));
        var schema = schema(contract);
        List<String> objects = objectPaths(sample, "");
        assertThat(objects).as("objects of the %s sample", contract.type()).isNotEmpty();

        for (String at : objects) {
            JsonNode extended = withUnknownField(sample, at);
            String where = contract.type() + " with an unknown field at " + (at.isEmpty() ? "the top" : at);
            assertThat(schema.validate(extended)).as(where)
                    .extracting(m -> m.getInstanceLocation().toString(), ValidationMessage::getType)
                    .contains(tuple(at, "additionalProperties"));
            assertThat(mapper.treeToValue(extended, contract.payloadType())).as(where).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void every_object_of_every_schema_is_closed(EventContract<?> contract) throws IOException {
        JsonNode schema = mapper.readTree(resource(contract.schemaResource()));
        List<String> objects = objectSchemas(schema, "");
        assertThat(objects).as("object schemas of %s", contract.type()).isNotEmpty();

        for (String at : objects) {
            JsonNode object = at.isEmpty() ? schema : schema.at(at);
            assertThat(object.path("additionalProperties").isBoolean() && !object.path("additionalProperties").asBoolean())
                    .as("%s%s sets \"additionalProperties\": false", contract.schemaResource(), at.isEmpty() ? "" : "#" + at)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void every_schema_describes_exactly_the_fields_of_its_record(EventContract<?> contract) throws IOException {
        JsonNode schema = mapper.readTree(resource(contract.schemaResource()));

        assertDescribes(schema, contract.payloadType(), contract.type());
    }

    @Test
    void the_dispatched_sample_adds_up_line_totals_rounded_half_up_to_cents() throws IOException {
        var dispatched = mapper.readValue(resource(EventCatalog.TRANSFER_DISPATCH_NOTE_DISPATCHED.sampleResource()),
                TransferDispatchNoteDispatched.class);

        BigDecimal sum = BigDecimal.ZERO;
        for (var item : dispatched.items()) {
            assertThat(item.totalCost())
                    .as("line total of %s", item.productId())
                    .isEqualByComparingTo(item.quantity().multiply(item.unitCost()).setScale(2, RoundingMode.HALF_UP));
            sum = sum.add(item.totalCost());
        }
        assertThat(dispatched.totalCost().amount()).isEqualByComparingTo(sum);
    }

    @Test
    void the_stock_level_sample_has_available_equal_to_on_hand_minus_reserved() throws IOException {
        var level = mapper.readValue(resource(EventCatalog.STOCK_LEVEL_CHANGED.sampleResource()), StockLevelChanged.class);

        assertThat(level.available()).isEqualByComparingTo(level.onHand().subtract(level.reserved()));
    }

    @Test
    void every_topic_of_the_catalog_and_every_event_type_is_in_the_asyncapi_document() throws IOException {
        JsonNode asyncApi = new YAMLMapper().readTree(resource("asyncapi.yaml"));
        JsonNode channels = asyncApi.path("channels");

        Topics.CATALOG.forEach(entry -> {
            JsonNode channel = channels.path(entry.topic());
            assertThat(channel.path("address").asText()).as("channel %s", entry.topic()).isEqualTo(entry.topic());
            assertThat(channel.path("x-producer").asText()).as("producer of %s", entry.topic()).isEqualTo(entry.producer());
            assertThat(texts(channel.path("x-consumers"))).as("consumers of %s", entry.topic())
                    .containsExactlyInAnyOrderElementsOf(entry.consumers());
            assertThat(operationsOn(asyncApi, entry.topic(), "send")).as("send operation on %s", entry.topic()).isNotEmpty();
            assertThat(operationsOn(asyncApi, entry.topic(), "receive")).as("receive operation on %s", entry.topic())
                    .hasSize(entry.consumers().isEmpty() ? 0 : 1);
        });
        assertThat(channels.size()).isEqualTo(Topics.CATALOG.size());

        EventCatalog.ALL.forEach(c -> {
            assertThat(Topics.CATALOG).anySatisfy(entry -> assertThat(entry.topic()).isEqualTo(c.topic()));
            JsonNode message = channels.path(c.topic()).path("messages").path(c.type());
            assertThat(message.isMissingNode()).as("message %s on channel %s", c.type(), c.topic()).isFalse();
            JsonNode component = resolve(asyncApi, message.path("$ref").asText());
            assertThat(component.path("name").asText()).isEqualTo(c.type());
            assertThat(component.path("payload").path("$ref").asText()).isEqualTo(c.schemaResource());
        });
        assertThat(asyncApi.path("components").path("messages").size()).isEqualTo(EventCatalog.ALL.size());

        localRefs(asyncApi).forEach(ref ->
                assertThat(resolve(asyncApi, ref).isMissingNode()).as("unresolved $ref %s", ref).isFalse());
    }

    @Test
    void event_types_are_unique_per_version() {
        assertThat(EventCatalog.ALL.stream().map(c -> c.type() + "/v" + c.version()).distinct().count())
                .isEqualTo(EventCatalog.ALL.size());
    }

    /**
     * The schema's properties are the record's components, the same set (a component the schema lacks and a property
     * the record lacks both fail), down through nested records and lists; each of these objects is closed; enums match.
     */
    private static void assertDescribes(JsonNode schema, Type type, String path) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            List<String> components = Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).toList();
            assertThat(components).as("components of %s", raw.getName()).isNotEmpty();
            assertThat(names(schema.path("properties"))).as("properties of %s (the components of %s)", path, raw.getName())
                    .containsExactlyInAnyOrderElementsOf(components);
            assertThat(schema.path("additionalProperties").asText()).as("additionalProperties of %s", path)
                    .isEqualTo("false");
            assertThat(texts(schema.path("required"))).as("required of %s", path).isSubsetOf(components);
            for (RecordComponent component : raw.getRecordComponents()) {
                assertDescribes(schema.path("properties").path(component.getName()), component.getGenericType(),
                        path + "." + component.getName());
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            assertThat(schema.path("type").asText()).as("type of %s", path).isEqualTo("array");
            assertDescribes(schema.path("items"), ((ParameterizedType) type).getActualTypeArguments()[0], path + "[]");
        } else if (raw.isEnum()) {
            List<String> constants = Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
            assertThat(texts(schema.path("enum"))).as("enum of %s", path).containsExactlyInAnyOrderElementsOf(constants);
        }
    }

    private static JsonSchema schema(EventContract<?> contract) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(resource(contract.schemaResource()), ASSERT_FORMATS);
    }

    /** JSON Pointers ("" for the top) of every object in a document, those inside arrays too. */
    private static List<String> objectPaths(JsonNode node, String at) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            paths.add(at);
            node.fields().forEachRemaining(f -> paths.addAll(objectPaths(f.getValue(), at + "/" + f.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.addAll(objectPaths(node.get(i), at + "/" + i));
            }
        }
        return paths;
    }

    /** A copy of {@code document} with a field no producer writes added to the object at {@code at}. */
    private static JsonNode withUnknownField(JsonNode document, String at) {
        JsonNode copy = document.deepCopy();
        ((ObjectNode) (at.isEmpty() ? copy : copy.at(at))).put("fieldAddedInALaterMinorChange", "ignored");
        return copy;
    }

    /** JSON Pointers of every subschema that describes an object ({@code "type": "object"} or a list holding it). */
    private static List<String> objectSchemas(JsonNode schema, String at) {
        List<String> paths = new ArrayList<>();
        if (!schema.isObject()) {
            return paths;
        }
        JsonNode type = schema.path("type");
        if (type.asText().equals("object") || texts(type).contains("object")) {
            paths.add(at);
        }
        schema.path("properties").fields().forEachRemaining(f ->
                paths.addAll(objectSchemas(f.getValue(), at + "/properties/" + f.getKey())));
        paths.addAll(objectSchemas(schema.path("items"), at + "/items"));
        return paths;
    }

    private static List<String> operationsOn(JsonNode asyncApi, String channel, String action) {
        List<String> found = new ArrayList<>();
        asyncApi.path("operations").fields().forEachRemaining(op -> {
            if (op.getValue().path("action").asText().equals(action)
                    && op.getValue().path("channel").path("$ref").asText().equals("#/channels/" + channel)) {
                found.add(op.getKey());
            }
        });
        return found;
    }

    private static JsonNode resolve(JsonNode root, String ref) {
        JsonNode node = root;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }

    private static List<String> localRefs(JsonNode node) {
        List<String> refs = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref") && f.getValue().asText().startsWith("#/")) {
                    refs.add(f.getValue().asText());
                } else {
                    refs.addAll(localRefs(f.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> refs.addAll(localRefs(n)));
        }
        return refs;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.isNull() ? null : n.asText()));
        return texts;
    }

    private static InputStream resource(String name) {
        InputStream in = EventContractsTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
