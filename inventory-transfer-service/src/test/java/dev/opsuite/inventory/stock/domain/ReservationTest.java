package dev.opsuite.inventory.stock.domain;

import dev.opsuite.support.domain.Envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationTest {

    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void consumed_in_parts_then_ended_when_nothing_remains() {
        Reservation r = hold("5");

        assertThat(r.consume(new BigDecimal("2"), "tech", NOW)).isInstanceOf(Result.Accepted.class);
        assertThat(r.remaining()).isEqualByComparingTo("3");
        assertThat(r.status()).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(r.consume(null, "tech", NOW)).isInstanceOfSatisfying(Result.Accepted.class,
                a -> assertThat((BigDecimal) a.value()).isEqualByComparingTo("3"));
        assertThat(r.status()).isEqualTo(ReservationStatus.CONSUMED);
        assertThat(r.release("tech", NOW)).isInstanceOf(Result.Rejected.class);
    }

    @Test
    void more_than_remains_cannot_be_consumed() {
        Reservation r = hold("5");

        assertThat(r.consume(new BigDecimal("6"), "tech", NOW)).isInstanceOfSatisfying(Result.Rejected.class,
                rejected -> assertThat(rejected.code()).isEqualTo("more-than-reserved"));
    }

    @Test
    void release_gives_back_what_remains() {
        Reservation r = hold("5");
        r.consume(new BigDecimal("1"), "tech", NOW);

        assertThat(r.release("tech", NOW)).isInstanceOfSatisfying(Result.Accepted.class,
                a -> assertThat((BigDecimal) a.value()).isEqualByComparingTo("4"));
        assertThat(r.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(r.remaining()).isEqualByComparingTo("0");
    }

    @Test
    void a_reservation_holds_a_positive_quantity() {
        assertThat(Reservation.hold(Envelope.created(UUID.randomUUID(), "acme", "tech", NOW), UUID.randomUUID(),
                UUID.randomUUID(), BigDecimal.ZERO, new StockReference("job", "J-1"))).isInstanceOf(Result.Rejected.class);
    }

    private static Reservation hold(String quantity) {
        return ((Result.Accepted<Reservation>) Reservation.hold(Envelope.created(UUID.randomUUID(), "acme",
                "tech", NOW), UUID.randomUUID(), UUID.randomUUID(), new BigDecimal(quantity), new StockReference("job", "J-1"))).value();
    }
}
