package dev.opsuite.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A service's OpenAPI 3.1 document as SmallRye OpenAPI writes it: its operations, the schemas of their
 * JSON request bodies (references followed), the roles its security requirements name, and plausible
 * values for a schema.
 */
final class ApiDescription {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Formats that bound a string by their own syntax. */
    static final Set<String> BOUNDED_FORMATS = Set.of("uuid", "date", "date-time", "time");

    /** One operation; {@code body} is the schema of its application/json request body, or null. */
    record Operation(String method, String path, JsonNode description, JsonNode body) {

        String name() {
            return method + " " + path;
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            for (JsonNode p : description.path("parameters")) {
                if (in.equals(p.path("in").asText())) {
                    found.add(p);
                }
            }
            return found;
        }
    }

    private final JsonNode document;

    ApiDescription(JsonNode document) {
        this.document = document;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                JsonNode json = method.getValue().path("requestBody").path("content").path("application/json");
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue(),
                        json.has("schema") ? json.get("schema") : null));
            }
        }
        return operations;
    }

    /** Operations with a JSON request body: POST, PUT, PATCH (multipart and body-less ones are not). */
    List<Operation> jsonBodyOperations() {
        return operations().stream().filter(o -> o.body() != null).toList();
    }

    /** Every role any operation's security requirement names: a token with all of them may call everything. */
    Set<String> roles() {
        Set<String> roles = new TreeSet<>();
        for (Operation operation : operations()) {
            for (JsonNode requirement : operation.description().path("security")) {
                requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
            }
        }
        return roles;
    }

    /** The schema itself: references followed, an allOf merged into one. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 20 && current != null; hops++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                JsonNode target = document.at(ref.substring(1));
                if (target.isMissingNode()) {
                    throw new IllegalStateException("unresolvable " + ref);
                }
                ObjectNode merged = ((ObjectNode) target).deepCopy();
                current.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("$ref")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                current = merged;
            } else if (current.has("allOf")) {
                ObjectNode merged = ((ObjectNode) current).deepCopy();
                merged.remove("allOf");
                for (JsonNode part : current.get("allOf")) {
                    resolve(part).fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
                }
                current = merged;
            } else {
                return current;
            }
        }
        throw new IllegalStateException("reference cycle at " + schema);
    }

    /** The JSON type of a resolved schema ({@code type} may list "null" beside it); null when untyped. */
    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : schema.has("enum") ? "string" : null;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return null;
        }
        return type.asText();
    }

    static Set<String> required(JsonNode schema) {
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    /** An in-range value of the schema: its example, the first enum constant, 1 or the nearest bound, ids, today. */
    JsonNode plausible(JsonNode schema, String name, int depth) {
        JsonNode s = resolve(schema);
        JsonNode example = s.has("example") ? s.get("example") : s.path("examples").path(0);
        if (!example.isMissingNode() && !(s.has("format") && BOUNDED_FORMATS.contains(s.get("format").asText()))) {
            return example;
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = type(s);
        if (type == null) {
            return NODES.nullNode();
        }
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 8) {
                    s.path("properties").fields().forEachRemaining(p ->
                            object.set(p.getKey(), plausible(p.getValue(), p.getKey(), depth + 1)));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = Math.max(1, s.path("minItems").asInt(1));
                for (int i = 0; i < items && depth < 8; i++) {
                    array.add(plausible(s.path("items"), name, depth + 1));
                }
                yield array;
            }
            case "integer", "number" -> NODES.numberNode(plausibleNumber(s, type.equals("integer")));
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.textNode(plausibleText(s, name));
        };
    }

    private static BigDecimal plausibleNumber(JsonNode s, boolean integer) {
        BigDecimal step = s.has("multipleOf") ? s.get("multipleOf").decimalValue() : BigDecimal.ONE;
        BigDecimal value = BigDecimal.ONE;
        if (s.has("minimum") && value.compareTo(s.get("minimum").decimalValue()) < 0) {
            value = s.get("minimum").decimalValue();
        }
        if (s.has("exclusiveMinimum") && value.compareTo(s.get("exclusiveMinimum").decimalValue()) <= 0) {
            value = s.get("exclusiveMinimum").decimalValue().add(integer ? BigDecimal.ONE : step);
        }
        if (s.has("maximum") && value.compareTo(s.get("maximum").decimalValue()) > 0) {
            value = s.get("maximum").decimalValue();
        }
        if (s.has("exclusiveMaximum") && value.compareTo(s.get("exclusiveMaximum").decimalValue()) >= 0) {
            value = s.get("exclusiveMaximum").decimalValue().subtract(integer ? BigDecimal.ONE : step);
        }
        return value;
    }

    private static final List<String> CANDIDATE_TEXTS = List.of("h", "Hostile input", "EUR", "ABC", "h@example.com",
            "+420 555 010 100", "12345", "HI-1");

    private static String plausibleText(JsonNode s, String name) {
        String format = s.path("format").asText("");
        switch (format) {
            case "uuid":
                return UUID.randomUUID().toString();
            case "date":
                return LocalDate.now(ZoneOffset.UTC).toString();
            case "date-time":
                // Instant prints its seconds always; an OffsetDateTime drops ":00", which an Instant field refuses.
                return java.time.Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            case "email":
                return "h@example.com";
            default:
                break;
        }
        if (name != null && name.toLowerCase().endsWith("email")) {
            return "h@example.com";
        }
        int min = s.path("minLength").asInt(1);
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        Pattern pattern = s.has("pattern") ? Pattern.compile(s.get("pattern").asText()) : null;
        for (String candidate : CANDIDATE_TEXTS) {
            if (candidate.length() >= min && candidate.length() <= max && (pattern == null || pattern.matcher(candidate).find())) {
                return candidate;
            }
        }
        return "h".repeat(Math.max(1, Math.min(min, max)));
    }
}
