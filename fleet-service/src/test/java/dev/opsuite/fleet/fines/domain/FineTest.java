package dev.opsuite.fleet.fines.domain;

import dev.opsuite.fleet.kernel.DrivingSource;
import dev.opsuite.fleet.trips.domain.DrivingPeriod;

import static dev.opsuite.fleet.testing.Results.accepted;
import static dev.opsuite.fleet.testing.Results.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FineTest {

    static final Instant NOW = Instant.parse("2025-11-20T09:15:00Z");
    static final Instant AT = Instant.parse("2025-10-15T12:30:00Z");
    static final UUID JAN = UUID.randomUUID();

    static Fine.Letter letter(BigDecimal amount, String currency) {
        return new Fine.Letter(UUID.randomUUID(), new Fine.Offense(AT, " D1, km 45 (Czech Republic) ", "Speeding",
                "140 km/h in 120 zone"), amount, currency, new Fine.Notice(" PCR-2025-4471 ", "Police of the Czech Republic",
                LocalDate.parse("2025-11-20")));
    }

    static Fine speeding() {
        return accepted(Fine.record(UUID.randomUUID(), "acme", letter(new BigDecimal("500"), "CZK"), UUID.randomUUID(),
                "hr", NOW));
    }

    static DrivingPeriod trip(String order) {
        return new DrivingPeriod("acme", UUID.randomUUID(), JAN, null, AT.minusSeconds(3600), AT.plusSeconds(3600), order,
                DrivingSource.TRIP_TICKET, UUID.randomUUID(), "TT-2025-000001");
    }

    @Test
    void an_absurd_amount_is_refused_naming_it() {
        var r = rejected(Fine.record(UUID.randomUUID(), "acme", letter(new BigDecimal("1e100000"), "CZK"), UUID.randomUUID(),
                "hr", NOW));
        assertThat(r.code()).isEqualTo("amount-too-large");
        assertThat(r.field()).isEqualTo("amount");
    }

    @Test
    void the_seed_fine_is_recorded_pending_with_its_amount_in_halers() {
        Fine fine = speeding();

        assertThat(fine.status()).isEqualTo(FineStatus.PENDING_ATTRIBUTION);
        assertThat(fine.amount()).isEqualTo(new BigDecimal("500.00"));
        assertThat(fine.reference()).isEqualTo("PCR-2025-4471");
        assertThat(fine.location()).isEqualTo("D1, km 45 (Czech Republic)");
        assertThat(fine.vehicleText()).isEqualTo("Fine: 500 CZK (Speeding)");
        assertThat(Fine.committedDay(fine.committedAt())).isEqualTo(LocalDate.parse("2025-10-15"));
    }

    @Test
    void charged_from_the_driving_record_it_writes_the_seeds_history_lines() {
        Fine fine = speeding();
        DrivingPeriod trip = trip("ORD-2025-0098");

        accepted(fine.attribute(Fine.Charge.fromDrivingRecord(trip.driverId(), trip.source(), trip.sourceId(),
                trip.sourceNumber(), trip.orderReference()), "hr", NOW));

        assertThat(fine.status()).isEqualTo(FineStatus.ATTRIBUTED);
        assertThat(fine.driverId()).isEqualTo(JAN);
        assertThat(fine.tripTicketId()).isEqualTo(trip.sourceId());
        assertThat(fine.attribution()).isEqualTo(FineAttribution.DRIVING_RECORD);
        assertThat(fine.driverText()).isEqualTo("Fine: -500 CZK (Speeding, Order ORD-2025-0098)");
        assertThat(fine.orderText()).isEqualTo("Fine expense: 500 CZK");
    }

    @Test
    void the_recorded_event_keeps_the_fine_pending_when_it_is_attributed_later() {
        Fine fine = speeding();
        FineRecorded recorded = fine.recorded("VEH-0045");

        accepted(fine.attribute(Fine.Charge.manual(JAN, "ORD-2025-0098"), "hr", NOW));
        fine.booked(UUID.randomUUID(), UUID.randomUUID());
        FineAttributed attributed = fine.attributed("DRV-0001");

        assertThat(recorded.status()).isEqualTo(FineStatus.PENDING_ATTRIBUTION);
        assertThat(recorded.letter().reference()).isEqualTo("PCR-2025-4471");
        assertThat(attributed.attribution().charge().driverId()).isEqualTo(JAN);
        assertThat(attributed.bookings().orderCostId()).isEqualTo(fine.orderCostId());
        assertThat(attributed.tripTicketId()).isNull();
    }

    @Test
    void a_fine_is_attributed_once() {
        Fine fine = speeding();
        accepted(fine.attribute(Fine.Charge.manual(JAN, " "), "hr", NOW));

        assertThat(fine.orderReference()).isNull();
        assertThat(fine.tripTicketId()).isNull();
        assertThat(fine.driverText()).isEqualTo("Fine: -500 CZK (Speeding)");
        var again = rejected(fine.attribute(Fine.Charge.manual(UUID.randomUUID(), null), "fm", NOW));
        assertThat(again.code()).isEqualTo("fine-already-attributed");
        assertThat(again.reason()).isEqualTo(Result.Reason.WRONG_STATE);
    }

    @Test
    void cents_are_kept_in_the_texts_when_there_are_any() {
        Fine fine = accepted(Fine.record(UUID.randomUUID(), "acme", letter(new BigDecimal("49.5"), "EUR"), UUID.randomUUID(),
                "hr", NOW));
        assertThat(fine.vehicleText()).isEqualTo("Fine: 49.50 EUR (Speeding)");
    }

    @Test
    void the_amount_the_currency_and_the_dates_are_checked() {
        assertThat(rejected(Fine.record(UUID.randomUUID(), "acme", letter(BigDecimal.ZERO, "CZK"), UUID.randomUUID(), "hr",
                NOW)).field()).isEqualTo("amount");
        assertThat(rejected(Fine.record(UUID.randomUUID(), "acme", letter(new BigDecimal("1.001"), "CZK"), UUID.randomUUID(),
                "hr", NOW)).field()).isEqualTo("amount");
        assertThat(rejected(Fine.record(UUID.randomUUID(), "acme", letter(BigDecimal.TEN, "XYZ"), UUID.randomUUID(), "hr",
                NOW)).field()).isEqualTo("currency");
        assertThat(rejected(Fine.record(UUID.randomUUID(), "acme", letter(BigDecimal.TEN, "CZK"), UUID.randomUUID(), "hr",
                AT.minusSeconds(60))).field()).isEqualTo("committedAt");
        Fine.Letter early = new Fine.Letter(UUID.randomUUID(), new Fine.Offense(AT, "D1", "Speeding", null), BigDecimal.TEN,
                "CZK", new Fine.Notice("R-1", "Police", LocalDate.parse("2025-10-01")));
        assertThat(rejected(Fine.record(UUID.randomUUID(), "acme", early, UUID.randomUUID(), "hr", NOW)).field())
                .isEqualTo("receivedOn");
    }
}
