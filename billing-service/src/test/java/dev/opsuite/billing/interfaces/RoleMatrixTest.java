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

import dev.opsuite.testing.RoleMatrix;
import dev.opsuite.testing.RoleMatrix.Row;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every cell of billing's role matrix (billing-service/README.md): a role in the cell gets its success, any other a 403
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
    static final String OWNER = "owner";

    /** Records the read cells share; made by the first cell that needs them (the application is up then). */
    private static Shared shared;

    record Shared(String order, String invoice, String draft, String export) {
    }

    static final Map<String, Row> ROWS = new LinkedHashMap<>();

    static {
        Set<String> everyone = Set.of(FIN, BIL, DISP, OPS);
        Set<String> clerks = Set.of(FIN, BIL);
        Set<String> finance = Set.of(FIN);

        ROWS.put("POST /sales-orders", new Row(clerks, 201,
                t -> createOrder(t, UUID.randomUUID(), "EUR", List.of(line("Cable", 1, "10")))));
        ROWS.put("GET /sales-orders", new Row(everyone, 200, t -> get(t, "/sales-orders")));
        ROWS.put("GET /sales-orders/{id}", new Row(everyone, 200, t -> get(t, "/sales-orders/" + shared().order())));
        ROWS.put("POST /sales-orders/{id}/confirm", new Row(clerks, 200,
                t -> post(t, "/sales-orders/" + draftOrder(List.of(line("Cable", 1, "10"))) + "/confirm", null)));
        ROWS.put("POST /sales-orders/{id}/cancel", new Row(clerks, 200,
                t -> post(t, "/sales-orders/" + draftOrder(List.of(line("Cable", 1, "10"))) + "/cancel",
                        Map.of("reason", "Customer withdrew"))));
        ROWS.put("GET /sales-orders/{id}/profitability", new Row(Set.of(FIN, BIL, OPS), 200,
                t -> get(t, "/sales-orders/" + shared().order() + "/profitability")));
        ROWS.put("POST /invoices", new Row(clerks, 201, t -> createInvoice(t, order(List.of(line("Cable", 1, "10"))))));
        ROWS.put("GET /invoices", new Row(everyone, 200, t -> get(t, "/invoices")));
        ROWS.put("GET /invoices/{id}", new Row(everyone, 200, t -> get(t, "/invoices/" + shared().invoice())));
        ROWS.put("GET /invoices/{id}/pdf", new Row(everyone, 200, t -> get(t, "/invoices/" + shared().invoice() + "/pdf")));
        ROWS.put("POST /invoices/{id}/issue", new Row(clerks, 200, t -> post(t, "/invoices/"
                + createInvoice(BILLING, order(List.of(line("Cable", 1, "10")))).extract().path("id") + "/issue", null)));
        ROWS.put("POST /invoices/{id}/process", new Row(finance, 200, t -> post(t, "/invoices/"
                + issuedInvoice(List.of(line("Cable", 1, "10"))) + "/process", Map.of("processing", "PAID"))));
        Set<String> readers = Set.of(FIN, OWNER);
        ROWS.put("GET /invoice-drafts", new Row(readers, 200, t -> get(t, "/invoice-drafts")));
        ROWS.put("GET /invoice-drafts/{id}", new Row(readers, 200, t -> get(t, "/invoice-drafts/" + shared().draft())));
        ROWS.put("GET /invoice-drafts/{id}/pdf", new Row(readers, 200,
                t -> get(t, "/invoice-drafts/" + shared().draft() + "/pdf")));
        ROWS.put("PUT /invoice-drafts/{id}", new Row(finance, 200, t -> FieldJobs.edit(t, FieldJobs.pricedDraft(),
                FieldJobs.editBody("Agreed discount", "0.0825", List.of(FieldJobs.draftLine("PART", "Filter", "1", "10", true))))));
        ROWS.put("POST /invoice-drafts/{id}/prepare", new Row(finance, 200,
                t -> FieldJobs.prepare(t, FieldJobs.pricedDraft())));
        ROWS.put("POST /invoice-drafts/{id}/finalize", new Row(finance, 200, t -> {
            String draft = FieldJobs.pricedDraft();
            FieldJobs.prepare(FieldJobs.FINANCE_2, draft).statusCode(200);
            return FieldJobs.finalizeDraft(t, draft);
        }));
        ROWS.put("GET /ledger/settings", new Row(finance, 200, t -> get(t, "/ledger/settings")));
        ROWS.put("PUT /ledger/settings", new Row(finance, 200, t -> given().header("Authorization", t)
                .contentType("application/json").body(Map.of("arAccount", "Accounts Receivable", "laborIncomeAccount",
                        "Service Income", "partIncomeAccount", "Parts Income", "salesTaxAccount", "Sales Tax Payable",
                        "taxItem", "Sales Tax", "taxVendor", "State Tax Agency", "laborItem", "Labor", "partItem", "Parts"))
                .put("/ledger/settings").then()));
        ROWS.put("POST /ledger/exports", new Row(finance, 201, t -> {
            FieldJobs.finalizedInvoice();
            return post(t, "/ledger/exports", null);
        }));
        ROWS.put("GET /ledger/exports", new Row(finance, 200, t -> get(t, "/ledger/exports")));
        ROWS.put("GET /ledger/exports/{id}", new Row(finance, 200, t -> get(t, "/ledger/exports/" + shared().export())));
        ROWS.put("GET /ledger/exports/{id}/file", new Row(finance, 200,
                t -> get(t, "/ledger/exports/" + shared().export() + "/file")));
        ROWS.put("POST /invoices/{id}/void", new Row(finance, 200, t -> post(t, "/invoices/"
                + issuedInvoice(List.of(line("Cable", 1, "10"))) + "/void", Map.of("reason", "Wrong customer"))));
    }

    private static Shared shared() {
        if (shared == null) {
            shared = new Shared(order(List.of(line("Cable", 1, "10"))), issuedInvoice(List.of(line("Cable", 1, "10"))),
                    FieldJobs.pricedDraft(), export());
        }
        return shared;
    }

    /** A ledger export of an invoice finalized for it: its id. */
    private static String export() {
        FieldJobs.finalizedInvoice();
        return post(SuiteStack.bearer("acme", FIN), "/ledger/exports", null).statusCode(201).extract().path("id");
    }

    @TestFactory
    Stream<DynamicTest> every_cell_of_the_matrix() {
        Map<String, String> tokens = new LinkedHashMap<>();
        List.of(FIN, BIL, DISP, OPS, OWNER, FLEET).forEach(role -> tokens.put(role, SuiteStack.bearer("acme", role)));
        Map<String, Set<String>> inCode = RoleTable.inCode("dev.opsuite.billing");
        List<DynamicTest> cells = new ArrayList<>(RoleMatrix.cells(inCode, ROWS, tokens));
        cells.add(RoleMatrix.everyEndpointHasItsRow(inCode, ROWS.keySet()));
        return cells.stream();
    }

    @Test
    void the_openapi_document_says_what_the_code_allows() {
        assertThat(RoleTable.inOpenApi()).isEqualTo(RoleTable.inCode("dev.opsuite.billing"));
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
