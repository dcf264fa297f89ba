package dev.opsuite.fleet.trips.domain;

import dev.opsuite.fleet.kernel.DrivingSource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WhoWasDrivingPolicyTest {

    static final UUID VEHICLE = UUID.randomUUID();
    static final Instant AT = Instant.parse("2025-10-15T12:30:00Z");

    static DrivingPeriod period(String from, String to, String order, DrivingSource source) {
        return new DrivingPeriod("acme", VEHICLE, UUID.randomUUID(), null, Instant.parse(from), Instant.parse(to), order,
                source, UUID.randomUUID(), source == DrivingSource.TRIP_TICKET ? "TT-2025-000001" : "D-1");
    }

    @Test
    void nobody_when_no_period_covers_the_instant_and_the_end_is_excluded() {
        DrivingPeriod morning = period("2025-10-15T06:00:00Z", "2025-10-15T12:30:00Z", null, DrivingSource.TRIP_TICKET);

        assertThat(WhoWasDrivingPolicy.at(AT, List.of(morning))).isEmpty();
        assertThat(WhoWasDrivingPolicy.at(Instant.parse("2025-10-15T06:00:00Z"), List.of(morning))).contains(morning);
    }

    @Test
    void a_period_with_an_order_wins_over_one_without() {
        DrivingPeriod ticket = period("2025-10-15T10:00:00Z", "2025-10-15T18:00:00Z", null, DrivingSource.TRIP_TICKET);
        DrivingPeriod dispatch = period("2025-10-15T06:00:00Z", "2025-10-15T14:00:00Z", "ORD-2025-0098", DrivingSource.DISPATCH);

        assertThat(WhoWasDrivingPolicy.at(AT, List.of(ticket, dispatch))).contains(dispatch);
    }

    @Test
    void among_equals_the_latest_start_wins_then_a_dispatch() {
        DrivingPeriod early = period("2025-10-15T06:00:00Z", "2025-10-15T18:00:00Z", "ORD-1", DrivingSource.TRIP_TICKET);
        DrivingPeriod late = period("2025-10-15T12:00:00Z", "2025-10-15T18:00:00Z", "ORD-2", DrivingSource.TRIP_TICKET);
        assertThat(WhoWasDrivingPolicy.at(AT, List.of(late, early))).contains(late);

        DrivingPeriod sameStartDispatch = period("2025-10-15T12:00:00Z", "2025-10-15T14:00:00Z", "ORD-3", DrivingSource.DISPATCH);
        assertThat(WhoWasDrivingPolicy.at(AT, List.of(late, sameStartDispatch, early))).contains(sameStartDispatch);
    }
}
