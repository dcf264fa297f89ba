package dev.opsuite.field.intake.interfaces;

import static dev.opsuite.field.testing.FieldRequests.CSR;
import static dev.opsuite.field.testing.FieldRequests.call;
import static dev.opsuite.field.testing.FieldRequests.customerId;
import static dev.opsuite.field.testing.FieldRequests.openCall;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceCallTest {

    @Test
    void a_call_opens_numbered_and_is_read_back() {
        String customer = customerId(CSR, "Ann Lee", "555-0100");
        String id = openCall(CSR, call(customer, "EMERGENCY", null)).statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("number", matchesPattern("SC-" + Year.now(ZoneOffset.UTC) + "-\\d{6}"))
                .body("status", equalTo("OPEN"))
                .body("urgency", equalTo("EMERGENCY"))
                .body("callback", equalTo(false))
                .body("customerId", equalTo(customer))
                .extract().path("id");

        given().header("Authorization", SuiteStack.bearer("acme", "dispatcher")).get("/service-calls/{id}", id).then()
                .statusCode(200).body("id", equalTo(id)).body("problem", equalTo("No heat in the living room"));
    }

    @Test
    void numbers_follow_each_other_and_a_refused_call_takes_none() {
        String customer = customerId(CSR, "Bob", "555-0200");
        String first = openCall(CSR, call(customer, "LOW", null)).statusCode(201).extract().path("number");
        openCall(CSR, call(UUID.randomUUID().toString(), "LOW", null)).statusCode(422);
        String second = openCall(CSR, call(customer, "LOW", null)).statusCode(201).extract().path("number");

        assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
    }

    @Test
    void naming_an_earlier_call_flags_a_callback() {
        String customer = customerId(CSR, "Carla", "555-0300");
        String first = openCall(CSR, call(customer, "NORMAL", null)).statusCode(201).extract().path("id");

        openCall(CSR, call(customer, "HIGH", first)).statusCode(201)
                .body("callback", equalTo(true))
                .body("callbackOf", equalTo(first));
    }

    @Test
    void a_callback_must_name_an_existing_call_of_the_same_customer() {
        String customer = customerId(CSR, "Dan", "555-0400");
        String otherCustomer = customerId(CSR, "Eve", "555-0500");
        String othersCall = openCall(CSR, call(otherCustomer, "NORMAL", null)).statusCode(201).extract().path("id");

        openCall(CSR, call(customer, "HIGH", UUID.randomUUID().toString())).statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/earlier-call-not-found"))
                .body("errors.field", hasItem("callbackOf"));
        openCall(CSR, call(customer, "HIGH", othersCall)).statusCode(422)
                .body("type", equalTo("https://opsuite.dev/problems/callback-of-another-customer"))
                .body("errors.field", hasItem("callbackOf"));
    }

    @Test
    void an_unknown_customer_is_422_naming_customer_id() {
        openCall(CSR, call(UUID.randomUUID().toString(), "NORMAL", null)).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/customer-not-found"))
                .body("errors.field", hasItem("customerId"));
    }

    @Test
    void another_tenants_customer_is_unknown_too() {
        String globexCustomer = customerId(SuiteStack.bearer("globex", "csr"), "Globex client", "555-0600");
        openCall(CSR, call(globexCustomer, "NORMAL", null)).statusCode(422).body("errors.field", hasItem("customerId"));
    }

    @Test
    void missing_or_unknown_values_are_400_naming_the_field() {
        var body = call(customerId(CSR, "Fay", "555-0700"), "NORMAL", null);
        body.remove("problem");
        openCall(CSR, body).statusCode(400).body("errors.field", hasItem("problem"));
        openCall(CSR, call(UUID.randomUUID().toString(), "WHENEVER", null)).statusCode(400)
                .body("errors.field", hasItem("urgency"));
        openCall(CSR, call("not-a-uuid", "LOW", null)).statusCode(400).body("errors.field", hasItem("customerId"));
    }

    @Test
    void lists_are_paged_with_a_total_and_filter_by_status_and_urgency() {
        String customer = customerId(CSR, "Gus", "555-0800");
        openCall(CSR, call(customer, "HIGH", null)).statusCode(201);
        openCall(CSR, call(customer, "HIGH", null)).statusCode(201);
        openCall(CSR, call(customer, "LOW", null)).statusCode(201);

        given().header("Authorization", CSR).queryParam("urgency", "HIGH").queryParam("status", "OPEN").queryParam("size", 1)
                .get("/service-calls").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items.urgency", everyItem(equalTo("HIGH")))
                .body("total", greaterThanOrEqualTo(2));
        given().header("Authorization", CSR).queryParam("urgency", "low").queryParam("size", 200)
                .get("/service-calls").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(1))
                .body("items.urgency", everyItem(equalTo("LOW")));
        given().header("Authorization", CSR).queryParam("status", "CLOSED").get("/service-calls").then()
                .statusCode(200).body("total", equalTo(0));
        given().header("Authorization", CSR).queryParam("status", "DONE").get("/service-calls").then()
                .statusCode(400).body("errors.field", hasItem("status"));
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
