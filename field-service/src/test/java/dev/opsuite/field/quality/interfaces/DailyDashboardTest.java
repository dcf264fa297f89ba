package dev.opsuite.field.quality.interfaces;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: the owner's daily dashboard rolls up completed jobs, tech utilization, first-time fix (rolling 30 days),
 * jobs blocked over 7 days, parts usage by truck and callbacks per technician. One small day, every number computed by
 * hand (docs/quality.md has the query behind each).
 */
@QuarkusTest
class DailyDashboardTest {

    static final String DAY = "2026-03-10";

    @Test
    void a_small_day_with_every_number_computed_by_hand() {
        QualityCalls q = new QualityCalls();
        UUID miasTruck = UUID.randomUUID();
        // Three technicians, each working 07:00-17:00 UTC (10 h) every day.
        String mia = q.technicianWithTruck("test-technician", "Mia", miasTruck);
        String ned = q.technician("test-technician-two", "Ned");
        String ola = q.technician("test-technician-three", "Ola");
        String miasLogin = SuiteStack.bearer(q.shop, "technician");
        String nedsLogin = SuiteStack.bearer(q.shop, "technician", "two");
        // Ned takes 12:00-15:00 off: 7 h available.
        q.timeOff(ned, DAY + "T12:00:00Z", DAY + "T15:00:00Z");

        // Mia: 08:00-09:00 and 13:00-14:00 (1 h each, the jobs' expected hour); Ned: 09:00-10:00. All completed that day.
        String ann = q.customer("Ann");
        String a = q.completedJob(ann, null, mia, miasLogin, DAY + "T08:00:00Z");
        String b = q.completedJob(q.customer("Bea"), null, mia, miasLogin, DAY + "T13:00:00Z");
        String c = q.completedJob(q.customer("Cid"), null, ned, nedsLogin, DAY + "T09:00:00Z");
        QualityCalls.completedAt(a, Instant.parse(DAY + "T09:00:00Z"));
        QualityCalls.completedAt(b, Instant.parse(DAY + "T14:00:00Z"));
        QualityCalls.completedAt(c, Instant.parse(DAY + "T10:00:00Z"));
        // As priced on completion (the business had pricing settings for a and b, none yet for c): booked 453.30.
        QualityCalls.sql("update job set priced_currency = 'USD', priced_total = 333.30 where id = ?::uuid", a);
        QualityCalls.sql("update job set priced_currency = 'USD', priced_total = 120.00 where id = ?::uuid", b);
        // A job completed the day before counts for first-time fix (rolling 30 days), not for the day.
        String before = q.completedJob(q.customer("Dee"), null, ned, nedsLogin, "2026-03-09T09:00:00Z");
        QualityCalls.completedAt(before, Instant.parse("2026-03-09T10:00:00Z"));
        QualityCalls.sql("update job set priced_currency = 'USD', priced_total = 500.00 where id = ?::uuid", before);

        // Ann calls back on job a at 16:00 (flagged by the CSR; the call is dated back to the day).
        String annsCall = q.get(q.owner, "/jobs/{id}", a).extract().path("serviceCallId");
        String callback = q.call(ann, null, annsCall).body("callbackOfJob.jobId", equalTo(a)).extract().path("id");
        QualityCalls.sql("update service_call set created_at = ? where id = ?::uuid", Instant.parse(DAY + "T16:00:00Z"),
                callback);

        // A job of Ola's, waiting on parts for 8 days (past the 7-day SLA), on another day's board.
        String waiting = q.scheduledJob(q.customer("Eve"), null, ola, "2026-03-20T09:00:00Z");
        given().header("Authorization", SuiteStack.bearer(q.shop, "technician", "three")).contentType(ContentType.JSON)
                .body(Map.of("waitingFor", "1x capacitor")).post("/my/jobs/{id}/waiting-on-parts", waiting).then()
                .statusCode(200);
        QualityCalls.sql("update job set blocked_since = ? where id = ?::uuid", Instant.now().minus(Duration.ofDays(8))
                .minus(Duration.ofHours(1)), waiting);

        // Parts used from Mia's truck that day: 1 + 2 of the capacitor, 1.5 of the refrigerant; 4 more the next day.
        UUID capacitor = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        UUID refrigerant = UUID.fromString("00000000-0000-0000-0000-00000000000b");
        QualityCalls.used(q.shop, a, capacitor, "1", miasTruck, DAY + "T08:30:00Z");
        QualityCalls.used(q.shop, b, capacitor, "2", miasTruck, DAY + "T13:30:00Z");
        QualityCalls.used(q.shop, b, refrigerant, "1.5", miasTruck, DAY + "T13:40:00Z");
        QualityCalls.used(q.shop, b, capacitor, "4", miasTruck, "2026-03-11T08:00:00Z");

        ValidatableResponse day = q.get(q.owner, "/dashboard/daily?date=" + DAY).statusCode(200);

        day.body("date", equalTo(DAY))
                .body("bookedDollars.size()", equalTo(1))
                .body("bookedDollars[0].currency", equalTo("USD"))
                .body("bookedDollars[0].amount", equalTo(453.30f))
                .body("bookedDollars[0].jobs", equalTo(2))
                .body("jobsCompleted.jobId", containsInAnyOrder(a, b, c))
                // Booked: Mia 2 h of 10, Ned 1 h of 7, Ola 0 of 10; overall 3 of 27 h = 11.1 %.
                .body("utilizationByTechnician.find { it.name == 'Mia' }.utilization.bookedHours", equalTo(2.0f))
                .body("utilizationByTechnician.find { it.name == 'Mia' }.utilization.availableHours", equalTo(10.0f))
                .body("utilizationByTechnician.find { it.name == 'Mia' }.utilization.percent", equalTo(20.0f))
                .body("utilizationByTechnician.find { it.name == 'Ned' }.utilization.bookedHours", equalTo(1.0f))
                .body("utilizationByTechnician.find { it.name == 'Ned' }.utilization.availableHours", equalTo(7.0f))
                .body("utilizationByTechnician.find { it.name == 'Ned' }.utilization.percent", equalTo(14.3f))
                .body("utilizationByTechnician.find { it.name == 'Ola' }.utilization.bookedHours", equalTo(0.0f))
                .body("utilizationByTechnician.find { it.name == 'Ola' }.utilization.percent", equalTo(0.0f))
                .body("utilization.bookedHours", equalTo(3.0f))
                .body("utilization.availableHours", equalTo(27.0f))
                .body("utilization.percent", equalTo(11.1f))
                // First-time fix to the end of the day: a, b, c and the day before's; a was called back: 3/4 = 75 %.
                .body("firstTimeFix.overall.fraction", equalTo("3/4"))
                .body("firstTimeFix.overall.percent", equalTo(75.0f))
                .body("firstTimeFix.technicians.find { it.name == 'Mia' }.firstTimeFix.fraction", equalTo("1/2"))
                .body("firstTimeFix.technicians.find { it.name == 'Ned' }.firstTimeFix.fraction", equalTo("2/2"))
                .body("firstTimeFix.technicians.find { it.name == 'Ola' }.firstTimeFix.percent", nullValue())
                .body("blockedPastSla.jobId", contains(waiting))
                .body("blockedPastSla[0].ageDays", equalTo(8))
                .body("blockedPastSla[0].reason", equalTo("WAITING_ON_PARTS"))
                .body("partsUsedByTruck.size()", equalTo(2))
                .body("partsUsedByTruck.find { it.productId == '%s' }.quantity".formatted(capacitor), equalTo(3.0f))
                .body("partsUsedByTruck.find { it.productId == '%s' }.quantity".formatted(refrigerant), equalTo(1.5f))
                .body("partsUsedByTruck.truckLocationId", contains(miasTruck.toString(), miasTruck.toString()))
                .body("partsUsedByTruck.technicianId", contains(mia, mia))
                .body("callbacksByTechnician.find { it.name == 'Mia' }.callbacks", equalTo(1))
                .body("callbacksByTechnician.find { it.name == 'Ned' }.callbacks", equalTo(0))
                .body("callbacksByTechnician.find { it.name == 'Ola' }.callbacks", equalTo(0));

        // The day before: Dee's job only, Ned's one hour booked.
        q.get(q.owner, "/dashboard/daily?date=2026-03-09").statusCode(200)
                .body("jobsCompleted.jobId", contains(before))
                .body("utilization.bookedHours", equalTo(1.0f))
                .body("partsUsedByTruck.size()", equalTo(0))
                .body("bookedDollars[0].amount", equalTo(500.00f))
                .body("bookedDollars[0].jobs", equalTo(1))
                .body("callbacksByTechnician.find { it.name == 'Mia' }.callbacks", equalTo(0));
        q.get(q.owner, "/dashboard/daily?date=10.3.2026").statusCode(400).body("errors[0].field", equalTo("date"));
    }

}
