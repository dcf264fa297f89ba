package dev.opsuite.dispatch.interfaces;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.dispatch.testing.Scene;
import dev.opsuite.testing.RoleMatrix;
import dev.opsuite.testing.RoleMatrix.Row;
import dev.opsuite.testing.RoleTable;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every cell of dispatch-service's role matrix (README): a role in the cell gets its success, any other role a 403
 * problem. Each allowed write acts on a dispatch of its own, made by the caller (a dispatcher deletes only their own
 * early dispatches: "Limited", whose refusals DispatchApiTest shows). The rows are the code's @RolesAllowed, and the
 * OpenAPI document says the same.
 */
@QuarkusTest
class DispatchRoleMatrixTest {

    static final String D = "dispatcher";
    static final String O = "operations-manager";
    static final String B = "billing";
    static final String F = "fleet-manager";
    static final Set<String> EVERYONE = Set.of(D, O, B, F);
    static final Set<String> DISPATCHING = Set.of(D, O);
    static final Scene S = new Scene("roles");
    /** One token per role, so a call can tell which role it is made for; in the table's column order. */
    static final Map<String, String> TOKENS = new LinkedHashMap<>();

    static {
        TOKENS.put(D, S.dispatcher);
        TOKENS.put(O, S.manager);
        TOKENS.put(B, S.billing);
        TOKENS.put(F, S.fleetManager);
    }

    static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put("POST /dispatch", new Row(DISPATCHING, 201, t -> {
            var unit = S.readyUnit();
            return S.create(t, S.ticket(unit), S.tripFrom, unit.id(), List.of());
        }));
        rows.put("GET /dispatch", new Row(EVERYONE, 200, t -> get(t, "/dispatch")));
        rows.put("GET /dispatch/at-risk", new Row(Set.of(D, O, F), 200, t -> get(t, "/dispatch/at-risk")));
        rows.put("GET /dispatch/{id}", new Row(EVERYONE, 200, t -> get(t, "/dispatch/" + shared())));
        rows.put("GET /dispatch/{id}/history", new Row(EVERYONE, 200, t -> get(t, "/dispatch/" + shared() + "/history")));
        rows.put("GET /dispatch/{id}/sheet", new Row(EVERYONE, 200, t -> get(t, "/dispatch/" + shared() + "/sheet")));
        rows.put("GET /dispatch/{id}/sheet.pdf", new Row(EVERYONE, 200, t -> get(t, "/dispatch/" + shared() + "/sheet.pdf")));
        rows.put("PATCH /dispatch/{id}", new Row(DISPATCHING, 200, t -> given().header("Authorization", t)
                .contentType(ContentType.JSON).body(Map.of("datetime", S.tripFrom.plusSeconds(600).toString()))
                .patch("/dispatch/" + own(t, "PENDING")).then()));
        rows.put("DELETE /dispatch/{id}", new Row(DISPATCHING, 204, t -> given().header("Authorization", t)
                .delete("/dispatch/" + own(t, "PENDING")).then()));
        rows.put("POST /dispatch/{id}/invoices", new Row(Set.of(D, O, B), 200, t -> given().header("Authorization", t)
                .contentType(ContentType.JSON).body(Map.of("invoiceIds", List.of(allowed(t, D, O, B)
                        ? S.invoice(UUID.randomUUID()) : UUID.randomUUID())))
                .post("/dispatch/" + own(t, "PENDING", D, O, B) + "/invoices").then()));
        rows.put("DELETE /dispatch/{id}/invoices/{invoiceId}", new Row(Set.of(D, O, B), 200, t -> {
            String id = own(t, "DRAFT", D, O, B);
            String invoice = allowed(t, D, O, B) ? given().header("Authorization", S.manager).get("/dispatch/" + id)
                    .then().extract().path("invoices[0].id") : UUID.randomUUID().toString();
            return given().header("Authorization", t).delete("/dispatch/" + id + "/invoices/" + invoice).then();
        }));
        rows.put("POST /dispatch/{id}/invoice-requests", new Row(Set.of(D, O, B), 202, t -> given()
                .header("Authorization", t).contentType(ContentType.JSON)
                .body(Map.of("salesOrderId", UUID.randomUUID(), "lines", List.of(Map.of("salesOrderLineId", UUID.randomUUID(),
                        "quantity", 2)))).post("/dispatch/" + shared() + "/invoice-requests").then()));
        rows.put("GET /dispatch/{id}/invoice-requests", new Row(EVERYONE, 200,
                t -> get(t, "/dispatch/" + shared() + "/invoice-requests")));
        rows.put("POST /dispatch/{id}/schedule", new Row(DISPATCHING, 200, t -> S.act(t, own(t, "DRAFT"), "schedule", null)));
        rows.put("POST /dispatch/{id}/dispatch", new Row(DISPATCHING, 200,
                t -> S.act(t, own(t, "SCHEDULED"), "dispatch", null)));
        rows.put("PUT /dispatch/{id}/proof-of-delivery", new Row(DISPATCHING, 200, t -> given().header("Authorization", t)
                .multiPart("file", "signature.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 },
                        "image/png")
                .put("/dispatch/" + own(t, "DISPATCHED") + "/proof-of-delivery").then()));
        rows.put("POST /dispatch/{id}/complete", new Row(DISPATCHING, 200, t -> S.act(t, own(t, "DISPATCHED"), "complete",
                Map.of("recipientName", "Jan Novák", "receivedAt", Instant.now().toString()))));
        rows.put("POST /dispatch/{id}/close", new Row(DISPATCHING, 200, t -> S.act(t, own(t, "COMPLETED"), "close", null)));
        rows.put("POST /dispatch/{id}/cancel", new Row(DISPATCHING, 200,
                t -> S.act(t, own(t, "PENDING"), "cancel", Map.of("reason", "customer postponed"))));
        rows.put("GET /dispatch-policy", new Row(DISPATCHING, 200, t -> get(t, "/dispatch-policy")));
        rows.put("PUT /dispatch-policy", new Row(Set.of(O), 200, t -> given().header("Authorization", t)
                .contentType(ContentType.JSON)
                .body(Map.of("pastDatetimeAllowed", false, "windowSource", "TRIP_TICKET", "windowMinutes", 120))
                .put("/dispatch-policy").then()));
        rows.put("GET /transport-units", new Row(Set.of(D, O, F), 200, t -> get(t, "/transport-units")));
        rows.put("GET /trip-tickets", new Row(Set.of(D, O, F), 200, t -> get(t, "/trip-tickets")));
        rows.put("GET /invoices", new Row(Set.of(D, O, B), 200, t -> get(t, "/invoices")));
        rows.put("GET /invoices/{id}", new Row(Set.of(D, O, B), 200, t -> get(t, "/invoices/" + sharedInvoice())));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> every_cell_of_the_matrix() {
        Map<String, Set<String>> inCode = RoleTable.inCode("dev.opsuite.dispatch");
        Map<String, Row> rows = rows();
        List<DynamicTest> cells = new ArrayList<>(RoleMatrix.cells(inCode, rows, TOKENS));
        cells.add(RoleMatrix.everyEndpointHasItsRow(inCode, rows.keySet()));
        return cells.stream();
    }

