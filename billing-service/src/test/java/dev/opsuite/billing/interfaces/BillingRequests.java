package dev.opsuite.billing.interfaces;

import dev.opsuite.testing.SuiteStack;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small request builders for the billing endpoints, as a client would call them. */
public final class BillingRequests {

    public static final String TENANT = "acme";
    public static final String BILLING = SuiteStack.bearer(TENANT, "billing");
    public static final String FINANCE = SuiteStack.bearer(TENANT, "finance");

    private BillingRequests() {
    }

    /** Amounts come back as BigDecimal, so cents can be compared exactly. */
    public static RequestSpecification given() {
        return RestAssured.given().config(RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    /** Numbers given as text ("33.333", for exact decimals) travel as JSON numbers: the API takes no numeric strings. */
    public static Map<String, Object> line(String description, Object quantity, Object unitPrice) {
        return Map.of("description", description, "quantity", number(quantity), "unitPrice", number(unitPrice));
    }

    private static Object number(Object value) {
        return value instanceof String text ? new java.math.BigDecimal(text) : value;
    }

    public static ValidatableResponse createOrder(String token, UUID customerId, String currency, List<Map<String, Object>> lines) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("customerId", customerId.toString(), "customerName", "Novák Logistics s.r.o.",
                        "currency", currency, "lines", lines))
                .post("/sales-orders").then();
    }

    /** A confirmed order of these lines, in EUR: ready to invoice. */
    public static String order(List<Map<String, Object>> lines) {
        String id = draftOrder(lines);
        confirm(BILLING, id).statusCode(200);
        return id;
    }

    public static String draftOrder(List<Map<String, Object>> lines) {
        return createOrder(BILLING, UUID.randomUUID(), "EUR", lines).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse confirm(String token, String salesOrderId) {
        return given().header("Authorization", token).post("/sales-orders/{id}/confirm", salesOrderId).then();
    }

    public static ValidatableResponse cancel(String token, String salesOrderId, String reason) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/sales-orders/{id}/cancel", salesOrderId).then();
    }

    public static ValidatableResponse getOrder(String token, String id) {
        return given().header("Authorization", token).get("/sales-orders/{id}", id).then();
    }

    public static ValidatableResponse createInvoice(String token, String salesOrderId) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("salesOrderId", salesOrderId))
                .post("/invoices").then();
    }

    /** An invoice of these parts of the order's lines ({@link #part}). */
    public static ValidatableResponse createInvoice(String token, String salesOrderId, List<Map<String, Object>> lines) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("salesOrderId", salesOrderId, "lines", lines))
                .post("/invoices").then();
    }

    /** A quantity of one order line, as an invoice request names it. */
    public static Map<String, Object> part(String salesOrderLineId, String quantity) {
        return Map.of("salesOrderLineId", salesOrderLineId, "quantity", new java.math.BigDecimal(quantity));
    }

    public static ValidatableResponse issue(String token, String invoiceId) {
        return given().header("Authorization", token).post("/invoices/{id}/issue", invoiceId).then();
    }

    public static ValidatableResponse process(String token, String invoiceId, String processing) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("processing", processing))
                .post("/invoices/{id}/process", invoiceId).then();
    }

    public static ValidatableResponse voidInvoice(String token, String invoiceId, String reason) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/invoices/{id}/void", invoiceId).then();
    }

    /** An issued invoice of all of a new confirmed order of these lines. */
    public static String issuedInvoice(List<Map<String, Object>> lines) {
        String id = createInvoice(BILLING, order(lines)).statusCode(201).extract().path("id");
        issue(BILLING, id).statusCode(200);
        return id;
    }

    public static ValidatableResponse getInvoice(String token, String id) {
        return given().header("Authorization", token).get("/invoices/{id}", id).then();
    }
}
