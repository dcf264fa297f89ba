package dev.opsuite.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The production Kafka (deploy/kubernetes) follows the topic catalog: every topic and dead-letter topic
 * is declared (auto-creation is off there), and each service's user may do exactly what the catalog
 * says it does, so a new consumer cannot ship without its ACLs.
 */
class KafkaClusterTest {

    static final Path DEPLOY = Path.of("..", "deploy", "kubernetes");
    static final List<String> SERVICES = List.of("dispatch-service", "inventory-transfer-service", "fleet-service",
            "field-service", "billing-service");

    @Test
    void every_topic_and_every_consumers_dead_letter_topic_is_declared() throws IOException {
        Set<String> declared = new HashSet<>();
        for (JsonNode doc : documents("kafka.yaml")) {
            if ("KafkaTopic".equals(doc.path("kind").asText())) {
                declared.add(doc.path("spec").path("topicName").asText());
            }
        }
        for (Topics.Entry entry : Topics.CATALOG) {
            assertThat(declared).contains(entry.topic());
            entry.consumers().forEach(c -> assertThat(declared).contains(Topics.deadLetter(entry.topic(), c)));
        }
    }

    @Test
    void each_service_may_produce_and_consume_exactly_what_the_catalog_says() throws IOException {
        List<JsonNode> users = documents("kafka-users.yaml").stream()
                .filter(doc -> "KafkaUser".equals(doc.path("kind").asText())).toList();
        for (String service : SERVICES) {
            // An empty grant is a real answer only for a user that is declared at all.
            assertThat(users).as("KafkaUser %s", service)
                    .filteredOn(doc -> service.equals(doc.path("metadata").path("name").asText())).hasSize(1);
            Set<String> granted = new HashSet<>();
            for (JsonNode doc : users) {
                if (service.equals(doc.path("metadata").path("name").asText())) {
                    for (JsonNode acl : doc.path("spec").path("authorization").path("acls")) {
                        for (JsonNode operation : acl.path("operations")) {
                            granted.add(acl.path("resource").path("type").asText() + ":" + acl.path("resource").path("name").asText()
                                    + ":" + operation.asText());
                        }
                    }
                }
            }
            Set<String> needed = new HashSet<>();
            for (Topics.Entry entry : Topics.CATALOG) {
                if (entry.producer().equals(service)) {
                    needed.add("topic:" + entry.topic() + ":Write");
                }
                if (entry.consumers().contains(service)) {
                    needed.add("topic:" + entry.topic() + ":Read");
                    needed.add("topic:" + Topics.deadLetter(entry.topic(), service) + ":Write");
                    needed.add("group:" + service + ":Read");
                }
            }
            // Exactly the catalog's reads and writes: nothing missing, nothing beyond (and nothing at all for a
            // service that neither produces nor consumes).
            assertThat(granted.stream().filter(g -> g.endsWith(":Write") || g.endsWith(":Read")).toList())
                    .as("reads and writes granted to %s", service).containsExactlyInAnyOrderElementsOf(needed);
        }
    }

    @Test
    void the_operator_may_redrive_every_dead_letter_topic_and_nothing_else() throws IOException {
        Set<String> granted = new HashSet<>();
        for (JsonNode doc : documents("kafka-users.yaml")) {
            if ("opsuite-operator".equals(doc.path("metadata").path("name").asText())) {
                for (JsonNode acl : doc.path("spec").path("authorization").path("acls")) {
                    for (JsonNode operation : acl.path("operations")) {
                        granted.add(acl.path("resource").path("type").asText() + ":" + acl.path("resource").path("name").asText()
                                + ":" + operation.asText());
                    }
                }
            }
        }
        Set<String> needed = new HashSet<>(Set.of("group:opsuite-dead-letters:Read"));
        for (Topics.Entry entry : Topics.CATALOG) {
            for (String consumer : entry.consumers()) {
                needed.add("topic:" + Topics.deadLetter(entry.topic(), consumer) + ":Read");
                needed.add("topic:" + entry.topic() + ":Write");
            }
        }
        // `./suite dead-letters redrive` reads each dead-letter topic and writes its records back to their topic.
        assertThat(granted.stream().filter(g -> g.endsWith(":Write") || g.endsWith(":Read")).toList())
                .containsExactlyInAnyOrderElementsOf(needed);
    }

    @Test
    void each_service_authenticates_as_its_own_user_over_tls() throws IOException {
        for (String service : SERVICES) {
            String deployment = Files.readString(DEPLOY.resolve(service + ".yaml"));
            assertThat(deployment).contains("{name: KAFKA_SECURITY_PROTOCOL, value: SASL_SSL}",
                    "{name: KAFKA_SASL_MECHANISM, value: SCRAM-SHA-512}",
                    "secretKeyRef: {name: " + service + ", key: sasl.jaas.config}");
        }
    }

    private static List<JsonNode> documents(String file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = new YAMLMapper().readerFor(JsonNode.class)
                .readValues(Files.newBufferedReader(DEPLOY.resolve(file)))) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }
}