    @Test
    void the_openapi_document_names_the_roles_the_code_allows_and_no_token_is_401() {
        assertThat(RoleTable.inOpenApi()).isEqualTo(RoleTable.inCode("dev.opsuite.dispatch"));
        given().get("/dispatch").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", SuiteStack.bearer(S.tenant, "mechanic")).get("/dispatch").then().statusCode(403);
    }

    private static String sharedDispatch;
    private static UUID sharedInvoiceId;

    private static String shared() {
        if (sharedDispatch == null) {
            sharedDispatch = S.dispatchIn("PENDING", S.dispatcher);
        }
        return sharedDispatch;
    }

    private static UUID sharedInvoice() {
        if (sharedInvoiceId == null) {
            sharedInvoiceId = S.invoice(UUID.randomUUID());
        }
        return sharedInvoiceId;
    }

    /** A dispatch in {@code status} made by the caller when it may act on it; a random id for a caller the role refuses. */
    private static String own(String token, String status, String... mayAct) {
        Set<String> acting = mayAct.length == 0 ? DISPATCHING : Set.of(mayAct);
        if (!allowed(token, acting.toArray(String[]::new))) {
            return UUID.randomUUID().toString();
        }
        // A billing token cannot create a dispatch: the manager makes it for them.
        return S.dispatchIn(status, allowed(token, D, O) ? token : S.manager);
    }

    private static boolean allowed(String token, String... roles) {
        for (String role : roles) {
            if (token.equals(TOKENS.get(role))) {
                return true;
            }
        }
        return false;
    }

    private static ValidatableResponse get(String token, String path) {
        return given().header("Authorization", token).get(path).then();
    }
}
