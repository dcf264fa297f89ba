package dev.opsuite.inventory.interfaces;

import static dev.opsuite.inventory.interfaces.NoteRequests.MANAGER;
import static dev.opsuite.inventory.interfaces.NoteRequests.createNote;
import static dev.opsuite.inventory.interfaces.NoteRequests.dispatch;
import static dev.opsuite.inventory.interfaces.NoteRequests.item;
import static dev.opsuite.inventory.interfaces.NoteRequests.received;
import static dev.opsuite.inventory.interfaces.NoteRequests.takeReceipt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what: every endpoint of the service against every kind of caller. The matrix below is
 * data, read from the {@code @RolesAllowed} of the REST resources (and checked against them, and
 * against the OpenAPI document, so a new endpoint cannot be added without a row here). A caller
 * whose role is not in a row gets 403 problem+json, a caller without a token 401; an allowed caller
 * gets the endpoint's success status, because every request below is a valid one with real ids.
 */
@QuarkusTest
class RoleMatrixTest {

    static final String MANAGER_ROLE = "inventory-manager";
    static final String CLERK_ROLE = "warehouse-clerk";
    static final String AUDITOR_ROLE = "auditor";
    /** A valid token of the same tenant, with a role of another service only. */
    static final String NO_ROLE = "fleet-manager (no role here)";
    static final String NO_TOKEN = "no token";

    static final List<String> CALLERS = List.of(MANAGER_ROLE, CLERK_ROLE, AUDITOR_ROLE, NO_ROLE, NO_TOKEN);

    private static final boolean Y = true;
    private static final boolean N = false;

    /**
     * The matrix. Columns: inventory-manager, warehouse-clerk, auditor. Every other role: 403;
     * no token: 401. (Same table in the module's README.)
     */
    static final Map<String, boolean[]> MATRIX = matrix(
            //  endpoint                                                   manager clerk auditor
            row("POST /locations",                                          Y, N, N),
            row("GET /locations",                                           Y, Y, Y),
            row("GET /locations/{id}",                                      Y, Y, Y),
            row("PATCH /locations/{id}",                                    Y, N, N),
            row("POST /products",                                           Y, N, N),
            row("GET /products",                                            Y, Y, Y),
            row("GET /products/{id}",                                       Y, Y, Y),
            row("PATCH /products/{id}",                                     Y, N, N),
            row("GET /stock",                                               Y, Y, Y),
            row("GET /stock/movements",                                     Y, Y, Y),
            row("POST /stock-adjustments",                                  Y, N, N),
            row("POST /reservations",                                       Y, Y, N),
            row("GET /reservations",                                        Y, Y, Y),
            row("GET /reservations/{id}",                                   Y, Y, Y),
            row("POST /reservations/{id}/release",                          Y, Y, N),
            row("POST /reservations/{id}/consume",                          Y, Y, N),
            row("POST /transfers-dispatch-note",                            Y, Y, N),
            row("GET /transfers-dispatch-note",                             Y, Y, Y),
            row("GET /transfers-dispatch-note/search",                      Y, Y, Y),
            row("GET /transfers-dispatch-note/{id}",                        Y, Y, Y),
            row("GET /transfers-dispatch-note/{id}/pdf",                    Y, Y, Y),
            row("GET /transfers-dispatch-note/{id}/print",                  Y, Y, Y),
            row("PATCH /transfers-dispatch-note/{id}",                      Y, Y, N),
            row("DELETE /transfers-dispatch-note/{id}",                     Y, Y, N),
            row("POST /transfers-dispatch-note/{id}/cancel",                Y, Y, N),
            row("POST /transfers-dispatch-note/{id}/dispatch",              Y, N, N),
            row("POST /transfers-dispatch-note/{id}/close-short",           Y, N, N),
            row("POST /transfers-goods-receipt",                            Y, Y, N),
            row("GET /transfers-goods-receipt/{id}",                        Y, Y, Y),
            row("POST /transfers-goods-receipt/{id}/approve",               Y, Y, N));

