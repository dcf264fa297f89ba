package dev.opsuite.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may call what, as the code says it ({@code @RolesAllowed} of the REST resources) and as the OpenAPI document
 * says it (the roles of each operation's security requirement), keyed {@code "METHOD /path"} with every path
 * parameter written {@code {}} so that a role matrix may name it {@code {id}} or {@code {vehicleId}}. A service's
 * role-matrix test checks its table against both, so that no endpoint is added, nor a role changed, unseen.
 */
public final class RoleTable {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";
    private static final List<String> VERBS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private RoleTable() {
    }

    /** {@code "GET /vehicles/{id}"} and {@code "GET /vehicles/{vehicleId}"} both read {@code "GET /vehicles/{}"}. */
    public static String key(String endpoint) {
        return endpoint.replaceAll("\\{[^}]*}", "{}");
    }

    /**
     * The roles {@code table} gives {@code endpoint}: its own row, or else the row of the template it is an instance of
     * ({@code "POST /accidents/{id}/insurance-claim/approve"} of {@code "POST /accidents/{}/insurance-claim/{}"}); null
     * when the table has neither.
     */
    public static Set<String> of(Map<String, Set<String>> table, String endpoint) {
        String key = key(endpoint);
        Set<String> exact = table.get(key);
        if (exact != null) {
            return exact;
        }
        return table.entrySet().stream()
                .filter(row -> key.matches(java.util.regex.Pattern.quote(row.getKey()).replace("{}", "\\E[^/]+\\Q")))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Every resource method under {@code basePackage} and the roles of its {@code @RolesAllowed} (the method's, else its class's). */
    public static Map<String, Set<String>> inCode(String basePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        Map<String, Set<String>> roles = new TreeMap<>();
        for (JavaClass resource : classes) {
            Optional<JavaAnnotation<JavaClass>> base = resource.tryGetAnnotationOfType(PATH);
            if (base.isEmpty()) {
                continue;
            }
            for (JavaMethod method : resource.getMethods()) {
                Optional<String> verb = VERBS.stream().filter(v -> method.isAnnotatedWith("jakarta.ws.rs." + v)).findFirst();
                if (verb.isEmpty()) {
                    continue;
                }
                String sub = method.tryGetAnnotationOfType(PATH).map(a -> value(a)).orElse("");
                String path = "/" + Stream.of(value(base.get()), sub).map(RoleTable::withoutRegex)
                        .map(p -> p.replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty()).collect(Collectors.joining("/"));
                Set<String> allowed = method.tryGetAnnotationOfType(ROLES_ALLOWED).map(RoleTable::values)
                        .or(() -> resource.tryGetAnnotationOfType(ROLES_ALLOWED).map(RoleTable::values))
                        .orElse(new TreeSet<>());
                roles.put(key(verb.get() + " " + path), allowed);
            }
        }
        return roles;
    }

    /** Every operation of the running service's OpenAPI document and the roles its security requirements name. */
    public static Map<String, Set<String>> inOpenApi() {
        String json = Management.given().accept("application/json").queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> roles = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String verb = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!VERBS.contains(verb)) {
                    continue;
                }
                Set<String> named = new TreeSet<>();
                for (JsonNode requirement : operation.getValue().path("security")) {
                    requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(role -> named.add(role.asText())));
                }
                roles.put(key(verb + " " + path.getKey()), named);
            }
        }
        return roles;
    }

    private static String value(JavaAnnotation<?> annotation) {
        return (String) annotation.get("value").orElse("");
    }

    private static Set<String> values(JavaAnnotation<?> annotation) {
        Set<String> roles = new TreeSet<>();
        Object value = annotation.get("value").orElse(new String[0]);
        for (Object role : (Object[]) value) {
            roles.add(role.toString());
        }
        return roles;
    }

    /** {@code {id: [0-9a-f-]+}} reads {@code {id}}. */
    private static String withoutRegex(String path) {
        return path.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
    }
}
