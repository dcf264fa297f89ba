package dev.opsuite.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.EventContract;
import dev.opsuite.events.EventHeaders;
import dev.opsuite.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventSchemasTest {

    private static final EventContract<?> INVOICE_ISSUED = EventCatalog.INVOICE_ISSUED;

    static Stream<EventContract<?>> contracts() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void every_stored_sample_read_from_its_topic_conforms(EventContract<?> contract) {
        var record = record(contract.topic(), contract.type(), "1", sample(contract));

        assertThat(EventSchemas.problem(record)).isEmpty();
    }

    @Test
    void a_field_the_producer_does_not_write_fails_naming_the_type_the_path_and_the_payload() {
        String payload = sample(INVOICE_ISSUED).replace("\"currency\": \"CZK\"", "\"currency\": \"CZK\", \"rounding\": 0");
        var record = record(Topics.INVOICE, "invoice-issued", "1", payload);

        assertThat(EventSchemas.problem(record)).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("invoice-issued v1 read from billing.invoice (key " + record.key())
                .contains("does not conform to events/invoice-issued/v1.schema.json")
                .contains("$.total: ", "rounding", "(additionalProperties)")
                .endsWith("payload: " + payload));
    }

    @Test
    void a_missing_field_and_a_malformed_value_are_each_named_by_their_path() {
        String payload = sample(INVOICE_ISSUED)
                .replace("\"invoiceNumber\": \"INV-2026-000001\",", "")
                .replace("1e2d3c4b-4444-4f77-c333-000000000001", "SO-1")
                .replace("2026-11-20T09:15:00Z", "yesterday");

        assertThat(EventSchemas.violations(INVOICE_ISSUED, payload)).hasSize(3).satisfiesExactly(
                required -> assertThat(required).startsWith("$: ").contains("invoiceNumber", "(required)"),
                date -> assertThat(date).startsWith("$.issuedAt: ").contains("(format)"),
                id -> assertThat(id).startsWith("$.salesOrderId: ").contains("(format)"));
    }

    @Test
    void a_payload_that_is_not_json_fails() {
        var record = record(Topics.INVOICE, "invoice-issued", "1", "{ not json");

        assertThat(EventSchemas.problem(record)).hasValueSatisfying(problem ->
                assertThat(problem).contains("$: the payload is not JSON").endsWith("payload: { not json"));
    }

    @Test
    void a_version_the_catalog_does_not_know_or_no_version_at_all_fails() {
        assertThat(EventSchemas.problem(record(Topics.INVOICE, "invoice-issued", "2", sample(INVOICE_ISSUED))))
                .hasValueSatisfying(problem -> assertThat(problem).contains("EventCatalog has no version 2 of invoice-issued"));
        assertThat(EventSchemas.problem(record(Topics.INVOICE, "invoice-issued", null, sample(INVOICE_ISSUED))))
                .hasValueSatisfying(problem -> assertThat(problem).contains("carries no valid ce_schemaversion"));
        assertThat(EventSchemas.problem(record(Topics.INVOICE, "invoice-issued", "one", sample(INVOICE_ISSUED))))
                .hasValueSatisfying(problem -> assertThat(problem).contains("carries no valid ce_schemaversion"));
    }

    @Test
    void a_suite_event_on_a_topic_its_contract_does_not_name_fails() {
        var record = record(Topics.FINE, "invoice-issued", "1", sample(INVOICE_ISSUED));

        assertThat(EventSchemas.problem(record)).hasValueSatisfying(problem ->
                assertThat(problem).contains("read from fleet.fine", "its contract publishes it on billing.invoice"));
    }

    @Test
    void dead_letters_foreign_types_and_untyped_records_are_not_checked() {
        String deadLetters = Topics.deadLetter(Topics.INVOICE, "dispatch-service");

        assertThat(EventSchemas.problem(record(deadLetters, "invoice-issued", "1", "{ not json"))).isEmpty();
        assertThat(EventSchemas.problem(record("some.other-topic", "invoice-issued", "1", "{ not json"))).isEmpty();
        assertThat(EventSchemas.problem(record(Topics.INVOICE, "invoice-reminded", "1", "{ not json"))).isEmpty();
        assertThat(EventSchemas.problem(record(Topics.INVOICE, null, "1", "{ not json"))).isEmpty();
    }

    @Test
    void a_record_forged_on_purpose_is_not_checked() {
        var forged = record(Topics.INVOICE, "invoice-issued", "1", "{ not json");
        forged.headers().add(KafkaProbe.FORGED, "true".getBytes(StandardCharsets.UTF_8));

        assertThat(EventSchemas.problem(forged)).isEmpty();
    }

    @Test
    void assert_conform_names_every_broken_record_and_passes_conforming_ones() {
        var good = record(Topics.INVOICE, "invoice-issued", "1", sample(INVOICE_ISSUED));
        var broken = record(Topics.INVOICE, "invoice-issued", "1", "{}");
        var unreadable = record(Topics.INVOICE, "invoice-issued", "1", "");

        assertThatCode(() -> EventSchemas.assertConform(List.of())).doesNotThrowAnyException();
        assertThatCode(() -> EventSchemas.assertConform(List.of(good))).doesNotThrowAnyException();
        assertThatThrownBy(() -> EventSchemas.assertConform(List.of(good, broken, unreadable)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("(key " + broken.key())
                .hasMessageContaining("(key " + unreadable.key())
                .hasMessageNotContaining("(key " + good.key())
                .hasMessageContaining("KafkaProbe.sendForged");
    }

    static ConsumerRecord<String, String> record(String topic, String type, String version, String payload) {
        var record = new ConsumerRecord<>(topic, 0, 0L, UUID.randomUUID().toString(), payload);
        record.headers().add(EventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        if (type != null) {
            record.headers().add(EventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        }
        if (version != null) {
            record.headers().add(EventHeaders.SCHEMA_VERSION, version.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    static String sample(EventContract<?> contract) {
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(contract.sampleResource())) {
            assertThat(in).as(contract.sampleResource()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