    /** A valid request per endpoint, on fresh records where the call changes one, and the status it succeeds with. */
    static final Map<String, Probe> REQUESTS = Map.ofEntries(
            Map.entry("POST /locations", new Probe(201, s -> s.contentType(ContentType.JSON)
                    .body(CatalogRequests.location("WAREHOUSE", "Matrix warehouse")).post("/locations"))),
            Map.entry("GET /locations", new Probe(200, s -> s.get("/locations"))),
            Map.entry("GET /locations/{id}", new Probe(200, s -> s.get("/locations/{id}", shared().warehouse))),
            Map.entry("PATCH /locations/{id}", new Probe(200, s -> s.contentType(ContentType.JSON)
                    .body(Map.of("address", "Dělnická 12, Brno")).patch("/locations/{id}", Fixtures.store()))),
            Map.entry("POST /products", new Probe(201, s -> s.contentType(ContentType.JSON)
                    .body(CatalogRequests.product(CatalogRequests.unique("MX"), "Matrix product")).post("/products"))),
            Map.entry("GET /products", new Probe(200, s -> s.get("/products"))),
            Map.entry("GET /products/{id}", new Probe(200, s -> s.get("/products/{id}", shared().product))),
            Map.entry("PATCH /products/{id}", new Probe(200, s -> s.contentType(ContentType.JSON)
                    .body(Map.of("name", "Renamed")).patch("/products/{id}", Fixtures.product("To rename")))),
            Map.entry("GET /stock", new Probe(200, s -> s.queryParam("locationId", shared().warehouse.toString()).get("/stock"))),
            Map.entry("GET /stock/movements", new Probe(200, s -> s.queryParam("locationId", shared().warehouse.toString())
                    .get("/stock/movements"))),
            Map.entry("POST /stock-adjustments", new Probe(201, s -> s.contentType(ContentType.JSON)
                    .body(Map.of("locationId", Fixtures.warehouse().toString(), "productId", shared().product.toString(),
                            "quantity", 3, "unitCost", new BigDecimal("4.50"), "reason", "COUNT_CORRECTION"))
                    .post("/stock-adjustments"))),
            Map.entry("POST /reservations", new Probe(201, s -> s.contentType(ContentType.JSON)
                    .body(reservation(stockedWarehouse(5), shared().product, 2)).post("/reservations"))),
            Map.entry("GET /reservations", new Probe(200, s -> s.get("/reservations"))),
            Map.entry("GET /reservations/{id}", new Probe(200, s -> s.get("/reservations/{id}", shared().reservation))),
            Map.entry("POST /reservations/{id}/release", new Probe(200, s -> s.post("/reservations/{id}/release", newReservation()))),
            Map.entry("POST /reservations/{id}/consume", new Probe(200, s -> s.contentType(ContentType.JSON)
                    .body(Map.of("quantity", 1)).post("/reservations/{id}/consume", newReservation()))),
            Map.entry("POST /transfers-dispatch-note", new Probe(201, s -> s.contentType(ContentType.JSON)
                    .body(Map.of("originLocationId", shared().warehouse.toString(), "destinationLocationId", shared().store.toString(),
                            "detail", List.of(item(shared().product, 1))))
                    .post("/transfers-dispatch-note"))),
            Map.entry("GET /transfers-dispatch-note", new Probe(200, s -> s.get("/transfers-dispatch-note"))),
            Map.entry("GET /transfers-dispatch-note/search", new Probe(200, s -> s
                    .queryParam("originLocationId", shared().warehouse.toString()).get("/transfers-dispatch-note/search"))),
            Map.entry("GET /transfers-dispatch-note/{id}", new Probe(200, s -> s.get("/transfers-dispatch-note/{id}", shared().draftNote))),
            Map.entry("GET /transfers-dispatch-note/{id}/pdf", new Probe(200, s -> s.get("/transfers-dispatch-note/{id}/pdf", shared().draftNote))),
            Map.entry("GET /transfers-dispatch-note/{id}/print", new Probe(200, s -> s.get("/transfers-dispatch-note/{id}/print", shared().draftNote))),
            Map.entry("PATCH /transfers-dispatch-note/{id}", new Probe(200, s -> s.contentType(ContentType.JSON)
                    .body(Map.of("dispatchDate", "2031-05-04T08:00:00Z")).patch("/transfers-dispatch-note/{id}", newDraft()))),
            Map.entry("DELETE /transfers-dispatch-note/{id}", new Probe(204, s -> s.delete("/transfers-dispatch-note/{id}", newDraft()))),
            Map.entry("POST /transfers-dispatch-note/{id}/cancel", new Probe(200, s -> s
                    .post("/transfers-dispatch-note/{id}/cancel", newDraft()))),
            Map.entry("POST /transfers-dispatch-note/{id}/dispatch", new Probe(200, s -> s
                    .post("/transfers-dispatch-note/{id}/dispatch", newDispatchableDraft()))),
            Map.entry("POST /transfers-dispatch-note/{id}/close-short", new Probe(200, s -> s.contentType(ContentType.JSON)
                    .body(Map.of("reason", "Lost on the D1")).post("/transfers-dispatch-note/{id}/close-short", newDispatchedNote()))),
            Map.entry("POST /transfers-goods-receipt", new Probe(201, s -> s.contentType(ContentType.JSON)
                    .body(Map.of("transferDispatchNoteId", newDispatchedNote(), "status", "DRAFT",
                            "items", List.of(received(shared().product, 1, 0))))
                    .post("/transfers-goods-receipt"))),
            Map.entry("GET /transfers-goods-receipt/{id}", new Probe(200, s -> s.get("/transfers-goods-receipt/{id}", shared().receipt))),
            Map.entry("POST /transfers-goods-receipt/{id}/approve", new Probe(200, s -> s
                    .post("/transfers-goods-receipt/{id}/approve", newDraftReceipt()))));

