package dev.opsuite.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.opsuite.testing.ApiDescription.Operation;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Hostile input gets a 4xx problem and nothing is stored: the contract every service's REST API keeps,
 * checked against the service itself, with nothing listed by hand. A new endpoint is covered the day it
 * appears in the service's OpenAPI document.
 *
 * <h2>Using it</h2>
 * A service's test subclasses it as a {@code @QuarkusTest} (its {@code WithSuiteStack} provides PostgreSQL):
 * <pre>
 * &#64;QuarkusTest
 * class HostileInputTest extends HostileInputContract {
 * }
 * </pre>
 * Everything else is discovered: the operations and their schemas from {@code /q/openapi} ({@link #apiDescription},
 * the one place that knows where the document is served), a token holding every role the document's security
 * requirements name (override {@link #roles} if some combination of roles changes behaviour), the database from
 * the service's own {@code quarkus.datasource.jdbc.*} configuration. The token acts in its own tenant
 * ({@link #tenant}), so that events other tests leave in flight do not disturb the row counts.
 *
 * <h2>What it checks</h2>
 * <ol>
 * <li>{@link #every_request_body_property_is_bounded}: every property of every JSON request body (references,
 * nested objects and array items followed) is bounded in the API description: a string has {@code maxLength}
 * unless it is an enum or has a format (uuid, date, date-time); an integer or number has a minimum and a maximum
 * (inclusive or exclusive); an array has {@code maxItems}; a map {@code maxProperties}. One assertion lists every
 * offender. What SmallRye OpenAPI (Quarkus 3.37) writes for the constraint annotations:
 * <ul>
 * <li>{@code @Size(max)}: {@code maxLength} on a string, {@code maxItems} on a list or set, {@code maxProperties}
 * on a map;</li>
 * <li>{@code @Max}, {@code @Min}, {@code @DecimalMax}, {@code @DecimalMin}: {@code maximum}, {@code minimum}
 * ({@code exclusiveMaximum}/{@code exclusiveMinimum} with {@code inclusive = false});</li>
 * <li>{@code @Positive}, {@code @PositiveOrZero}, {@code @Negative}: one side only ({@code exclusiveMinimum: 0},
 * {@code minimum: 0}, {@code exclusiveMaximum: 0}) — the other side still needs a {@code @Max}/{@code @DecimalMax};</li>
 * <li>{@code @Digits}: only {@code multipleOf} for the fraction — not a bound: pair it with
 * {@code @DecimalMin}/{@code @DecimalMax};</li>
 * <li>{@code @Pattern}: {@code pattern} only, {@code @NotBlank}: {@code pattern: \S}, {@code @Email}: nothing —
 * none bounds a length: add {@code @Size(max)};</li>
 * <li>{@code @Schema(maxLength, minimum, maximum)}: written as given, but validates nothing; use the constraint.</li>
 * </ul></li>
 * <li>{@link #hostile_bodies_are_refused_with_a_problem_and_change_nothing}: from each body's schema a plausible
 * body is built (examples, first enum constants, 1 or the nearest bound, random ids, today; path parameters
 * random ids), and property by property, nested too, its value is replaced by each hostile value of the
 * property's type: another JSON type (number, string, boolean, object, array), enum numbers and unknown names,
 * absurd and just-out-of-range numbers ({@code 1e99999999}, {@code 1e100000}, {@code 2147483648},
 * {@code 9223372036854775808}, {@code 1e15}, {@code 0.0000000001}, maximum + 1), a 100,000-character string,
 * a NUL character, impossible and out-of-range dates, null where a property is required, one item more than
 * {@code maxItems}. Whole bodies too: not JSON, empty, {@code []}, a nesting bomb, a duplicate key, trailing
 * tokens, 10 MB of body and a 10 MB string. (The plausible bodies themselves are sent last and their answers
 * logged: a 2xx shows an operation's cases ran one value away from a stored record.) Every case must answer a 4xx {@code application/problem+json}
 * (a property's case: 400 or 422 naming its JSON path) within a second, leave every table of the service's
 * database as it was (row count and newest row version, outbox and inbox included), and the service must still
 * answer a cheap GET within a second afterwards.</li>
 * <li>{@link #no_page_of_a_list_overflows_its_offset}: every list (a GET with a {@code page} parameter) answers
 * {@code page=2147483647&size=200} and other impossible pages with a 400 problem naming the parameter.</li>
 * </ol>
 * A failure names the operation, the field and the class of value, e.g.
 * {@code POST /customers name ← number (12345): answered 201, expected 400 or 422 naming name; wrote public.customer: …}.
 */
public abstract class HostileInputContract {

    private static final Logger LOG = Logger.getLogger(HostileInputContract.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(10);
    private static final int SHOWN_FAILURES = 80;
    private static final String LONG_STRING = "x".repeat(100_000);
    private static final int TEN_MB = 10_000_000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The tenant the contract acts in; it owns no data, so whatever appears in its rows was let in. */
    protected String tenant() {
        return "hostile-input";
    }

    /** The roles of the contract's token, from {@code named}: every role the API description names. */
    protected Collection<String> roles(Collection<String> named) {
        return named;
    }

    /** The service's OpenAPI document: the one place that knows where it is served. */
    protected JsonNode apiDescription() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Management.baseUri() + "/q/openapi?format=json"))
                .timeout(GIVE_UP_AFTER).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            fail("GET /q/openapi answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    /** Where the service under test listens (Quarkus sets {@code test.url}). */
    protected String baseUrl() {
        return ConfigProvider.getConfig().getValue("test.url", String.class).replaceAll("/$", "");
    }

    @Test
    void every_request_body_property_is_bounded() throws Exception {
        ApiDescription api = new ApiDescription(apiDescription());
        List<String> offenders = new ArrayList<>();
        for (Operation operation : api.jsonBodyOperations()) {
            unbounded(api, operation.body(), "", operation.name(), offenders, 0);
        }
        assertTrue(offenders.isEmpty(), () -> offenders.size() + " unbounded request properties (add @Size(max), "
                + "@Max/@Min or @DecimalMax/@DecimalMin):\n  " + String.join("\n  ", offenders));
    }

    @Test
    void hostile_bodies_are_refused_with_a_problem_and_change_nothing() throws Exception {
        ApiDescription api = new ApiDescription(apiDescription());
        Caller caller = new Caller(api);
        List<String> failures = new ArrayList<>();
        int cases = 0;
        try (RowCounts rows = rowCounts()) {
            caller.warmUp();
            for (Operation operation : api.jsonBodyOperations()) {
                // The first requests of an operation load classes (parsing, validation, the database): not what is timed.
                for (String body : List.of("[]", "{}", "{\"x\":}")) {
                    caller.send(operation.method(), caller.path(operation), body.getBytes(StandardCharsets.UTF_8));
                }
            }
            // Nothing else writes in this tenant, so the rows after one case are the rows before the next.
            Map<String, String> before = rows.snapshot();
            for (Operation operation : api.jsonBodyOperations()) {
                for (Case hostile : cases(api, operation)) {
                    cases++;
                    Map<String, String> after = caller.attempt(operation, hostile, rows, before, failures);
                    before = after;
                    if (caller.gaveUp) {
                        fail("the service stopped answering; so far:\n  " + String.join("\n  ", failures));
                    }
                }
                // Each hostile request must answer within a second, so a hang shows on the next one; after the
                // operation's last case a real query proves the service still serves (pool, session, worker threads).
                caller.stillServes(operation, failures);
                if (caller.gaveUp) {
                    fail("the service stopped answering; so far:\n  " + String.join("\n  ", failures));
                }
            }
        }
        LOG.infof("%d hostile requests sent; the plausible bodies answered: %s", cases, plausibleAnswers(api, caller));
        int tried = cases;
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + tried + " hostile requests were not refused "
                + "cleanly:\n  " + String.join("\n  ", failures.subList(0, Math.min(SHOWN_FAILURES, failures.size())))
                + (failures.size() > SHOWN_FAILURES ? "\n  …" : ""));
    }

    @Test
    void no_page_of_a_list_overflows_its_offset() throws Exception {
        ApiDescription api = new ApiDescription(apiDescription());
        Caller caller = new Caller(api);
        Map<String, String> impossible = new LinkedHashMap<>();
        impossible.put("page=2147483647&size=200", "page");
        impossible.put("page=0", "page");
        impossible.put("page=-1", "page");
        impossible.put("size=0", "size");
        impossible.put("size=100000", "size");
        List<String> failures = new ArrayList<>();
        int lists = 0;
        caller.warmUp();
        for (Operation operation : api.operations()) {
            if (!operation.method().equals("GET")
                    || operation.parameters("query").stream().noneMatch(p -> "page".equals(p.path("name").asText()))) {
                continue;
            }
            lists++;
            caller.send("GET", caller.path(operation) + caller.requiredQuery(operation, "page=1"), null);
            for (Map.Entry<String, String> query : impossible.entrySet()) {
                String target = caller.path(operation) + caller.requiredQuery(operation, query.getKey());
                long started = System.nanoTime();
                HttpResponse<String> response = caller.send("GET", target, null);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                List<String> wrong = new ArrayList<>();
                if (response == null) {
                    wrong.add("no answer within " + GIVE_UP_AFTER.toSeconds() + " s");
                } else {
                    if (response.statusCode() != 400) {
                        wrong.add("answered " + response.statusCode() + ", expected 400");
                    }
                    checkProblem(response, query.getValue(), wrong);
                }
                if (took.compareTo(ANSWER_WITHIN) > 0) {
                    wrong.add("took " + took.toMillis() + " ms");
                }
                if (!wrong.isEmpty()) {
                    failures.add("GET " + target + ": " + String.join("; ", wrong));
                }
            }
        }
        assertTrue(lists > 0 || api.operations().stream().noneMatch(o -> o.method().equals("GET") && !o.path().contains("{")),
                "no list takes a page parameter; is the API description complete?");
        assertTrue(failures.isEmpty(), () -> "lists accept impossible pages:\n  " + String.join("\n  ", failures));
    }

    // ---------------------------------------------------------------- the static check

    private void unbounded(ApiDescription api, JsonNode schema, String path, String operation, List<String> offenders,
            int depth) {
        JsonNode s = api.resolve(schema);
        if (s.has("enum") || depth > 10) {
            return;
        }
        String at = operation + " " + (path.isEmpty() ? "(body)" : path);
        String type = ApiDescription.type(s);
        if (type == null) {
            offenders.add(at + ": no type, so any JSON");
            return;
        }
        switch (type) {
            case "string" -> {
                if (!s.has("maxLength") && !ApiDescription.BOUNDED_FORMATS.contains(s.path("format").asText())) {
                    offenders.add(at + ": string without maxLength");
                }
            }
            case "integer", "number" -> {
                if (!s.has("minimum") && !s.has("exclusiveMinimum")) {
                    offenders.add(at + ": " + type + " without minimum");
                }
                if (!s.has("maximum") && !s.has("exclusiveMaximum")) {
                    offenders.add(at + ": " + type + " without maximum");
                }
            }
            case "array" -> {
                if (!s.has("maxItems")) {
                    offenders.add(at + ": array without maxItems");
                }
                unbounded(api, s.path("items"), path + "[]", operation, offenders, depth + 1);
            }
            case "object" -> {
                s.path("properties").fields().forEachRemaining(p -> unbounded(api, p.getValue(),
                        path.isEmpty() ? p.getKey() : path + "." + p.getKey(), operation, offenders, depth + 1));
                if (s.path("additionalProperties").isObject()) {
                    if (!s.has("maxProperties")) {
                        offenders.add(at + ": map without maxProperties");
                    }
                    unbounded(api, s.get("additionalProperties"), path + ".*", operation, offenders, depth + 1);
                }
            }
            default -> {
                // boolean: two values
            }
        }
    }

    /**
     * How the service answers each plausible body, sent once after the hostile ones: a 2xx shows the cases of that
     * operation ran one value away from a stored record; a 404 or 422 that its references were random.
     */
    private String plausibleAnswers(ApiDescription api, Caller caller) throws IOException, InterruptedException {
        List<String> answers = new ArrayList<>();
        for (Operation operation : api.jsonBodyOperations()) {
            HttpResponse<String> response = caller.send(operation.method(), caller.path(operation),
                    JSON.writeValueAsBytes(api.plausible(operation.body(), null, 0)));
            answers.add(operation.name() + " " + (response == null ? "no answer" : response.statusCode()));
        }
        return answers.isEmpty() ? "no operation takes a JSON body" : String.join(", ", answers);
    }

    // ---------------------------------------------------------------- the catalogue

    /**
     * One hostile request: the JSON path of the value (null for the body as a whole), whether the answer must name
     * it (not so for a body refused for its size), the class of value, and the body.
     */
    private record Case(String field, boolean named, String valueClass, String preview, byte[] body) {
    }

    /** A hostile value: what kind it is, and its JSON text (raw, so that 1e99999999 travels as written). */
    private record Hostile(String valueClass, String json) {
    }

    private List<Case> cases(ApiDescription api, Operation operation) throws IOException {
        JsonNode base = api.plausible(operation.body(), null, 0);
        String text = JSON.writeValueAsString(base);
        List<Case> cases = new ArrayList<>();
        cases.add(whole("not JSON", "{not json"));
        cases.add(whole("an empty body", ""));
        cases.add(whole("a JSON array", "[]"));
        cases.add(whole("a nesting bomb of 100,000 [", "[".repeat(100_000)));
        cases.add(whole("trailing tokens", text + " {}"));
        if (base.isObject() && base.size() > 0) {
            String first = base.fieldNames().next();
            cases.add(whole("a duplicate key (" + first + ")",
                    "{" + JSON.writeValueAsString(first) + ":" + JSON.writeValueAsString(base.get(first)) + "," + text.substring(1)));
        }
        cases.add(new Case(null, false, "a 10 MB body", "(10 MB)", (text + " ".repeat(Math.max(0, TEN_MB - text.length())))
                .getBytes(StandardCharsets.UTF_8)));
        if (base.isObject()) {
            ObjectNode huge = ((ObjectNode) base).deepCopy();
            String name = firstTextProperty(base);
            huge.put(name == null ? "note" : name, "x".repeat(TEN_MB));
            cases.add(new Case(name, false, "a 10 MB string", "(10 MB)", JSON.writeValueAsBytes(huge)));
        }
        properties(api, operation.body(), base, new ArrayList<>(), cases, 0);
        return cases;
    }

    private static Case whole(String valueClass, String body) {
        return new Case(null, false, valueClass, body.length() > 40 ? body.substring(0, 40) + "…" : body,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static String firstTextProperty(JsonNode base) {
        for (var fields = base.fields(); fields.hasNext(); ) {
            var field = fields.next();
            if (field.getValue().isTextual()) {
                return field.getKey();
            }
        }
        return null;
    }

    /** Every property under {@code schema} (at {@code steps} in {@code base}), each with its hostile values. */
    private void properties(ApiDescription api, JsonNode schema, JsonNode base, List<Object> steps, List<Case> cases,
            int depth) throws IOException {
        JsonNode s = api.resolve(schema);
        String type = ApiDescription.type(s);
        if (depth > 8 || type == null) {
            return;
        }
        if (type.equals("object")) {
            Set<String> required = ApiDescription.required(s);
            for (var properties = s.path("properties").fields(); properties.hasNext(); ) {
                var property = properties.next();
                List<Object> at = new ArrayList<>(steps);
                at.add(property.getKey());
                for (Hostile hostile : hostileValues(api.resolve(property.getValue()), required.contains(property.getKey()))) {
                    cases.add(new Case(path(at), true, hostile.valueClass(), hostile.json(), JSON.writeValueAsBytes(
                            replaced(base, at, NODES.rawValueNode(new RawValue(hostile.json()))))));
                }
                properties(api, property.getValue(), base, at, cases, depth + 1);
            }
        } else if (type.equals("array") && at(base, steps) instanceof ArrayNode array && array.size() > 0) {
            List<Object> first = new ArrayList<>(steps);
            first.add(0);
            for (Hostile hostile : hostileValues(api.resolve(s.path("items")), true)) {
                cases.add(new Case(path(first), true, hostile.valueClass(), hostile.json(), JSON.writeValueAsBytes(
                        replaced(base, first, NODES.rawValueNode(new RawValue(hostile.json()))))));
            }
            properties(api, s.path("items"), base, first, cases, depth + 1);
        }
    }

    private List<Hostile> hostileValues(JsonNode s, boolean required) throws IOException {
        List<Hostile> values = new ArrayList<>();
        if (required) {
            values.add(new Hostile("null for a required property", "null"));
        }
        String type = ApiDescription.type(s);
        if (type == null) {
            return values;
        }
        String format = s.path("format").asText("");
        if (s.has("enum")) {
            String first = s.get("enum").get(0).asText();
            values.add(new Hostile("an enum index as number", "0"));
            values.add(new Hostile("an enum index as number", "1"));
            values.add(new Hostile("an enum index as string", "\"1\""));
            values.add(new Hostile("an unknown enum name", "\"NOT_A_" + first + "\""));
            if (!first.toLowerCase(Locale.ROOT).equals(first)) {
                values.add(new Hostile("an enum name in another case", JSON.writeValueAsString(first.toLowerCase(Locale.ROOT))));
            }
            values.add(new Hostile("an empty string", "\"\""));
            values.add(new Hostile("a NUL character", JSON.writeValueAsString(first + "\u0000")));
            values.add(new Hostile("a boolean", "true"));
            values.add(new Hostile("an object", "{}"));
            values.add(new Hostile("an array", "[]"));
            return values;
        }
        switch (type) {
            case "string" -> {
                values.add(new Hostile("a number", "12345"));
                values.add(new Hostile("a boolean", "true"));
                values.add(new Hostile("an object", "{\"x\":\"y\"}"));
                values.add(new Hostile("an array", "[\"x\"]"));
                values.add(new Hostile("a 100,000-character string", JSON.writeValueAsString(LONG_STRING)));
                values.add(new Hostile("a NUL character", "\"a\\u0000b\""));
                if (s.has("maxLength") && s.get("maxLength").asInt() < 100_000) {
                    values.add(new Hostile("one character more than maxLength",
                            JSON.writeValueAsString("x".repeat(s.get("maxLength").asInt() + 1))));
                }
                switch (format) {
                    case "uuid" -> {
                        values.add(new Hostile("an empty string", "\"\""));
                        values.add(new Hostile("a malformed id", "\"not-a-uuid\""));
                    }
                    case "date" -> {
                        values.add(new Hostile("an empty string", "\"\""));
                        values.add(new Hostile("an impossible date", "\"0000-00-00\""));
                        values.add(new Hostile("a date beyond year 9999", "\"+999999-01-01\""));
                        values.add(new Hostile("a date in year 0", "\"0000-01-01\""));
                        values.add(new Hostile("a date as epoch number", "20261120"));
                    }
                    case "date-time" -> {
                        values.add(new Hostile("an empty string", "\"\""));
                        values.add(new Hostile("an impossible instant", "\"0000-00-00T00:00:00Z\""));
                        values.add(new Hostile("an instant beyond year 9999", "\"+999999-01-01T00:00:00Z\""));
                        values.add(new Hostile("an instant in year 0", "\"0000-01-01T00:00:00Z\""));
                        values.add(new Hostile("an instant as epoch number", "1700000000"));
                    }
                    default -> {
                        // a plain string: any text within its length is fair
                    }
                }
            }
            case "integer", "number" -> {
                boolean integer = type.equals("integer");
                values.add(new Hostile("a numeric string", "\"1\""));
                values.add(new Hostile("an empty string", "\"\""));
                values.add(new Hostile("a boolean", "true"));
                values.add(new Hostile("an object", "{}"));
                values.add(new Hostile("an array", "[1]"));
                List<String> numbers = new ArrayList<>(List.of("1e99999999", "1e100000", "-1e100000", "1e15", "-1e15",
                        "2147483648", "9223372036854775808", "0.0000000001", "1.5"));
                if (s.has("maximum")) {
                    numbers.add(s.get("maximum").decimalValue().add(BigDecimal.ONE).toString());
                }
                if (s.has("exclusiveMaximum")) {
                    numbers.add(s.get("exclusiveMaximum").decimalValue().toString());
                }
                if (s.has("minimum")) {
                    numbers.add(s.get("minimum").decimalValue().subtract(BigDecimal.ONE).toString());
                }
                if (s.has("exclusiveMinimum")) {
                    numbers.add(s.get("exclusiveMinimum").decimalValue().toString());
                }
                for (String number : numbers) {
                    if (!admits(s, new BigDecimal(number), integer)) {
                        values.add(new Hostile(numberClass(number, integer), number));
                    }
                }
            }
            case "boolean" -> {
                values.add(new Hostile("a string", "\"true\""));
                values.add(new Hostile("a number", "1"));
                values.add(new Hostile("an object", "{}"));
                values.add(new Hostile("an array", "[true]"));
            }
            case "array" -> {
                values.add(new Hostile("an object", "{}"));
                values.add(new Hostile("a string", "\"x\""));
                values.add(new Hostile("a number", "1"));
                values.add(new Hostile("a JSON array nested", "[[[]]]"));
                if (s.has("maxItems") && s.get("maxItems").asInt() < 10_000) {
                    int over = s.get("maxItems").asInt() + 1;
                    values.add(new Hostile("one item more than maxItems (" + over + ")",
                            "[" + String.join(",", java.util.Collections.nCopies(over, "{}")) + "]"));
                }
            }
            case "object" -> {
                values.add(new Hostile("a string", "\"x\""));
                values.add(new Hostile("a number", "1"));
                values.add(new Hostile("a boolean", "true"));
                values.add(new Hostile("an array", "[{}]"));
            }
            default -> {
                // nothing else in JSON
            }
        }
        return values;
    }

    /** Whether the schema takes the number: then it is no hostile value (a long may well be 2147483648). */
    private static boolean admits(JsonNode s, BigDecimal value, boolean integer) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (integer && stripped.scale() > 0) {
            return false;
        }
        if (integer && "int32".equals(s.path("format").asText())
                && (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 || value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0)) {
            return false;
        }
        if (integer && "int64".equals(s.path("format").asText())
                && (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 || value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0)) {
            return false;
        }
        if ((s.has("maximum") && value.compareTo(s.get("maximum").decimalValue()) > 0)
                || (s.has("exclusiveMaximum") && value.compareTo(s.get("exclusiveMaximum").decimalValue()) >= 0)
                || (s.has("minimum") && value.compareTo(s.get("minimum").decimalValue()) < 0)
                || (s.has("exclusiveMinimum") && value.compareTo(s.get("exclusiveMinimum").decimalValue()) <= 0)) {
            return false;
        }
        // Absurd magnitudes are never a schema's; only then is the remainder cheap enough to compute.
        if (stripped.precision() - stripped.scale() > 30) {
            return false;
        }
        return !s.has("multipleOf") || value.remainder(s.get("multipleOf").decimalValue()).signum() == 0;
    }

    private static String numberClass(String number, boolean integer) {
        if (number.contains("e")) {
            return "an absurd number";
        }
        if (number.contains(".") && integer) {
            return "a fraction for an integer";
        }
        if (number.contains(".")) {
            return "too many decimals or out of range";
        }
        return "a number out of range";
    }

    // ---------------------------------------------------------------- requests

    /** One HTTP client, one token, one cheap GET: the contract's side of the conversation. */
    private final class Caller {

        private final ApiDescription api;
        private final String token;
        private final String cheapGet;
        boolean gaveUp;

        Caller(ApiDescription api) {
            this.api = api;
            Collection<String> roles = roles(api.roles());
            if (roles.isEmpty()) {
                fail("the API description names no roles; override roles(…)");
            }
            this.token = SuiteStack.bearer(tenant(), roles.toArray(String[]::new));
            this.cheapGet = api.operations().stream()
                    .filter(o -> o.method().equals("GET") && !o.path().contains("{")
                            && o.parameters("query").stream().noneMatch(p -> p.path("required").asBoolean()))
                    .map(o -> o.path() + (o.parameters("query").stream().anyMatch(p -> "size".equals(p.path("name").asText()))
                            ? "?size=1" : ""))
                    .findFirst().orElse("/q/health/live");
        }

        /** A first query and a first refusal: class loading of a cold service is not what is timed. */
        void warmUp() throws InterruptedException {
            send("GET", cheapGet, null);
            send("GET", cheapGet + (cheapGet.contains("?") ? "&" : "?") + "page=0", null);
        }

        /** The operation's path with its parameters filled: random ids, or a plausible value of their schema. */
        String path(Operation operation) {
            String path = operation.path();
            for (JsonNode parameter : operation.parameters("path")) {
                JsonNode value = api.plausible(parameter.path("schema"), parameter.path("name").asText(), 0);
                path = path.replace("{" + parameter.path("name").asText() + "}",
                        URLEncoder.encode(value.isTextual() ? value.asText() : value.toString(), StandardCharsets.UTF_8));
            }
            return path;
        }

        /** {@code query}, preceded by plausible values of the operation's other required query parameters. */
        String requiredQuery(Operation operation, String query) {
            StringBuilder result = new StringBuilder("?");
            for (JsonNode parameter : operation.parameters("query")) {
                String name = parameter.path("name").asText();
                if (parameter.path("required").asBoolean() && !query.contains(name + "=")) {
                    JsonNode value = api.plausible(parameter.path("schema"), name, 0);
                    result.append(name).append('=').append(URLEncoder.encode(value.isTextual() ? value.asText()
                            : value.toString(), StandardCharsets.UTF_8)).append('&');
                }
            }
            return result.append(query).toString();
        }

        HttpResponse<String> send(String method, String target, byte[] body) throws InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + target)).timeout(GIVE_UP_AFTER)
                    .header("Authorization", token).header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return null;
            }
        }

        /**
         * Sends one hostile request, adds what was wrong with how it was handled to {@code failures}, and answers the
         * row counts afterwards (the next case's {@code before}).
         */
        Map<String, String> attempt(Operation operation, Case hostile, RowCounts rows, Map<String, String> before,
                List<String> failures) throws InterruptedException, SQLException {
            long started = System.nanoTime();
            HttpResponse<String> response = send(operation.method(), path(operation), hostile.body());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            List<String> wrong = new ArrayList<>();
            if (response == null) {
                wrong.add(took.compareTo(GIVE_UP_AFTER) >= 0 ? "no answer within " + GIVE_UP_AFTER.toSeconds() + " s"
                        : "the connection failed");
                gaveUp = took.compareTo(GIVE_UP_AFTER) >= 0;
            } else {
                int status = response.statusCode();
                boolean property = hostile.named();
                if (status < 400 || status > 499) {
                    wrong.add("answered " + status + ", expected a 4xx");
                } else if (property && status != 400 && status != 422) {
                    wrong.add("answered " + status + ", expected 400 or 422 naming " + hostile.field());
                }
                checkProblem(response, property && (status == 400 || status == 422) ? hostile.field() : null, wrong);
            }
            if (took.compareTo(ANSWER_WITHIN) > 0) {
                wrong.add("took " + took.toMillis() + " ms");
            }
            Map<String, String> after = rows.snapshot();
            List<String> written = RowCounts.changes(before, after);
            if (!written.isEmpty()) {
                wrong.add("wrote " + String.join(", ", written));
            }
            if (!wrong.isEmpty()) {
                failures.add(operation.name() + " " + (hostile.field() == null ? "(body)" : hostile.field())
                        + " ← " + hostile.valueClass() + " (" + preview(hostile.preview()) + "): " + String.join("; ", wrong));
            }
            return after;
        }

        /** After an operation's hostile cases, a real query still answers 200 within a second. */
        void stillServes(Operation operation, List<String> failures) throws InterruptedException {
            if (gaveUp) {
                return;
            }
            long again = System.nanoTime();
            HttpResponse<String> alive = send("GET", cheapGet, null);
            Duration answered = Duration.ofNanos(System.nanoTime() - again);
            if (alive == null || alive.statusCode() != 200 || answered.compareTo(ANSWER_WITHIN) > 0) {
                failures.add("after the hostile cases of " + operation.name() + ", GET " + cheapGet + " "
                        + (alive == null ? "got no answer" : "answered " + alive.statusCode() + " in " + answered.toMillis() + " ms"));
                gaveUp = alive == null;
            }
        }
    }

    /** The answer is a problem, and one naming {@code field} (or something inside it) when a field is given. */
    private static void checkProblem(HttpResponse<String> response, String field, List<String> wrong) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            wrong.add("Content-Type '" + type + "', expected application/problem+json");
            return;
        }
        if (field == null) {
            return;
        }
        List<String> named = new ArrayList<>();
        try {
            JSON.readTree(response.body()).path("errors").forEach(e -> named.add(e.path("field").asText()));
        } catch (IOException e) {
            wrong.add("the problem is not JSON");
            return;
        }
        if (named.stream().noneMatch(n -> n.equals(field) || n.startsWith(field + ".") || n.startsWith(field + "["))) {
            wrong.add("the problem names " + (named.isEmpty() ? "no field" : named) + ", not " + field);
        }
    }

    private RowCounts rowCounts() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return new RowCounts(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null), tenant());
    }

    // ---------------------------------------------------------------- JSON paths

    private static String path(List<Object> steps) {
        StringBuilder path = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(step);
            }
        }
        return path.toString();
    }

    private static JsonNode at(JsonNode node, List<Object> steps) {
        JsonNode current = node;
        for (Object step : steps) {
            current = step instanceof Integer index ? current.path(index) : current.path((String) step);
        }
        return current;
    }

    /** A copy of {@code base} with the value at {@code steps} replaced. */
    private static JsonNode replaced(JsonNode base, List<Object> steps, JsonNode value) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = at(copy, steps.subList(0, steps.size() - 1));
        Object last = steps.get(steps.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        }
        return copy;
    }

    private static String preview(String json) {
        String shown = json.length() > 40 ? json.substring(0, 37) + "… (" + json.length() + " chars)" : json;
        return shown.replace("\u0000", "\\u0000");
    }
}
