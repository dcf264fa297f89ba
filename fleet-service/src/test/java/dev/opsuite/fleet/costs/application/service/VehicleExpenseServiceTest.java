package dev.opsuite.fleet.costs.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery.VehicleCosts;
import dev.opsuite.fleet.costs.application.port.in.RecordVehicleExpenseUseCase.RecordVehicleExpenseCommand;
import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.fleet.costs.domain.VehicleExpenseRecorded;
import dev.opsuite.fleet.kernel.CostInput;
import dev.opsuite.fleet.kernel.VatMode;
import dev.opsuite.fleet.kernel.VehicleKind;
import dev.opsuite.fleet.testing.InMemoryFleet;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 004, "Vehicle VEH-0045 total costs YTD": a vehicle's costs by hand, per currency, year to date. On fakes. */
class VehicleExpenseServiceTest {

    static final Actor MANAGER = new Actor("acme", "fleet-manager");

    final InMemoryFleet fleet = new InMemoryFleet("2025-12-31T23:30:00Z", ZoneId.of("Europe/Prague"));
    final Vehicle truck = done(fleet.vehicles.register().register(MANAGER, new Vehicle.Registration("VEH-0045",
            VehicleKind.LKV, "MAN", "TGX 18.440", null, 95_000, null)));

    VehicleExpense record(ExpenseCategory category, LocalDate on, String currency, String net) {
        return done(fleet.costs.record().record(new RecordVehicleExpenseCommand(MANAGER, truck.id(), category,
                category + " " + on, on, new CostInput(currency, VatMode.STANDARD, new BigDecimal(net), null,
                        new BigDecimal("21")), "Supplier", null)));
    }

    @Test
    void a_cost_entered_by_hand_is_announced_with_the_vehicles_plate() {
        VehicleExpense fuel = record(ExpenseCategory.FUEL, LocalDate.of(2025, 12, 30), "CZK", "2000");

        assertThat(fuel.entry().amount().gross()).isEqualByComparingTo("2420");
        assertThat(fleet.events.published(VehicleExpenseRecorded.class)).singleElement().satisfies(e -> {
            assertThat(e.registrationNumber()).isEqualTo("VEH-0045");
            assertThat(e.expenseId()).isEqualTo(fuel.id());
        });
    }

    @Test
    void on_new_years_eve_the_year_to_date_is_the_whole_year_per_currency_never_summed_across_them() {
        record(ExpenseCategory.REPAIR, LocalDate.of(2025, 3, 1), "CZK", "48000");
        record(ExpenseCategory.FUEL, LocalDate.of(2025, 12, 31), "CZK", "1000");
        record(ExpenseCategory.TOLL, LocalDate.of(2025, 6, 1), "EUR", "100");
        record(ExpenseCategory.FUEL, LocalDate.of(2024, 12, 31), "CZK", "999");

        VehicleCosts ytd = done(fleet.costs.find().costs("acme", truck.id(), null));

        assertThat(ytd.year()).isEqualTo(2025);
        assertThat(ytd.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(ytd.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ytd.totals()).extracting(t -> t.currency()).containsExactly("CZK", "EUR");
        assertThat(ytd.totals().get(0).net()).isEqualByComparingTo("49000");
        assertThat(ytd.totals().get(0).count()).isEqualTo(2);
        assertThat(ytd.totals().get(1).net()).isEqualByComparingTo("100");
        assertThat(done(fleet.costs.find().costs("acme", truck.id(), 2024)).totals()).singleElement()
                .satisfies(t -> assertThat(t.net()).isEqualByComparingTo("999"));
        assertThat(done(fleet.costs.find().fleetCosts("acme", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))))
                .hasSize(2);
    }

    @Test
    void a_cost_dated_tomorrow_a_year_to_come_and_an_unknown_vehicle_are_refused() {
        Rejection tomorrow = refused(() -> record(ExpenseCategory.FUEL, LocalDate.of(2026, 1, 1), "CZK", "100"));
        assertThat(tomorrow.code()).isEqualTo("incurred-in-future");
        assertThat(refused(() -> fleet.costs.find().costs("acme", truck.id(), 2026).await().indefinitely()).code())
                .isEqualTo("year-in-future");
        Rejection unknown = refused(fleet.costs.record().record(new RecordVehicleExpenseCommand(MANAGER, UUID.randomUUID(),
                ExpenseCategory.FUEL, "Diesel", LocalDate.of(2025, 12, 1), new CostInput("CZK", VatMode.EXEMPT,
                        new BigDecimal("1"), null, null), null, null)));
        assertThat(unknown.code()).isEqualTo("vehicle-not-found");
        assertThat(unknown.field()).isEqualTo("vehicleId");
        assertThat(fleet.events.published()).isEmpty();
    }
}
