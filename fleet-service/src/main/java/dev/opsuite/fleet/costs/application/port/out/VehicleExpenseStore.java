package dev.opsuite.fleet.costs.application.port.out;

import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery.ExpenseFilter;
import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where vehicle expenses are kept. Every method is scoped to one tenant. */
public interface VehicleExpenseStore {

    /** What the expenses of one currency and category add up to. */
    record Total(String currency, ExpenseCategory category, long count, BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }

    Uni<Optional<VehicleExpense>> find(String tenantId, UUID id);

    Uni<Page<VehicleExpense>> search(String tenantId, ExpenseFilter filter, PageRequest page);

    /** Inserts now (a second expense for one service request fails here) and answers it as stored. */
    Uni<VehicleExpense> add(VehicleExpense expense);

    /** Sums by currency and category of the expenses incurred from {@code from} to {@code to} (inclusive), of one vehicle or (null) all. */
    Uni<List<Total>> totals(String tenantId, UUID vehicleId, LocalDate from, LocalDate to);
}