    /** One request of the matrix: the status a permitted caller gets, and how to send it (the spec carries the caller's token). */
    record Probe(int success, Function<RequestSpecification, Response> send) {
    }

    static Stream<Arguments> cells() {
        return MATRIX.keySet().stream().flatMap(endpoint -> CALLERS.stream().map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void every_cell_of_the_matrix(String endpoint, String caller) {
        Probe probe = REQUESTS.get(endpoint);
        assertThat(probe).as("a request for " + endpoint).isNotNull();
        RequestSpecification spec = given();
        String token = token(caller);
        if (token != null) {
            spec.header("Authorization", token);
        }

        Response response = probe.send().apply(spec);

        String seen = endpoint + " as " + caller + " answered " + response.statusCode() + ": " + response.asString();
        if (NO_TOKEN.equals(caller)) {
            assertThat(response.statusCode()).as(seen).isEqualTo(401);
            assertThat(response.contentType()).as(seen).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("type")).as(seen).endsWith("/unauthenticated");
        } else if (allowed(endpoint, caller)) {
            assertThat(response.statusCode()).as(seen).isNotIn(401, 403).isEqualTo(probe.success());
        } else {
            assertThat(response.statusCode()).as(seen).isEqualTo(403);
            assertThat(response.contentType()).as(seen).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("type")).as(seen).endsWith("forbidden");
        }
    }

    /** The table says what the code says: each row's roles are exactly the @RolesAllowed of its resource method. */
    @Test
    void the_matrix_is_the_roles_allowed_of_the_code() throws Exception {
        Map<String, Set<String>> inCode = rolesInCode();
        Map<String, Set<String>> inMatrix = new TreeMap<>();
        MATRIX.forEach((endpoint, row) -> inMatrix.put(endpoint, roles(row)));

        assertThat(inMatrix).isEqualTo(inCode);
        assertThat(REQUESTS.keySet()).containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
        assertThat(inCode.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(MANAGER_ROLE, CLERK_ROLE, AUDITOR_ROLE);
    }

    /** Nothing the application serves (outside /q) is missing from the matrix, nor is anything served without a role. */
    @Test
    void every_endpoint_the_application_serves_is_in_the_matrix() {
        JsonPath openApi = dev.opsuite.testing.Management.given().accept(ContentType.JSON).queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> served = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete", "head", "options").contains(m))
                .forEach(m -> served.add(m.toUpperCase() + " " + path)));

        assertThat(served).containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
    }

