package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery.ExpenseFilter;
import dev.opsuite.fleet.costs.application.port.out.VehicleExpenseStore;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Vehicle expenses in memory. */
public final class InMemoryExpenses extends InMemoryStore<VehicleExpense> implements VehicleExpenseStore {

    public InMemoryExpenses() {
        super(VehicleExpense::id, VehicleExpense::tenantId);
    }

    @Override
    public Uni<Page<VehicleExpense>> search(String tenantId, ExpenseFilter filter, PageRequest page) {
        return records.page(tenantId, e -> filter.vehicleId() == null || e.entry().vehicleId().equals(filter.vehicleId()), page);
    }

    @Override
    public Uni<VehicleExpense> add(VehicleExpense expense) {
        return records.saved(expense);
    }

    @Override
    public Uni<List<Total>> totals(String tenantId, UUID vehicleId, LocalDate from, LocalDate to) {
        Map<List<Object>, List<VehicleExpense>> grouped = new LinkedHashMap<>();
        records.of(tenantId).filter(e -> vehicleId == null || e.entry().vehicleId().equals(vehicleId))
                .filter(e -> !e.entry().incurredOn().isBefore(from) && !e.entry().incurredOn().isAfter(to))
                .forEach(e -> grouped.computeIfAbsent(List.of(e.entry().amount().currency(), e.entry().category()),
                        k -> new ArrayList<>()).add(e));
        return Uni.createFrom().item(grouped.values().stream().map(rows -> new Total(rows.get(0).entry().amount().currency(),
                rows.get(0).entry().category(), rows.size(),
                rows.stream().map(e -> e.entry().amount().net()).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(e -> e.entry().amount().vat()).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(e -> e.entry().amount().gross()).reduce(BigDecimal.ZERO, BigDecimal::add))).toList());
    }
}
