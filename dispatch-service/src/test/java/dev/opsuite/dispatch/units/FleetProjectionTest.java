package dev.opsuite.dispatch.units;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.opsuite.dispatch.testing.Forge;
import dev.opsuite.events.EventCatalog;
import dev.opsuite.events.TripTicketClosed;
import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Fleet's units and trip tickets become dispatch's copies, for a dispatcher to pick a ready unit and an open ticket. */
@QuarkusTest
class FleetProjectionTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void a_unit_keeps_the_latest_readiness_fleet_announced_and_an_older_event_changes_nothing() {
        String tenant = "units-" + UUID.randomUUID();
        String dispatcher = SuiteStack.bearer(tenant, "dispatcher");
        Forge.Unit unit = Forge.Unit.any();

        unit.announce(tenant, true, 3);
        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", dispatcher)
                .get("/transport-units?readyForOrder=true").then().statusCode(200).body("items.id", hasItem(unit.id().toString())));
        unit.announce(tenant, false, 5, "DRIVER_LICENCE_EXPIRED");
        unit.announce(tenant, true, 4);

        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", dispatcher)
                .get("/transport-units?readyForOrder=false").then().statusCode(200)
                .body("items.find { it.id == '" + unit.id() + "' }.reasons[0]", equalTo("DRIVER_LICENCE_EXPIRED"))
                .body("items.find { it.id == '" + unit.id() + "' }.unitVersion", equalTo(5)));
        given().header("Authorization", dispatcher).get("/transport-units?readyForOrder=true").then().statusCode(200)
                .body("items.id", not(hasItem(unit.id().toString())));
    }

    @Test
    void a_trip_ticket_is_open_once_issued_and_closed_once_fleet_closes_it() {
        String tenant = "units-" + UUID.randomUUID();
        String manager = SuiteStack.bearer(tenant, "operations-manager");
        Forge.Unit unit = Forge.Unit.any();
        Instant from = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID ticket = unit.issueTicket(tenant, from, from.plus(8, ChronoUnit.HOURS));

        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", manager)
                .get("/trip-tickets?status=OPEN&unit=" + unit.id()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(ticket.toString()))
                .body("items[0].driverId", equalTo(unit.driverId().toString())));
        Forge.send(EventCatalog.TRIP_TICKET_CLOSED, tenant, ticket, new TripTicketClosed(ticket, "TT-2026-000001",
                unit.vehicleId(), unit.driverId(), unit.trailerId(), null, from, from.plus(7, ChronoUnit.HOURS), 100, 400, 300,
                "fleet-manager", Instant.now()));

        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", manager)
                .get("/trip-tickets?status=CLOSED&unit=" + unit.id()).then().statusCode(200).body("total", equalTo(1)));
        given().header("Authorization", manager).get("/trip-tickets?status=bogus").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void a_units_trip_tickets_are_those_naming_it_and_those_issued_to_its_driver_and_truck() {
        String tenant = "units-" + UUID.randomUUID();
        String dispatcher = SuiteStack.bearer(tenant, "dispatcher");
        Forge.Unit unit = Forge.Unit.any();
        unit.announce(tenant, true, 1);
        Instant from = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        // Fleet issued this one to the unit's driver and truck without naming the unit (it names another unit id).
        UUID crewTicket = unit.twin().issueTicket(tenant, from, from.plus(4, ChronoUnit.HOURS));
        UUID otherCrew = Forge.Unit.any().issueTicket(tenant, from, from.plus(4, ChronoUnit.HOURS));

        await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", dispatcher)
                .get("/trip-tickets?status=OPEN").then().statusCode(200).body("total", equalTo(2)));
        given().header("Authorization", dispatcher).get("/trip-tickets?status=OPEN&unit=" + unit.id()).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(crewTicket.toString()))
                .body("items.id", not(hasItem(otherCrew.toString())));
    }
}