    @Test
    void another_tenants_records_answer_404_to_a_manager_of_tenant_b() {
        Shared acme = shared();
        String location = acme.warehouse.toString();
        String globex = SuiteStack.bearer("globex", MANAGER_ROLE);

        given().header("Authorization", globex).get("/transfers-dispatch-note/{id}", acme.draftNote).then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/transfer-dispatch-note-not-found"));
        given().header("Authorization", globex).get("/locations/{id}", location).then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/location-not-found"));
        given().header("Authorization", globex).get("/reservations/{id}", acme.reservation).then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/reservation-not-found"));
        given().header("Authorization", globex).get("/transfers-goods-receipt/{id}", acme.receipt).then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/transfer-goods-receipt-not-found"));

        // Nor do they show in tenant B's lists, searched by tenant A's location.
        given().header("Authorization", globex).queryParam("originLocationId", location)
                .get("/transfers-dispatch-note/search").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", globex).get("/transfers-dispatch-note").then().statusCode(200)
                .body("items.id", not(hasItem(acme.draftNote)));
        given().header("Authorization", globex).queryParam("locationId", location).get("/reservations").then()
                .statusCode(200).body("total", equalTo(0));
        given().header("Authorization", globex).queryParam("locationId", location).get("/stock").then()
                .statusCode(200).body("total", equalTo(0));

        // The owner still reads all four.
        given().header("Authorization", MANAGER).get("/transfers-dispatch-note/{id}", acme.draftNote).then().statusCode(200);
        given().header("Authorization", MANAGER).get("/locations/{id}", location).then().statusCode(200);
        given().header("Authorization", MANAGER).get("/reservations/{id}", acme.reservation).then().statusCode(200);
        given().header("Authorization", MANAGER).get("/transfers-goods-receipt/{id}", acme.receipt).then().statusCode(200);
    }

