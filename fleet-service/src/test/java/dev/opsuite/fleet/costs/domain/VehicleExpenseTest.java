package dev.opsuite.fleet.costs.domain;

import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.kernel.VatMode;

import static dev.opsuite.fleet.testing.Results.accepted;
import static dev.opsuite.fleet.testing.Results.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VehicleExpenseTest {

    static final Instant NOW = Instant.parse("2025-11-04T09:00:00Z");

    @Test
    void a_hand_entered_expense_is_not_dated_in_the_future() {
        Cost fuel = accepted(Cost.compute("", "CZK", VatMode.STANDARD, null, new BigDecimal("2420"), new BigDecimal("21")));
        LocalDate today = LocalDate.parse("2025-11-04");
        var e = accepted(VehicleExpense.record(UUID.randomUUID(), "acme", new VehicleExpense.Entry(UUID.randomUUID(),
                ExpenseCategory.FUEL, " Diesel 60 l ", today, fuel, " OMV ", ""), today, "manager", NOW));
        assertThat(e.entry().description()).isEqualTo("Diesel 60 l");
        assertThat(e.entry().supplier()).isEqualTo("OMV");
        assertThat(e.entry().invoiceReference()).isNull();
        assertThat(e.entry().amount().net()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(e.entry().amount().vat()).isEqualTo(new BigDecimal("420.00"));

        var future = rejected(VehicleExpense.record(UUID.randomUUID(), "acme", new VehicleExpense.Entry(UUID.randomUUID(),
                ExpenseCategory.FUEL, "Diesel", today.plusDays(1), fuel, null, null), today, "manager", NOW));
        assertThat(future.code()).isEqualTo("incurred-in-future");
        assertThat(future.field()).isEqualTo("incurredOn");
    }
}
