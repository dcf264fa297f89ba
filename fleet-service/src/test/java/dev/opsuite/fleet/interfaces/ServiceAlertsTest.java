package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.ServiceRequests.as;
import static dev.opsuite.fleet.interfaces.ServiceRequests.decimal;
import static dev.opsuite.fleet.interfaces.ServiceRequests.defineRule;
import static dev.opsuite.fleet.interfaces.ServiceRequests.exact;
import static dev.opsuite.fleet.interfaces.ServiceRequests.get;
import static dev.opsuite.fleet.interfaces.ServiceRequests.rule;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Service due" alerts: by km, by months, and ahead of time by the recent daily distance. */
@QuarkusTest
class ServiceAlertsTest {

    String tenant;
    String manager;
    LocalDate today;

    @BeforeEach
    void tenant() {
        tenant = ServiceRequests.freshTenant("alerts");
        manager = as(tenant, "fleet-manager");
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void the_recent_daily_distance_forecasts_when_the_km_limit_is_reached() {
        // 9,000 km in the 18 days between two readings of the last 30 days: 500 km a day. From 91,000 km,
        // 100,000 km is 9,000 km away (more than the 5,000 km lead) but only ceil(9000 / 500) = 18 days:
        // within the 30-day lead, so the alert is raised now.
        String vehicleId = ServiceRequests.vehicle(tenant, 80_000);
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // A reading older than the 30-day window does not count (with it, the average would be 10,000 / 38 = 263.2).
        reading(vehicleId, 81_000, base.minus(Duration.ofDays(40)));
        reading(vehicleId, 82_000, base.minus(Duration.ofDays(20)));
        reading(vehicleId, 91_000, base.minus(Duration.ofDays(2)));
        String ruleId = defineRule(manager, rule(vehicleId, 100_000L, null)).statusCode(201).extract().path("id");

        JsonPath alerts = exact(get(as(tenant, "dispatcher"), "/vehicles/{id}/service-alerts", vehicleId).statusCode(200));
        assertThat(alerts.getList("serviceRuleId")).containsExactly(ruleId);
        assertThat(alerts.getString("[0].message")).isEqualTo("Service due at 100,000 km");
        assertThat(alerts.getString("[0].status")).isEqualTo("DUE_SOON");
        assertThat(alerts.getLong("[0].remainingKm")).isEqualTo(9_000L);
        assertThat(decimal(alerts, "[0].averageDailyKm")).isEqualTo(new BigDecimal("500.0"));
        assertThat(alerts.getString("[0].forecastDueOn")).isEqualTo(today.plusDays(18).toString());
        assertThat(alerts.getString("[0].expectedDueOn")).isEqualTo(today.plusDays(18).toString());
        assertThat(alerts.getString("[0].dueOn")).isNull();
    }

    @Test
    void without_recent_readings_a_km_rule_waits_for_the_km_lead() {
        String vehicleId = ServiceRequests.vehicle(tenant, 80_000);
        defineRule(manager, rule(vehicleId, 100_000L, null)).statusCode(201);

        get(manager, "/vehicles/{id}/service-alerts", vehicleId).statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void rules_by_months_are_due_30_days_ahead_and_overdue_ones_come_first() {
        String soonVehicle = ServiceRequests.vehicle(tenant, "SOON-1", 10_000);
        String lateVehicle = ServiceRequests.vehicle(tenant, "LATE-1", 20_000);
        String quietVehicle = ServiceRequests.vehicle(tenant, "QUIET-1", 30_000);
        Map<String, Object> soon = rule(soonVehicle, null, 12);
        soon.put("lastServiceOn", today.minusMonths(12).plusDays(10).toString());
        defineRule(manager, soon).statusCode(201).body("dueOn", equalTo(today.plusDays(10).toString()));
        Map<String, Object> late = rule(lateVehicle, 30_000L, 6);
        late.put("lastServiceOn", today.minusMonths(7).toString());
        late.put("lastServiceKm", 5_000);
        String lateRule = defineRule(manager, late).statusCode(201).extract().path("id");
        Map<String, Object> quiet = rule(quietVehicle, null, 12);
        quiet.put("lastServiceOn", today.minusMonths(6).toString());
        defineRule(manager, quiet).statusCode(201);

        JsonPath alerts = exact(get(as(tenant, "mechanic"), "/service-alerts").statusCode(200));
        assertThat(alerts.getInt("total")).isEqualTo(2);
        assertThat(alerts.getList("items.registrationNumber")).containsExactly("LATE-1", "SOON-1");
        assertThat(alerts.getList("items.status")).containsExactly("OVERDUE", "DUE_SOON");
        assertThat(alerts.getString("items[0].message")).isEqualTo("Service overdue: due at 35,000 km or on "
                + today.minusMonths(7).plusMonths(6) + ", whichever comes first");
        assertThat(alerts.getString("items[1].message")).isEqualTo("Service due on " + today.plusDays(10));

        given().header("Authorization", manager).queryParam("status", "OVERDUE").get("/service-alerts").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].serviceRuleId", equalTo(lateRule));
        given().header("Authorization", manager).queryParam("size", 1).queryParam("page", 2).get("/service-alerts").then()
                .statusCode(200).body("total", equalTo(2)).body("totalPages", equalTo(2))
                .body("items[0].registrationNumber", equalTo("SOON-1"));
        given().header("Authorization", manager).queryParam("order", "asc").get("/service-alerts").then()
                .statusCode(200).body("items[0].registrationNumber", equalTo("SOON-1"));

        // A retired rule raises nothing more.
        given().header("Authorization", as(tenant, "hr-admin")).header("If-Match", "\"0\"")
                .post("/service-rules/{id}/retire", lateRule).then().statusCode(200).body("active", equalTo(false))
                .header("ETag", "\"1\"");
        get(manager, "/service-alerts").body("total", equalTo(1));
        given().header("Authorization", manager).post("/service-rules/{id}/retire", lateRule).then().statusCode(409)
                .body("type", equalTo("https://opsuite.dev/problems/service-rule-retired"));
        get(manager, "/fleet-dashboard").body("serviceAlerts.dueSoon", equalTo(1)).body("serviceAlerts.overdue", equalTo(0));
        given().header("Authorization", manager).queryParam("vehicleId", lateVehicle).queryParam("active", false)
                .get("/service-rules").then().statusCode(200).body("total", equalTo(1));
    }

    private void reading(String vehicleId, long km, Instant at) {
        VehicleRequests.reading(manager, vehicleId, null, km, at.toString()).statusCode(200);
    }
}
