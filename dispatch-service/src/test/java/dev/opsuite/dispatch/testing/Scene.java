package dev.opsuite.dispatch.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.opsuite.testing.SuiteStack;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A business of its own for a black-box test, with what fleet and billing would have announced to it: ready units,
 * open trip tickets, issued invoices; and the calls a dispatcher makes.
 */
public final class Scene {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    public final String tenant;
    public final String dispatcher;
    public final String manager;
    public final String billing;
    public final String fleetManager;
    /** Tomorrow's trip window of this scene's tickets. */
    public final Instant tripFrom = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    public final Instant tripTo = tripFrom.plus(10, ChronoUnit.HOURS);

    public Scene(String name) {
        tenant = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        dispatcher = SuiteStack.bearer(tenant, "dispatcher");
        manager = SuiteStack.bearer(tenant, "operations-manager");
        billing = SuiteStack.bearer(tenant, "billing");
        fleetManager = SuiteStack.bearer(tenant, "fleet-manager");
    }

    /** A unit fleet announced as ready, once dispatch knows it. */
    public Forge.Unit readyUnit() {
        return ready(Forge.Unit.any());
    }

    public Forge.Unit ready(Forge.Unit unit) {
        unit.announce(tenant, true, 1);
        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", dispatcher)
                .get("/transport-units?readyForOrder=true&size=200").then().statusCode(200)
                .body("items.id", hasItem(unit.id().toString())));
        return unit;
    }

    /** An open ticket of the unit's crew for [from, to), once dispatch knows it. */
    public UUID ticket(Forge.Unit unit, Instant from, Instant to) {
        UUID ticket = unit.issueTicket(tenant, from, to);
        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", dispatcher)
                .get("/trip-tickets?status=OPEN&size=200&unit=" + unit.id()).then().statusCode(200)
                .body("items.id", hasItem(ticket.toString())));
        return ticket;
    }

    public UUID ticket(Forge.Unit unit) {
        return ticket(unit, tripFrom, tripTo);
    }

    /** An invoice billing issued to {@code customer}, once dispatch knows it. */
    public UUID invoice(UUID customer) {
        UUID invoice = UUID.randomUUID();
        Forge.invoiceIssued(tenant, invoice, customer, null);
        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", dispatcher)
                .get("/invoices/" + invoice).then().statusCode(200));
        return invoice;
    }

    public ValidatableResponse create(String token, UUID ticket, Instant datetime, UUID unit, List<UUID> invoices) {
        Map<String, Object> body = new HashMap<>();
        body.put("tripTicketId", ticket);
        body.put("datetime", datetime.toString());
        body.put("unit", unit);
        if (!invoices.isEmpty()) {
            body.put("invoiceIds", invoices);
        }
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/dispatch").then();
    }

    /** A PENDING dispatch on a fresh unit and ticket, made by the scene's dispatcher; its id. */
    public String pendingDispatch() {
        Forge.Unit unit = readyUnit();
        return create(dispatcher, ticket(unit), tripFrom.plus(1, ChronoUnit.HOURS), unit.id(), List.of()).statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");
    }

    /**
     * A dispatch created by {@code creator} and taken to {@code status} (PENDING, DRAFT, SCHEDULED, DISPATCHED, COMPLETED),
     * with an invoice from DRAFT on; its id.
     */
    public String dispatchIn(String status, String creator) {
        Forge.Unit unit = readyUnit();
        String id = create(creator, ticket(unit), tripFrom.plus(1, ChronoUnit.HOURS), unit.id(), List.of()).statusCode(201)
                .extract().path("id");
        List<String> steps = List.of("PENDING", "DRAFT", "SCHEDULED", "DISPATCHED", "COMPLETED");
        int to = steps.indexOf(status);
        if (to >= 1) {
            given().header("Authorization", manager).contentType(ContentType.JSON)
                    .body(Map.of("invoiceIds", List.of(invoice(UUID.randomUUID())))).post("/dispatch/" + id + "/invoices")
                    .then().statusCode(200);
        }
        if (to >= 2) {
            act(manager, id, "schedule", null).statusCode(200);
        }
        if (to >= 3) {
            act(manager, id, "dispatch", null).statusCode(200);
        }
        if (to >= 4) {
            act(manager, id, "complete", Map.of("recipientName", "Jan Novák", "receivedAt", Instant.now().toString()))
                    .statusCode(200);
        }
        return id;
    }

    public ValidatableResponse act(String token, String id, String action, Object body) {
        var request = given().header("Authorization", token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/dispatch/" + id + "/" + action).then();
    }
}
