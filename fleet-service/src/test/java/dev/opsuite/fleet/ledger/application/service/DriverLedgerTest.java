package dev.opsuite.fleet.ledger.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.drivers.application.port.in.ManageDriversUseCase.RegisterDriverCommand;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.fleet.ledger.domain.DriverTransactionKind;
import dev.opsuite.fleet.ledger.domain.OrderCost;
import dev.opsuite.fleet.ledger.domain.OrderCostKind;
import dev.opsuite.fleet.testing.InMemoryFleet;
import dev.opsuite.support.tenancy.Actor;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 004: "Driver DRV-0001 salary: -5,000 CZK", "Order ORD-2025-0087 profitability: -8,000 CZK". The pay period is
 * the payroll zone's month: at 23:30 UTC on 31 October Prague is already in November. On fakes.
 */
class DriverLedgerTest {

    static final Actor HR = new Actor("acme", "hr");

    final InMemoryFleet fleet = new InMemoryFleet("2025-10-31T23:30:00Z", ZoneId.of("Europe/Prague"));
    final Driver jan = done(fleet.drivers.manage().register(new RegisterDriverCommand(HR, "Jan Novák", null)));

    DriverTransaction deductible(String amount) {
        return done(fleet.ledger.bookTransaction().book(HR, new DriverTransaction.Entry(jan.id(),
                DriverTransactionKind.ACCIDENT_DEDUCTIBLE, new BigDecimal(amount), "CZK", "Accident deductible", "ORD-2025-0087",
                "ACCIDENT", UUID.randomUUID())));
    }

    @Test
    void the_deductible_booked_on_the_last_evening_of_october_is_on_novembers_statement_in_prague() {
        deductible("-5000");

        var statement = done(fleet.ledger.transactions().statement("acme", jan.id(), null));

        assertThat(statement.payPeriod()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(statement.transactions()).hasSize(1);
        assertThat(statement.totals()).singleElement().satisfies(t -> {
            assertThat(t.currency()).isEqualTo("CZK");
            assertThat(t.total()).isEqualByComparingTo("-5000");
        });
        assertThat(done(fleet.ledger.transactions().statement("acme", jan.id(), YearMonth.of(2025, 10))).transactions())
                .isEmpty();
    }

    @Test
    void payroll_exports_the_month_with_each_drivers_number_and_name() {
        deductible("-5000");

        assertThat(done(fleet.ledger.transactions().export("acme", YearMonth.of(2025, 11)))).singleElement().satisfies(row -> {
            assertThat(row.employeeNumber()).isEqualTo("DRV-0001");
            assertThat(row.driverName()).isEqualTo("Jan Novák");
            assertThat(row.transaction().entry().amount()).isEqualByComparingTo("-5000");
        });
    }

    @Test
    void an_orders_costs_lower_its_profitability_by_their_sum() {
        fleet.ledger.bookOrderCost().book(HR, new OrderCost.Entry("ORD-2025-0087", OrderCostKind.ACCIDENT,
                new BigDecimal("8000"), "CZK", "Accident expense: 8,000 CZK (ACC-2025-000001)", null, jan.id(), "ACCIDENT",
                UUID.randomUUID())).await().indefinitely();

        var sheet = done(fleet.ledger.orderCosts().costsOf("acme", " ORD-2025-0087 "));

        assertThat(sheet.totals()).singleElement().satisfies(t -> {
            assertThat(t.currency()).isEqualTo("CZK");
            assertThat(t.costs()).isEqualByComparingTo("8000");
            assertThat(t.profitImpact()).isEqualByComparingTo("-8000");
        });
    }
}
