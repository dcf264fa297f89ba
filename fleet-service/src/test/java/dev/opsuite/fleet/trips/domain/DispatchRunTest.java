package dev.opsuite.fleet.trips.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.kernel.DrivingSource;
import dev.opsuite.fleet.trips.domain.DispatchRun.Stage;
import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DispatchRunTest {

    static final UUID DISPATCH = UUID.randomUUID();

    static DispatchRun run(Stage stage, String from, String to, String departed, String delivered, String order) {
        return new DispatchRun("acme", DISPATCH, "DSP-2025-000042", stage, UUID.randomUUID(), UUID.randomUUID(), null,
                order, Instant.parse(from), Instant.parse(to), departed == null ? null : Instant.parse(departed),
                delivered == null ? null : Instant.parse(delivered));
    }

    static DrivingPeriod accepted(DispatchRun run) {
        assertThat(run.period()).isInstanceOf(Result.Accepted.class);
        return ((Result.Accepted<DrivingPeriod>) run.period()).value();
    }

    static Result.Rejected<DrivingPeriod> rejected(DispatchRun run) {
        assertThat(run.period()).isInstanceOf(Result.Rejected.class);
        return (Result.Rejected<DrivingPeriod>) run.period();
    }

    @Test
    void scheduled_it_holds_the_planned_window_as_a_dispatch_period() {
        DrivingPeriod p = accepted(run(Stage.SCHEDULED, "2025-10-15T06:00:00Z", "2025-10-15T18:00:00Z", null, null,
                " SO-2025-000007 "));

        assertThat(p.startsAt()).isEqualTo(Instant.parse("2025-10-15T06:00:00Z"));
        assertThat(p.endsAt()).isEqualTo(Instant.parse("2025-10-15T18:00:00Z"));
        assertThat(p.source()).isEqualTo(DrivingSource.DISPATCH);
        assertThat(p.sourceId()).isEqualTo(DISPATCH);
        assertThat(p.sourceNumber()).isEqualTo("DSP-2025-000042");
        assertThat(p.orderReference()).isEqualTo("SO-2025-000007");
    }

    @Test
    void dispatched_it_runs_from_the_departure_to_the_planned_end_and_completed_to_the_delivery() {
        DrivingPeriod dispatched = accepted(run(Stage.DISPATCHED, "2025-10-15T06:00:00Z", "2025-10-15T18:00:00Z",
                "2025-10-15T05:50:00Z", null, null));
        assertThat(dispatched.startsAt()).isEqualTo(Instant.parse("2025-10-15T05:50:00Z"));
        assertThat(dispatched.endsAt()).isEqualTo(Instant.parse("2025-10-15T18:00:00Z"));
        assertThat(dispatched.orderReference()).isNull();

        DrivingPeriod completed = accepted(run(Stage.COMPLETED, "2025-10-15T06:00:00Z", "2025-10-15T18:00:00Z",
                "2025-10-15T06:05:00Z", "2025-10-15T19:10:00Z", ""));
        assertThat(completed.startsAt()).isEqualTo(Instant.parse("2025-10-15T06:05:00Z"));
        assertThat(completed.endsAt()).isEqualTo(Instant.parse("2025-10-15T19:10:00Z"));
        assertThat(completed.orderReference()).isNull();
    }

    @Test
    void a_window_ending_before_it_starts_or_a_delivery_before_the_departure_is_refused_naming_the_field() {
        assertThat(rejected(run(Stage.SCHEDULED, "2025-10-15T18:00:00Z", "2025-10-15T18:00:00Z", null, null, null)).field())
                .isEqualTo("assignment.windowTo");
        Result.Rejected<DrivingPeriod> early = rejected(run(Stage.COMPLETED, "2025-10-15T06:00:00Z", "2025-10-15T18:00:00Z",
                "2025-10-15T08:00:00Z", "2025-10-15T08:00:00Z", null));
        assertThat(early.code()).isEqualTo("delivered-before-departure");
        assertThat(early.field()).isEqualTo("deliveredAt");
    }

    @Test
    void an_order_reference_longer_than_the_ledger_books_is_refused() {
        assertThat(rejected(run(Stage.SCHEDULED, "2025-10-15T06:00:00Z", "2025-10-15T18:00:00Z", null, null,
                "SO-" + "9".repeat(98))).field()).isEqualTo("assignment.orderReference");
        accepted(run(Stage.SCHEDULED, "2025-10-15T06:00:00Z", "2025-10-15T18:00:00Z", null, null, "SO-" + "9".repeat(97)));
    }
}
