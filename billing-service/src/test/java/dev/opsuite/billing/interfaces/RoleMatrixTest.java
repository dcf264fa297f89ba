package dev.opsuite.billing.interfaces;

import static dev.opsuite.billing.interfaces.BillingRequests.BILLING;
import static dev.opsuite.billing.interfaces.BillingRequests.createInvoice;
import static dev.opsuite.billing.interfaces.BillingRequests.createOrder;
import static dev.opsuite.billing.interfaces.BillingRequests.draftOrder;
import static dev.opsuite.billing.interfaces.BillingRequests.given;
import static dev.opsuite.billing.interfaces.BillingRequests.issuedInvoice;
import static dev.opsuite.billing.interfaces.BillingRequests.line;
import static dev.opsuite.billing.interfaces.BillingRequests.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.opsuite.testing.RoleTable;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of billing's role matrix (billing-service/README.md): a role in the cell gets its 2xx, any other a 403
 * problem. Write cells act on records of their own, so that each allowed call can succeed; the rows are checked
 * against the code's {@code @RolesAllowed}, and those against the OpenAPI document.
 */
@QuarkusTest
class RoleMatrixTest {

    static final String FIN = "finance";
    static final String BIL = "billing";
    static final String DISP = "dispatcher";
    static final String OPS = "operations-manager";
    static final String FLEET = "fleet-manager";
    static final List<String> ROLES = List.of(FIN, BIL, DISP, OPS, FLEET);

    /** Records the read cells share; made when the first cell runs (the application is up then). */
    static Shared shared;

    record Shared(String order, String invoice) {
    }

    record Endpoint(Set<String> roles, Function<String, ValidatableResponse> call) {
    }

    static final Map<String, Endpoint> ENDPOINTS = new LinkedHashMap<>();

    static {
        Set<String> everyone = Set.of(FIN, BIL, DISP, OPS);
        Set<String> clerks = Set.of(FIN, BIL);
        Set<String> finance = Set.of(FIN);

        ENDPOINTS.put("POST /sales-orders", new Endpoint(clerks,
                t -> createOrder(t, UUID.randomUUID(), "EUR", List.of(line("Cable", 1, "10")))));
        ENDPOINTS.put("GET /sales-orders", new Endpoint(everyone, t -> get(t, "/sales-orders")));
        ENDPOINTS.put("GET /sales-orders/{id}", new Endpoint(everyone, t -> get(t, "/sales-orders/" + shared.order())));
        ENDPOINTS.put("POST /sales-orders/{id}/confirm", new Endpoint(clerks,
                t -> post(t, "/sales-orders/" + draftOrder(List.of(line("Cable", 1, "10"))) + "/confirm", null)));
        ENDPOINTS.put("POST /sales-orders/{id}/cancel", new Endpoint(clerks,
                t -> post(t, "/sales-orders/" + draftOrder(List.of(line("Cable", 1, "10"))) + "/cancel",
                        Map.of("reason", "Customer withdrew"))));
        ENDPOINTS.put("GET /sales-orders/{id}/profitability", new Endpoint(Set.of(FIN, BIL, OPS),
                t -> get(t, "/sales-orders/" + shared.order() + "/profitability")));
        ENDPOINTS.put("POST /invoices", new Endpoint(clerks, t -> createInvoice(t, order(List.of(line("Cable", 1, "10"))))));
        ENDPOINTS.put("GET /invoices", new Endpoint(everyone, t -> get(t, "/invoices")));
        ENDPOINTS.put("GET /invoices/{id}", new Endpoint(everyone, t -> get(t, "/invoices/" + shared.invoice())));
        ENDPOINTS.put("GET /invoices/{id}/pdf", new Endpoint(everyone, t -> get(t, "/invoices/" + shared.invoice() + "/pdf")));
        ENDPOINTS.put("POST /invoices/{id}/issue", new Endpoint(clerks, t -> post(t, "/invoices/"
                + createInvoice(BILLING, order(List.of(line("Cable", 1, "10")))).extract().path("id") + "/issue", null)));
        ENDPOINTS.put("POST /invoices/{id}/process", new Endpoint(finance, t -> post(t, "/invoices/"
                + issuedInvoice(List.of(line("Cable", 1, "10"))) + "/process", Map.of("processing", "PAID"))));
        ENDPOINTS.put("POST /invoices/{id}/void", new Endpoint(finance, t -> post(t, "/invoices/"
                + issuedInvoice(List.of(line("Cable", 1, "10"))) + "/void", Map.of("reason", "Wrong customer"))));
    }

    @BeforeEach
    void sharedRecords() {
        if (shared == null) {
            shared = new Shared(order(List.of(line("Cable", 1, "10"))), issuedInvoice(List.of(line("Cable", 1, "10"))));
        }
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        ENDPOINTS.forEach((name, endpoint) -> ROLES.forEach(role -> cells.add(Arguments.of(name, role,
                endpoint.roles().contains(role)))));
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: allowed {2}")
    @MethodSource("cells")
    void every_cell_of_the_matrix(String endpoint, String role, boolean allowed) {
        ValidatableResponse response = ENDPOINTS.get(endpoint).call().apply(SuiteStack.bearer("acme", role));

        int status = response.extract().statusCode();
        if (allowed) {
            assertThat(status).as("%s as %s", endpoint, role).isBetween(200, 299);
        } else {
            assertThat(status).as("%s as %s", endpoint, role).isEqualTo(403);
            response.contentType("application/problem+json")
                    .body("type", equalTo("https://opsuite.dev/problems/forbidden"));
        }
    }

    @Test
    void each_row_is_the_roles_allowed_of_the_code_and_the_openapi_document_says_the_same() {
        Map<String, Set<String>> inCode = RoleTable.inCode("dev.opsuite.billing");
        assertThat(RoleTable.inOpenApi()).isEqualTo(inCode);
        assertThat(ENDPOINTS.keySet()).extracting(RoleTable::key).containsExactlyInAnyOrderElementsOf(inCode.keySet());
        ENDPOINTS.forEach((name, endpoint) -> assertThat(endpoint.roles()).as(name).isEqualTo(RoleTable.of(inCode, name)));
    }

    private static ValidatableResponse get(String token, String path) {
        return given().header("Authorization", token).get(path).then();
    }

    private static ValidatableResponse post(String token, String path, Map<String, Object> body) {
        var request = given().header("Authorization", token);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post(path).then();
    }
}
