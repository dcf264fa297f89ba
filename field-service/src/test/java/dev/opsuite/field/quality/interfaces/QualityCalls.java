package dev.opsuite.field.quality.interfaces;

import static io.restassured.RestAssured.given;

import dev.opsuite.field.testing.FieldRequests;
import dev.opsuite.testing.SuiteStack;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A small business of its own for the quality tests: its owner, customers and jobs done by technicians through their
 * queue. The stack has no clock to move, so a fixture that must lie in the past (a job completed 31 days ago, a job
 * blocked for 8 days) is dated back in the database, as docs/quality.md's queries read it.
 */
final class QualityCalls {

    final String shop = "quality-" + UUID.randomUUID().toString().substring(0, 8);
    final String owner = SuiteStack.bearer(shop, "owner");

    /** A technician of this business signing in with {@code token}'s subject ({@code login}): its id. */
    String technician(String login, String name) {
        Map<String, Object> body = new java.util.HashMap<>(FieldRequests.technician(login, "HVAC", 2));
        body.put("name", name);
        return FieldRequests.registerTechnician(owner, body).statusCode(201).extract().path("id");
    }

    /** The same, driving the truck whose inventory location is {@code truckLocation}. */
    String technicianWithTruck(String login, String name, UUID truckLocation) {
        Map<String, Object> body = new java.util.HashMap<>(FieldRequests.technician(login, "HVAC", 2));
        body.put("name", name);
        body.put("truck", Map.of("vehicleId", UUID.randomUUID().toString(), "truckLocationId", truckLocation.toString()));
        return FieldRequests.registerTechnician(owner, body).statusCode(201).extract().path("id");
    }

    void timeOff(String technician, String from, String to) {
        given().header("Authorization", owner).contentType(ContentType.JSON).body(Map.of("from", from, "to", to))
                .post("/technicians/{id}/time-off", technician).then().statusCode(201);
    }

    String customer(String name) {
        return FieldRequests.customerId(owner, name, "555-0100");
    }

    String location(String customer, String label) {
        return FieldRequests.addLocation(owner, customer, FieldRequests.location(label, null)).statusCode(201)
                .extract().path("id");
    }

    /** A call of the customer at the location (null: the service address): the answer. */
    ValidatableResponse call(String customer, String location, String callbackOf) {
        Map<String, Object> body = new java.util.HashMap<>(FieldRequests.call(customer, "HIGH", callbackOf));
        if (location != null) {
            body.put("locationId", location);
        }
        return FieldRequests.openCall(owner, body).statusCode(201);
    }

    /** A job of a new call at that place, on the technician's board at {@code start}: its id. */
    String scheduledJob(String customer, String location, String technician, String start) {
        String call = call(customer, location, null).extract().path("id");
        String job = FieldRequests.createJob(owner, call, FieldRequests.job("Furnace", "HVAC", 2, 60)).statusCode(201)
                .extract().path("id");
        FieldRequests.assign(owner, job, technician, start).statusCode(201);
        return job;
    }

    /** The same, started and completed by its technician (who signs in with {@code technicianToken}). */
    String completedJob(String customer, String location, String technician, String technicianToken, String start) {
        String job = scheduledJob(customer, location, technician, start);
        my(technicianToken, job, "start").statusCode(200);
        my(technicianToken, job, "complete").statusCode(200);
        return job;
    }

    static ValidatableResponse my(String token, String job, String action) {
        return given().header("Authorization", token).contentType(ContentType.JSON).post("/my/jobs/{id}/" + action, job)
                .then();
    }

    ValidatableResponse get(String token, String path, Object... params) {
        return given().header("Authorization", token).get(path, params).then();
    }

    /** The job's completion, dated back to {@code at}. */
    static void completedAt(String job, Instant at) {
        sql("update job_status_event set changed_at = ? where job_id = ?::uuid and to_status = 'COMPLETED'", at, job);
    }

    /** A part used, as the parts capability records it (part_usage), at {@code at}. */
    static void used(String tenant, String job, UUID product, String quantity, UUID truck, String at) {
        sql("""
                insert into part_usage (id, tenant_id, job_id, product_id, quantity, location_id, used_by, used_at)
                values (?, ?, ?::uuid, ?, ?, ?, 'test-technician', ?)""", UUID.randomUUID(), tenant, job, product,
                new java.math.BigDecimal(quantity), truck, Instant.parse(at));
    }

    static void sql(String statement, Object... params) {
        try (Connection db = SuiteStack.serviceDatabase(); PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i] instanceof Instant at ? Timestamp.from(at) : params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
