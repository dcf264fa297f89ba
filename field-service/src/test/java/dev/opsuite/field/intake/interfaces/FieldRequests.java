package dev.opsuite.field.intake.interfaces;

import static io.restassured.RestAssured.given;

import dev.opsuite.testing.SuiteStack;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Request builders for customers and service calls, as a client would call them. */
final class FieldRequests {

    static final String TENANT = "acme";
    static final String CSR = SuiteStack.bearer(TENANT, "csr");

    private FieldRequests() {
    }

    static Map<String, Object> customer(String name, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("phone", phone);
        body.put("serviceAddress", new HashMap<>(Map.of("line1", "12 Elm St", "city", "Springfield", "postalCode", "12345")));
        return body;
    }

    static ValidatableResponse createCustomer(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/customers").then();
    }

    static String customerId(String token, String name, String phone) {
        return createCustomer(token, customer(name, phone)).statusCode(201).extract().path("id");
    }

    static Map<String, Object> call(String customerId, String urgency, String callbackOf) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId);
        body.put("problem", "No heat in the living room");
        body.put("urgency", urgency);
        if (callbackOf != null) {
            body.put("callbackOf", callbackOf);
        }
        return body;
    }

    static ValidatableResponse openCall(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/service-calls").then();
    }
}