    @Test
    void tenant_b_cannot_change_tenant_a_records_either_404_and_nothing_changes() {
        String globex = SuiteStack.bearer("globex", MANAGER_ROLE);
        UUID location = Fixtures.store();
        String draft = newDraft();
        String reservation = newReservation();
        String receipt = newDraftReceipt();

        given().header("Authorization", globex).contentType(ContentType.JSON).body(Map.of("name", "Hijacked"))
                .patch("/locations/{id}", location).then().statusCode(404);
        given().header("Authorization", globex).contentType(ContentType.JSON).body(Map.of("dispatchDate", "2031-01-01T00:00:00Z"))
                .patch("/transfers-dispatch-note/{id}", draft).then().statusCode(404);
        given().header("Authorization", globex).post("/transfers-dispatch-note/{id}/cancel", draft).then().statusCode(404);
        given().header("Authorization", globex).post("/transfers-dispatch-note/{id}/dispatch", draft).then().statusCode(404);
        given().header("Authorization", globex).delete("/transfers-dispatch-note/{id}", draft).then().statusCode(404);
        given().header("Authorization", globex).post("/reservations/{id}/release", reservation).then().statusCode(404);
        given().header("Authorization", globex).post("/transfers-goods-receipt/{id}/approve", receipt).then().statusCode(404);

        given().header("Authorization", MANAGER).get("/locations/{id}", location).then().statusCode(200)
                .header("ETag", "\"0\"");
        given().header("Authorization", MANAGER).get("/transfers-dispatch-note/{id}", draft).then().statusCode(200)
                .body("status", equalTo("DRAFT")).header("ETag", "\"0\"");
        given().header("Authorization", MANAGER).get("/reservations/{id}", reservation).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        given().header("Authorization", MANAGER).get("/transfers-goods-receipt/{id}", receipt).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void tenant_b_cannot_name_tenant_a_records_in_its_own_requests_422_naming_the_field() {
        Shared acme = shared();
        String globex = SuiteStack.bearer("globex", MANAGER_ROLE);

        given().header("Authorization", globex).contentType(ContentType.JSON)
                .body(Map.of("originLocationId", acme.warehouse.toString(), "destinationLocationId", acme.store.toString(),
                        "detail", List.of(item(acme.product, 1))))
                .post("/transfers-dispatch-note").then()
                .statusCode(422).body("type", equalTo("https://opsuite.dev/problems/location-not-found"))
                .body("errors.field", hasItem("originLocationId"));
        given().header("Authorization", globex).contentType(ContentType.JSON)
                .body(Map.of("locationId", acme.warehouse.toString(), "productId", acme.product.toString(), "quantity", 5,
                        "unitCost", new BigDecimal("1.00"), "reason", "OPENING_BALANCE"))
                .post("/stock-adjustments").then()
                .statusCode(422).body("errors.field", hasItem("locationId"));
        given().header("Authorization", globex).contentType(ContentType.JSON)
                .body(reservation(acme.warehouse, acme.product, 1)).post("/reservations").then()
                .statusCode(422).body("errors.field", hasItem("locationId"));
        takeReceipt(globex, acme.dispatchedNote, "APPROVED", List.of(received(acme.product, 1, 0)))
                .statusCode(422).body("type", equalTo("https://opsuite.dev/problems/transfer-dispatch-note-not-found"))
                .body("errors.field", hasItem("transferDispatchNoteId"));
        given().header("Authorization", globex).contentType(ContentType.JSON).body(Map.of("name", "Hijacked"))
                .patch("/products/{id}", acme.product).then()
                .statusCode(404).body("type", equalTo("https://opsuite.dev/problems/product-not-found"));

        given().header("Authorization", MANAGER).get("/transfers-dispatch-note/{id}", acme.dispatchedNote).then()
                .statusCode(200).body("status", equalTo("ACTIVE")).body("transferGoodsReceiptStatus", equalTo(null));
        given().header("Authorization", MANAGER).get("/products/{id}", acme.product).then()
                .statusCode(200).body("name", equalTo("Matrix cable"));
    }

    // --- the matrix as data ---------------------------------------------------------------------

    private static Map.Entry<String, boolean[]> row(String endpoint, boolean manager, boolean clerk, boolean auditor) {
        return Map.entry(endpoint, new boolean[] { manager, clerk, auditor });
    }

    @SafeVarargs
    private static Map<String, boolean[]> matrix(Map.Entry<String, boolean[]>... rows) {
        Map<String, boolean[]> matrix = new LinkedHashMap<>();
        for (Map.Entry<String, boolean[]> row : rows) {
            assertThat(matrix.put(row.getKey(), row.getValue())).as("duplicate row " + row.getKey()).isNull();
        }
        return matrix;
    }

    private static Set<String> roles(boolean[] row) {
        Set<String> roles = new TreeSet<>();
        if (row[0]) {
            roles.add(MANAGER_ROLE);
        }
        if (row[1]) {
            roles.add(CLERK_ROLE);
        }
        if (row[2]) {
            roles.add(AUDITOR_ROLE);
        }
        return roles;
    }

    static boolean allowed(String endpoint, String caller) {
        return roles(MATRIX.get(endpoint)).contains(caller);
    }

    private static String token(String caller) {
        return switch (caller) {
            case MANAGER_ROLE, CLERK_ROLE, AUDITOR_ROLE -> SuiteStack.bearer(NoteRequests.TENANT, caller);
            case NO_ROLE -> SuiteStack.bearer(NoteRequests.TENANT, "fleet-manager");
            case NO_TOKEN -> null;
            default -> throw new IllegalArgumentException(caller);
        };
    }

    /** "METHOD /path" to the roles of its resource method, read by reflection from the REST resources. */
    private static Map<String, Set<String>> rolesInCode() throws ClassNotFoundException {
        List<String> resources = List.of("catalog.interfaces.rest.LocationResource", "catalog.interfaces.rest.ProductResource",
                "stock.interfaces.rest.StockResource", "stock.interfaces.rest.ReservationResource",
                "transfers.interfaces.rest.TransferDispatchNoteResource", "transfers.interfaces.rest.TransferGoodsReceiptResource");
        Map<String, Set<String>> roles = new TreeMap<>();
        for (String name : resources) {
            Class<?> resource = Class.forName("dev.opsuite.inventory." + name, false,
                    Thread.currentThread().getContextClassLoader());
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = "/" + Stream.of(base, sub == null ? "" : sub.value())
                        .map(p -> p.replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty()).collect(Collectors.joining("/"));
                RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
                if (allowed == null) {
                    allowed = resource.getAnnotation(RolesAllowed.class);
                }
                assertThat(allowed).as(verb + " " + path + " has @RolesAllowed").isNotNull();
                assertThat(roles.put(verb + " " + path, new TreeSet<>(Arrays.asList(allowed.value())))).isNull();
            }
        }
        return roles;
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    // --- records the requests act on, made by a manager through the API ----------------------------

    /** Read-only records, made once (lazily: the application is not up when the test instance is built). */
    record Shared(UUID warehouse, UUID store, UUID product, String draftNote, String dispatchedNote, String receipt,
            String reservation) {
    }

    private static Shared shared;

    static synchronized Shared shared() {
        if (shared == null) {
            UUID product = Fixtures.product("Matrix cable");
            UUID warehouse = Fixtures.warehouse();
            UUID store = Fixtures.store();
            Fixtures.stock(warehouse, product, 50, "10.00");
            String draft = createNote(MANAGER, warehouse, store, List.of(item(product, 1))).statusCode(201).extract().path("id");
            String dispatched = NoteRequests.dispatchedNote(List.of(item(product, 4)));
            String receipt = takeReceipt(MANAGER, dispatched, "DRAFT", List.of(received(product, 1, 0)))
                    .statusCode(201).extract().path("id");
            String reservation = given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                    .body(reservation(warehouse, product, 1)).post("/reservations").then().statusCode(201).extract().path("id");
            shared = new Shared(warehouse, store, product, draft, dispatched, receipt, reservation);
        }
        return shared;
    }

    private static Map<String, Object> reservation(UUID location, UUID product, int quantity) {
        return Map.of("locationId", location.toString(), "productId", product.toString(), "quantity", quantity,
                "referenceType", "JOB", "referenceId", "JOB-" + UUID.randomUUID());
    }

    /** A fresh warehouse holding {@code quantity} of the shared product. */
    private static UUID stockedWarehouse(int quantity) {
        UUID warehouse = Fixtures.warehouse();
        Fixtures.stock(warehouse, shared().product, quantity, "10.00");
        return warehouse;
    }

    private static String newReservation() {
        return given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                .body(reservation(stockedWarehouse(5), shared().product, 3)).post("/reservations").then().statusCode(201).extract().path("id");
    }

    /** A draft whose origin holds nothing (enough to edit, cancel or delete it). */
    private static String newDraft() {
        return createNote(MANAGER, shared().warehouse, shared().store, List.of(item(shared().product, 2)))
                .statusCode(201).extract().path("id");
    }

    /** A draft whose fresh origin holds exactly what it ships. */
    private static String newDispatchableDraft() {
        return createNote(MANAGER, stockedWarehouse(2), Fixtures.store(), List.of(item(shared().product, 2)))
                .statusCode(201).extract().path("id");
    }

    private static String newDispatchedNote() {
        String id = newDispatchableDraft();
        dispatch(MANAGER, id).statusCode(200);
        return id;
    }

    private static String newDraftReceipt() {
        return takeReceipt(MANAGER, newDispatchedNote(), "DRAFT", List.of(received(shared().product, 1, 0)))
                .statusCode(201).extract().path("id");
    }
}
