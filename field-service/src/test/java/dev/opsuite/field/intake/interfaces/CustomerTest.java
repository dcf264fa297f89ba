package dev.opsuite.field.intake.interfaces;

import static dev.opsuite.field.testing.FieldRequests.CSR;
import static dev.opsuite.field.testing.FieldRequests.createCustomer;
import static dev.opsuite.field.testing.FieldRequests.customer;
import static dev.opsuite.field.testing.FieldRequests.customerId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerTest {

    @Test
    void a_customer_is_created_and_read_back() {
        var body = customer("Ann Lee", "555-0100");
        body.put("email", "ann@example.com");
        String id = createCustomer(CSR, body).statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("name", equalTo("Ann Lee"))
                .body("email", equalTo("ann@example.com"))
                .body("serviceAddress.city", equalTo("Springfield"))
                .body("createdBy", equalTo("test-csr"))
                .extract().path("id");

        given().header("Authorization", SuiteStack.bearer("acme", "dispatcher")).get("/customers/{id}", id).then()
                .statusCode(200).body("id", equalTo(id)).body("serviceAddress.postalCode", equalTo("12345"));
    }

    @Test
    void search_matches_name_or_phone_case_insensitively_with_a_total() {
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String digits = String.valueOf(100_000_000L + (long) (Math.random() * 800_000_000L));
        String byName = customerId(CSR, "Boiler " + marker + " Ltd", "555-0101");
        String byName2 = customerId(CSR, "boiler " + marker.toUpperCase() + " Inc", "555-0102");
        String byPhone = customerId(CSR, "Somebody Else", "+1 " + digits);

        given().header("Authorization", CSR).queryParam("search", marker.toUpperCase()).queryParam("size", 1)
                .get("/customers").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("total", equalTo(2))
                .body("totalPages", equalTo(2));
        given().header("Authorization", CSR).queryParam("search", marker).queryParam("orderBy", "name").queryParam("order", "asc")
                .get("/customers").then().statusCode(200)
                .body("items.id", hasItems(byName, byName2))
                .body("items.id", not(hasItem(byPhone)));
        given().header("Authorization", CSR).queryParam("search", digits)
                .get("/customers").then().statusCode(200)
                .body("items.id", hasItem(byPhone)).body("total", greaterThanOrEqualTo(1));
        // A % in the search is a character to find, not a wildcard: a name with one is found, and only such names.
        String withPercent = customerId(CSR, "100% Heating " + marker, "555-0103");
        given().header("Authorization", CSR).queryParam("search", "%").queryParam("size", 200).get("/customers").then()
                .statusCode(200)
                .body("items.id", hasItem(withPercent))
                .body("items.name", everyItem(org.hamcrest.Matchers.containsString("%")));
    }

    @Test
    void missing_fields_are_400_naming_them() {
        var body = customer(" ", "555-0100");
        ((Map<String, Object>) body.get("serviceAddress")).remove("city");
        body.put("email", "not-an-email");
        createCustomer(CSR, body).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/validation-failed"))
                .body("errors.field", hasItems("name", "serviceAddress.city", "email"));
    }

    @Test
    void a_phone_without_digits_is_422_naming_it() {
        createCustomer(CSR, customer("Ann", "call me")).statusCode(422).body("errors.field", hasItem("phone"));
    }
}
