package dev.opsuite.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventContractsTest {

    // Consumers read with the same leniency: unknown fields are ignored.
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static Stream<EventContract<?>> contracts() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void every_stored_sample_is_valid_against_its_schema(EventContract<?> contract) throws IOException {
        JsonNode sample = mapper.readTree(resource(contract.sampleResource()));
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(resource(contract.schemaResource()));

        Set<ValidationMessage> errors = schema.validate(sample);

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void every_stored_sample_deserializes_into_its_record(EventContract<?> contract) throws IOException {
        Object payload = mapper.readValue(resource(contract.sampleResource()), contract.payloadType());

        assertThat(payload).hasNoNullFieldsOrProperties();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void a_sample_with_an_unknown_field_still_deserializes(EventContract<?> contract) throws IOException {
        var sample = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(resource(contract.sampleResource()));
        sample.put("fieldAddedInALaterMinorChange", "ignored");

        assertThat(mapper.treeToValue(sample, contract.payloadType())).isNotNull();
    }

    @Test
    void every_topic_of_the_catalog_and_every_event_type_is_in_the_asyncapi_document() throws IOException {
        String asyncApi = new String(resource("asyncapi.yaml").readAllBytes(), StandardCharsets.UTF_8);

        Topics.CATALOG.forEach(entry -> assertThat(asyncApi).contains("address: " + entry.topic()));
        EventCatalog.ALL.forEach(c -> {
            assertThat(asyncApi).contains(c.schemaResource());
            assertThat(Topics.CATALOG).anySatisfy(entry -> assertThat(entry.topic()).isEqualTo(c.topic()));
        });
    }

    @Test
    void event_types_are_unique_per_version() {
        assertThat(EventCatalog.ALL.stream().map(c -> c.type() + "/v" + c.version()).distinct().count())
                .isEqualTo(EventCatalog.ALL.size());
    }

    private static InputStream resource(String name) {
        InputStream in = EventContractsTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
