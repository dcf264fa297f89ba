package dev.opsuite.field.intake.interfaces;

import static dev.opsuite.field.testing.FieldRequests.CSR;
import static dev.opsuite.field.testing.FieldRequests.addLocation;
import static dev.opsuite.field.testing.FieldRequests.call;
import static dev.opsuite.field.testing.FieldRequests.customerId;
import static dev.opsuite.field.testing.FieldRequests.location;
import static dev.opsuite.field.testing.FieldRequests.openCall;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A customer's several service locations, and a call at one of them in the customer's preferred window. */
@QuarkusTest
class LocationTest {

    static final String DISPATCHER = SuiteStack.bearer("acme", "dispatcher");

    @Test
    void a_customer_gets_several_locations_listed_in_the_order_added() {
        String customer = customerId(CSR, "Ann Lee", "555-0100");
        String home = addLocation(CSR, customer, location("Home", "Gate code 4711")).statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("customerId", equalTo(customer))
                .body("accessNotes", equalTo("Gate code 4711"))
                .body("address.city", equalTo("Springfield"))
                .extract().path("id");
        String cabin = addLocation(CSR, customer, location("Cabin", null)).statusCode(201).extract().path("id");

        given().header("Authorization", DISPATCHER).get("/customers/{id}/locations", customer).then().statusCode(200)
                .body("id", contains(home, cabin)).body("label", contains("Home", "Cabin"));
        given().header("Authorization", DISPATCHER).get("/customers/{id}/locations/{l}", customer, cabin).then()
                .statusCode(200).body("label", equalTo("Cabin"));
    }

    @Test
    void an_unknown_or_other_tenants_customer_is_404_and_a_bad_address_400_naming_the_field() {
        String globexCustomer = customerId(SuiteStack.bearer("globex", "csr"), "Globex client", "555-0600");
        addLocation(CSR, globexCustomer, location("Shop", null)).statusCode(404);
        given().header("Authorization", CSR).get("/customers/{id}/locations", UUID.randomUUID()).then().statusCode(404);

        var noCity = location("Shop", null);
        ((Map<String, Object>) noCity.get("address")).remove("city");
        addLocation(CSR, customerId(CSR, "Bob", "555-0200"), noCity).statusCode(400)
                .body("errors.field", hasItem("address.city"));
    }

    @Test
    void a_call_names_one_of_its_customers_locations_and_a_preferred_window() {
        String ann = customerId(CSR, "Ann Lee", "555-0100");
        String cabin = addLocation(CSR, ann, location("Cabin", null)).statusCode(201).extract().path("id");
        String bobsShop = addLocation(CSR, customerId(CSR, "Bob", "555-0200"), location("Shop", null)).statusCode(201)
                .extract().path("id");
        var body = call(ann, "HIGH", null);
        body.put("locationId", cabin);
        body.put("preferredWindow", Map.of("from", "2026-05-05T07:00:00Z", "to", "2026-05-05T11:00:00Z"));

        openCall(CSR, body).statusCode(201)
                .body("locationId", equalTo(cabin))
                .body("preferredWindow.from", equalTo("2026-05-05T07:00:00Z"))
                .body("preferredWindow.to", equalTo("2026-05-05T11:00:00Z"));

        body.put("locationId", bobsShop);
        openCall(CSR, body).statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/location-of-another-customer"))
                .body("errors.field", hasItem("locationId"));
        body.put("locationId", UUID.randomUUID().toString());
        openCall(CSR, body).statusCode(422).body("errors.field", hasItem("locationId"));
        body.put("locationId", cabin);
        body.put("preferredWindow", Map.of("from", "2026-05-05T11:00:00Z", "to", "2026-05-05T07:00:00Z"));
        openCall(CSR, body).statusCode(422).body("errors.field", hasItem("preferredWindow.to"));
    }
}
