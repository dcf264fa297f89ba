package dev.opsuite.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.EventContract;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Checks Kafka records of the suite against the JSON Schemas of shared-events, so that what a service really
 * publishes keeps its contract, not only the stored samples. {@link KafkaProbe#read} checks every record it returns.
 *
 * <p>A record is checked when it was read from a topic of {@link Topics#CATALOG} (dead-letter topics are not) and its
 * {@code ce_type} is an event type of {@link EventCatalog}, unless a test marked it as forged on purpose
 * ({@link KafkaProbe#FORGED}, set by {@link KafkaProbe#sendForged}). It conforms when its {@code ce_schemaversion} is a
 * version of that type in the catalog, it travels on the contract's topic, and its payload is valid against the
 * contract's schema (draft 2020-12, formats such as uuid and date-time asserted).
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    // Draft 2020-12 treats "format" as an annotation only; the contracts mean it, so assert it (as EventContractsTest).
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build();

    private static final Set<String> SUITE_TOPICS =
            Topics.CATALOG.stream().map(Topics.Entry::topic).collect(Collectors.toUnmodifiableSet());

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Fails with every non-conforming record of {@code records} (type, topic, key, event id, JSON paths, payload). */
    public static void assertConform(Collection<ConsumerRecord<String, String>> records) {
        List<String> failures = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            problem(record).ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n\n", failures)
                    + "\n\n(A record a test forged on purpose is sent with KafkaProbe.sendForged, and no read checks it.)");
        }
    }

    /** Why {@code record} breaks its contract, or empty when it keeps it or is not checked (see the class comment). */
    public static Optional<String> problem(ConsumerRecord<String, String> record) {
        String type = KafkaProbe.header(record, EventHeaders.TYPE);
        if (!SUITE_TOPICS.contains(record.topic()) || record.headers().lastHeader(KafkaProbe.FORGED) != null
                || EventCatalog.ALL.stream().noneMatch(c -> c.type().equals(type))) {
            return Optional.empty();
        }
        String version = KafkaProbe.header(record, EventHeaders.SCHEMA_VERSION);
        String what = type + " v" + version + " read from " + record.topic() + " (key " + record.key() + ", "
                + EventHeaders.ID + " " + KafkaProbe.header(record, EventHeaders.ID) + ")";
        if (version == null || !version.matches("[1-9][0-9]{0,8}")) {
            return Optional.of(what + " carries no valid " + EventHeaders.SCHEMA_VERSION + " header\npayload: " + record.value());
        }
        Optional<EventContract<?>> contract = EventCatalog.find(type, Integer.parseInt(version));
        if (contract.isEmpty()) {
            return Optional.of(what + ": EventCatalog has no version " + version + " of " + type + "\npayload: " + record.value());
        }
        if (!contract.get().topic().equals(record.topic())) {
            return Optional.of(what + ": its contract publishes it on " + contract.get().topic() + "\npayload: " + record.value());
        }
        List<String> violations = violations(contract.get(), record.value());
        if (violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(what + " does not conform to " + contract.get().schemaResource() + ":\n  "
                + String.join("\n  ", violations) + "\npayload: " + record.value());
    }

    /**
     * What is wrong with {@code payload} as an event of {@code contract}, one line per violation starting with its JSON
     * path ({@code $.items[0].productId: ...}); empty when it is valid.
     */
    public static List<String> violations(EventContract<?> contract, String payload) {
        JsonNode document;
        try {
            document = payload == null ? null : JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            return List.of("$: the payload is not JSON: " + e.getOriginalMessage());
        }
        if (document == null || document.isMissingNode()) {
            return List.of("$: the payload is empty");
        }
        return schema(contract).validate(document).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(m -> m.getInstanceLocation() + ": " + m.getError() + " (" + m.getType() + ")")
                .toList();
    }

    private static JsonSchema schema(EventContract<?> contract) {
        return SCHEMAS.computeIfAbsent(contract.schemaResource(), resource -> {
            try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no schema " + resource + " on the class path (shared-events)");
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        });
    }
}
