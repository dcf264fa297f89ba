package dev.opsuite.field.quality.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: a return visit for something that should have been fixed the first time is a callback, counted against the
 * technician who did the job; first-time fix is the share of jobs completed in the rolling 30 days without one.
 */
@QuarkusTest
class CallbacksAndFirstTimeFixTest {

    final QualityCalls q = new QualityCalls();
    final String miasLogin = SuiteStack.bearer(q.shop, "technician");
    final String nedsLogin = SuiteStack.bearer(q.shop, "technician", "two");
    String mia;
    String ned;

    @BeforeEach
    void two_technicians() {
        mia = q.technician("test-technician", "Mia");
        ned = q.technician("test-technician-two", "Ned");
    }

    @Test
    void three_jobs_done_are_100_percent_and_a_callback_within_30_days_makes_it_two_thirds() {
        // Three customers' jobs (a second call at a place within 30 days of a job done there would itself be a callback).
        String ann = q.customer("Ann Lee");
        String cabin = q.location(ann, "Cabin");
        String first = q.completedJob(q.customer("Bea"), null, mia, miasLogin, "2026-06-02T08:00:00Z");
        q.completedJob(q.customer("Cid"), null, mia, miasLogin, "2026-06-02T10:00:00Z");
        String third = q.completedJob(ann, cabin, mia, miasLogin, "2026-06-02T12:00:00Z");
        QualityCalls.completedAt(first, Instant.now().minus(Duration.ofDays(3)));

        q.get(q.owner, "/quality/first-time-fix").statusCode(200)
                .body("overall.completed", equalTo(3)).body("overall.withCallback", equalTo(0))
                .body("overall.fraction", equalTo("3/3")).body("overall.percent", equalTo(100.0f))
                .body("technicians.find { it.name == 'Mia' }.firstTimeFix.percent", equalTo(100.0f))
                .body("technicians.find { it.name == 'Ned' }.firstTimeFix.completed", equalTo(0))
                .body("technicians.find { it.name == 'Ned' }.firstTimeFix.percent", nullValue());

        // Ann calls again about the cabin: not flagged, yet a callback of the job done there last.
        String again = q.call(ann, cabin, null)
                .body("callback", equalTo(true)).body("callbackOf", nullValue())
                .body("callbackOfJob.jobId", equalTo(third)).body("callbackOfJob.technicianId", equalTo(mia))
                .body("callbackOfJob.daysAfter", equalTo(0))
                .extract().path("id");
        q.get(q.owner, "/service-calls/{id}", again).body("callbackOfJob.jobId", equalTo(third));
        q.get(SuiteStack.bearer(q.shop, "dispatcher"), "/jobs/{id}/callbacks", third).statusCode(200)
                .body("size()", equalTo(1)).body("[0].serviceCallId", equalTo(again))
                .body("[0].technicianId", equalTo(mia)).body("[0].flagged", equalTo(false));
        q.get(q.owner, "/jobs/{id}/callbacks", first).statusCode(200).body("size()", equalTo(0));
        q.get(SuiteStack.bearer("globex-" + q.shop, "owner"), "/jobs/{id}/callbacks", third).statusCode(404);
        q.get(SuiteStack.bearer("globex-" + q.shop, "owner"), "/quality/first-time-fix").statusCode(200)
                .body("overall.completed", equalTo(0)).body("technicians.size()", equalTo(0));

        q.get(q.owner, "/quality/first-time-fix").statusCode(200)
                .body("overall.completed", equalTo(3)).body("overall.withCallback", equalTo(1))
                .body("overall.fraction", equalTo("2/3")).body("overall.percent", equalTo(66.7f))
                .body("technicians.find { it.name == 'Mia' }.firstTimeFix.fraction", equalTo("2/3"))
                .body("technicians.find { it.name == 'Mia' }.firstTimeFix.percent", equalTo(66.7f));
        // Before the callback was opened, the jobs were all fixed the first time.
        String beforeTheCallback = Instant.now().minus(Duration.ofDays(1)).toString();
        q.get(q.owner, "/quality/first-time-fix?asOf=" + beforeTheCallback).statusCode(200)
                .body("overall.fraction", equalTo("1/1"));
        q.get(q.owner, "/quality/first-time-fix?asOf=2020-01-01T00:00:00Z").statusCode(200)
                .body("overall.completed", equalTo(0)).body("overall.percent", nullValue())
                .body("overall.fraction", nullValue());
    }

    @Test
    void a_call_for_the_same_place_31_days_after_the_completion_is_no_callback_30_days_is() {
        String bob = q.customer("Bob");
        String job = q.completedJob(bob, null, ned, nedsLogin, "2026-06-03T08:00:00Z");
        QualityCalls.completedAt(job, Instant.now().minus(Duration.ofDays(31)));

        q.call(bob, null, null).body("callback", equalTo(false)).body("callbackOfJob", nullValue());

        QualityCalls.completedAt(job, Instant.now().minus(Duration.ofDays(30)).plus(Duration.ofMinutes(5)));
        q.call(bob, null, null).body("callback", equalTo(true)).body("callbackOfJob.jobId", equalTo(job))
                .body("callbackOfJob.daysAfter", equalTo(29));
    }

    @Test
    void a_call_the_csr_flags_is_linked_to_the_latest_completed_job_of_the_call_it_names_however_old() {
        String carla = q.customer("Carla");
        String job = q.completedJob(carla, null, ned, nedsLogin, "2026-06-04T08:00:00Z");
        QualityCalls.completedAt(job, Instant.now().minus(Duration.ofDays(90)));
        String earlier = q.get(q.owner, "/jobs/{id}", job).extract().path("serviceCallId");

        String callback = q.call(carla, null, earlier).body("callback", equalTo(true))
                .body("callbackOf", equalTo(earlier)).body("callbackOfJob.jobId", equalTo(job))
                .body("callbackOfJob.daysAfter", equalTo(90)).extract().path("id");
        q.get(SuiteStack.bearer(q.shop, "csr"), "/jobs/{id}/callbacks", job).statusCode(200)
                .body("[0].serviceCallId", equalTo(callback)).body("[0].flagged", equalTo(true));
    }

    @Test
    void an_unknown_job_is_404_and_a_malformed_as_of_is_400_naming_it() {
        q.get(q.owner, "/jobs/{id}/callbacks", UUID.randomUUID()).statusCode(404);
        String type = q.get(q.owner, "/quality/first-time-fix?asOf=yesterday").statusCode(400)
                .body("errors[0].field", equalTo("asOf")).extract().path("type");
        assertThat(type).isNotBlank();
    }
}
