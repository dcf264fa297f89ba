package dev.opsuite.field.intake.interfaces;

import static dev.opsuite.field.testing.FieldRequests.CSR;
import static dev.opsuite.field.testing.FieldRequests.call;
import static dev.opsuite.field.testing.FieldRequests.createCustomer;
import static dev.opsuite.field.testing.FieldRequests.customer;
import static dev.opsuite.field.testing.FieldRequests.customerId;
import static dev.opsuite.field.testing.FieldRequests.openCall;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityAndTenancyTest {

    @Test
    void without_a_token_the_answer_is_401_problem() {
        given().get("/customers").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://opsuite.dev/problems/unauthenticated"));
        given().get("/service-calls").then().statusCode(401);
    }

    @Test
    void a_dispatcher_reads_but_cannot_create_403() {
        String dispatcher = SuiteStack.bearer("acme", "dispatcher");
        given().header("Authorization", dispatcher).get("/customers").then().statusCode(200);
        given().header("Authorization", dispatcher).get("/service-calls").then().statusCode(200);
        createCustomer(dispatcher, customer("Ann", "555-0100")).statusCode(403)
                .body("type", equalTo("https://opsuite.dev/problems/forbidden"));
        openCall(dispatcher, call(customerId(CSR, "Ann", "555-0100"), "LOW", null)).statusCode(403);
    }

    @Test
    void owner_and_admin_do_everything() {
        for (String role : new String[] { "owner", "admin" }) {
            String token = SuiteStack.bearer("acme", role);
            String customer = customerId(token, "Owner's pick", "555-0900");
            openCall(token, call(customer, "NORMAL", null)).statusCode(201);
        }
    }

    @Test
    void a_role_not_allowed_here_is_403() {
        String technician = SuiteStack.bearer("acme", "technician");
        given().header("Authorization", technician).get("/customers").then().statusCode(403);
        given().header("Authorization", technician).get("/service-calls").then().statusCode(403);
    }

    @Test
    void another_tenants_records_answer_404_and_stay_out_of_lists() {
        String customer = customerId(CSR, "Acme client", "555-1000");
        String callId = openCall(CSR, call(customer, "LOW", null)).statusCode(201).extract().path("id");
        String globex = SuiteStack.bearer("globex", "owner");

        given().header("Authorization", globex).get("/customers/{id}", customer).then().statusCode(404)
                .body("type", equalTo("https://opsuite.dev/problems/customer-not-found"));
        given().header("Authorization", globex).get("/service-calls/{id}", callId).then().statusCode(404)
                .body("type", equalTo("https://opsuite.dev/problems/service-call-not-found"));
        given().header("Authorization", globex).queryParam("size", 200).get("/customers").then().statusCode(200)
                .body("items.id", not(hasItem(customer)));
        given().header("Authorization", globex).queryParam("size", 200).get("/service-calls").then().statusCode(200)
                .body("items.id", not(hasItem(callId)));
    }
}
