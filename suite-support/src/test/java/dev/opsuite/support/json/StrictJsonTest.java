package dev.opsuite.support.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {

    enum Urgency { LOW, NORMAL }

    record Line(String description, BigDecimal quantity) {
    }

    record Amount(BigDecimal amount) {
    }

    record Basket(@Size(max = 2) List<Line> lines, @Size(max = 1) java.util.Map<String, String> notes, List<String> tags) {
    }

    record Order(String name, BigDecimal amount, int count, Long big, Double ratio, Instant at, LocalDate on, UUID id,
            Urgency urgency, Boolean flag, boolean active, List<Line> lines) {
    }

    static final ObjectMapper JSON = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    @Test
    void a_well_typed_body_is_read() throws Exception {
        Order order = JSON.readValue("""
                {"name": "Ann", "amount": 999999999999999.999999999, "count": 3, "big": 9007199254740993, "ratio": 0.25,
                 "at": "2026-11-20T08:00:00Z", "on": "2026-11-20", "id": "0b9f5c1e-6d5b-4f0e-9a57-5e3f7e0c1a2b",
                 "urgency": "LOW", "flag": false, "active": true, "lines": [{"description": "", "quantity": 1e3}],
                 "unknown": {"deep": [1, 2]}}""", Order.class);

        assertThat(order.amount()).isEqualByComparingTo("999999999999999.999999999");
        assertThat(order.lines().get(0).quantity()).isEqualByComparingTo("1000");
        assertThat(order.lines().get(0).description()).isEmpty();
        assertThat(order.urgency()).isEqualTo(Urgency.LOW);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "name    | 1",
            "name    | true",
            "name    | {}",
            "name    | []",
            "name    | `\"a\\u0000b\"`",
            "amount  | `\"10\"`",
            "amount  | true",
            "amount  | `\"\"`",
            "amount  | 1e99999999",
            "amount  | 1e100000",
            "amount  | -1e100000",
            "amount  | 1e15",
            "amount  | 0.0000000001",
            "count   | 1.5",
            "count   | 1.0",
            "count   | `\"1\"`",
            "count   | 2147483648",
            "count   | null",
            "active  | null",
            "active  | 1",
            "big     | 9223372036854775808",
            "ratio   | 1e400",
            "ratio   | 1e15",
            "ratio   | `\"0.5\"`",
            "at      | 1700000000",
            "at      | `\"+999999-01-01T00:00:00Z\"`",
            "at      | `\"\"`",
            "on      | `\"0000-00-00\"`",
            "on      | `\"+999999-01-01\"`",
            "on      | `\"0000-01-01\"`",
            "id      | `\"\"`",
            "id      | 7",
            "urgency | 0",
            "urgency | 1",
            "urgency | `\"1\"`",
            "urgency | `\"low\"`",
            "urgency | `\"\"`",
            "urgency | `\"LOW\\u0000\"`",
            "urgency | `\" LOW\"`",
            "flag    | `\"true\"`",
            "flag    | 0",
            "lines   | `{\"description\": \"x\"}`",
    })
    void a_value_of_the_wrong_type_or_size_is_refused_naming_its_field(String field, String value) {
        long started = System.nanoTime();

        assertThatThrownBy(() -> JSON.readValue("{\"" + field + "\": " + value + "}", Order.class))
                .isInstanceOfSatisfying(JsonMappingException.class, e -> assertThat(path(e)).isEqualTo(field));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void a_nested_value_is_named_by_its_json_path() {
        assertThatThrownBy(() -> JSON.readValue("{\"lines\": [{\"quantity\": 1}, {\"quantity\": 1e100000}]}", Order.class))
                .isInstanceOfSatisfying(JsonMappingException.class, e -> assertThat(path(e)).isEqualTo("lines[1].quantity"));
    }

    @Test
    void a_sized_list_or_map_with_too_many_items_is_refused_while_it_is_read() throws Exception {
        assertThatThrownBy(() -> JSON.readValue("{\"lines\": [{}, {}, {}]}", Basket.class))
                .isInstanceOfSatisfying(JsonMappingException.class, e -> assertThat(path(e)).isEqualTo("lines"));
        assertThatThrownBy(() -> JSON.readValue("{\"notes\": {\"a\": \"1\", \"b\": \"2\"}}", Basket.class))
                .isInstanceOfSatisfying(JsonMappingException.class, e -> assertThat(path(e)).isEqualTo("notes"));

        Basket basket = JSON.readValue("{\"lines\": [{}, {}], \"notes\": {\"a\": \"1\"}, \"tags\": [\"a\", \"b\", \"c\"]}",
                Basket.class);
        assertThat(basket.lines()).hasSize(2);
        assertThat(basket.tags()).hasSize(3);
    }

    @Test
    void zero_with_an_absurd_exponent_is_plain_zero() throws Exception {
        assertThat(JSON.readValue("{\"amount\": 0e99999999}", Amount.class).amount()).isEqualTo(BigDecimal.ZERO);
        assertThat(JSON.readValue("{\"amount\": 0e-99999999}", Amount.class).amount()).isEqualTo(BigDecimal.ZERO);
        assertThat(JSON.readValue("{\"amount\": 1.500000000000}", Amount.class).amount().scale()).isEqualTo(1);
    }

    @Test
    void an_absent_primitive_is_refused_rather_than_read_as_zero() {
        assertThatThrownBy(() -> JSON.readValue("{\"name\": \"Ann\", \"active\": true}", Order.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("int");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"name\": \"a\", \"name\": \"b\"}`",
            "`{\"name\": \"a\"} {}`",
            "`{\"name\": \"a\"} x`",
            "`[]`",
            "`{\"amount\": 1`",
    })
    void a_malformed_document_is_refused(String body) {
        assertThatThrownBy(() -> JSON.readValue(body, Order.class)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void a_nesting_bomb_stops_at_the_depth_limit_at_once() {
        String bomb = "[".repeat(100_000);
        long started = System.nanoTime();

        assertThatThrownBy(() -> JSON.readValue("{\"unknown\": " + bomb, Order.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("nesting depth");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void events_take_sums_beyond_a_request_but_not_absurd_numbers() throws Exception {
        var events = InputLimits.forEvents(JSON.readerFor(Amount.class));

        assertThat(events.<Amount>readValue("{\"amount\": 12345678901234567.25}").amount())
                .isEqualByComparingTo("12345678901234567.25");
        assertThatThrownBy(() -> events.readValue("{\"amount\": 1e100000}")).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"amount\": 12345678901234567.25}", Amount.class))
                .isInstanceOf(JsonMappingException.class);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
