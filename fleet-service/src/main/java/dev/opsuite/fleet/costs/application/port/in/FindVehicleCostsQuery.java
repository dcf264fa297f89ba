package dev.opsuite.fleet.costs.application.port.in;

import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Vehicle expenses, and what a vehicle cost in a year by category, per currency (never summed across currencies). */
public interface FindVehicleCostsQuery {

    /** Optional filters; {@code incurredFrom} and {@code incurredTo} are inclusive days. */
    record ExpenseFilter(UUID vehicleId, Set<ExpenseCategory> categories, String currency, UUID serviceRequestId,
            LocalDate incurredFrom, LocalDate incurredTo) {
    }

    /** What one vehicle cost from {@code from} to {@code to} (inclusive), one total per currency. */
    record VehicleCosts(UUID vehicleId, String registrationNumber, int year, LocalDate from, LocalDate to,
            List<CurrencyTotal> totals) {
    }

    record CurrencyTotal(String currency, BigDecimal net, BigDecimal vat, BigDecimal gross, long count,
            List<CategoryTotal> byCategory) {
    }

    record CategoryTotal(ExpenseCategory category, BigDecimal net, BigDecimal vat, BigDecimal gross, long count) {
    }

    Uni<VehicleExpense> expense(String tenantId, UUID id);

    Uni<Page<VehicleExpense>> expenses(String tenantId, ExpenseFilter filter, PageRequest page);

    /** The current year to date when {@code year} is null or this year; the whole year for an earlier one. */
    Uni<VehicleCosts> costs(String tenantId, UUID vehicleId, Integer year);

    /** What every vehicle of the business cost from {@code from} to {@code to} (inclusive), one total per currency. */
    Uni<List<CurrencyTotal>> fleetCosts(String tenantId, LocalDate from, LocalDate to);
}
