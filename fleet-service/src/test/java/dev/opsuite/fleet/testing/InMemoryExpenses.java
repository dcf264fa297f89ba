package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery.ExpenseFilter;
import dev.opsuite.fleet.costs.application.port.out.VehicleExpenseStore;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Vehicle expenses in memory. */
public final class InMemoryExpenses implements VehicleExpenseStore {

    private final Map<UUID, VehicleExpense> expenses = new LinkedHashMap<>();

    public List<VehicleExpense> all() {
        return List.copyOf(expenses.values());
    }

    @Override
    public Uni<Optional<VehicleExpense>> find(String tenantId, UUID id) {
        VehicleExpense e = expenses.get(id);
        return Uni.createFrom().item(Optional.ofNullable(e).filter(x -> x.tenantId().equals(tenantId)));
    }

    @Override
    public Uni<Page<VehicleExpense>> search(String tenantId, ExpenseFilter filter, PageRequest page) {
        List<VehicleExpense> matching = expenses.values().stream().filter(e -> e.tenantId().equals(tenantId))
                .filter(e -> filter.vehicleId() == null || e.vehicleId().equals(filter.vehicleId())).toList();
        return Uni.createFrom().item(Page.slice(matching, page));
    }

    @Override
    public Uni<VehicleExpense> add(VehicleExpense expense) {
        expenses.put(expense.id(), expense);
        return Uni.createFrom().item(expense);
    }

    @Override
    public Uni<List<Total>> totals(String tenantId, UUID vehicleId, LocalDate from, LocalDate to) {
        Map<List<Object>, List<VehicleExpense>> grouped = new LinkedHashMap<>();
        expenses.values().stream()
                .filter(e -> e.tenantId().equals(tenantId) && (vehicleId == null || e.vehicleId().equals(vehicleId)))
                .filter(e -> !e.incurredOn().isBefore(from) && !e.incurredOn().isAfter(to))
                .forEach(e -> grouped.computeIfAbsent(List.of(e.amount().currency(), e.category()), k -> new ArrayList<>())
                        .add(e));
        return Uni.createFrom().item(grouped.values().stream().map(rows -> new Total(rows.get(0).amount().currency(),
                rows.get(0).category(), rows.size(),
                rows.stream().map(e -> e.amount().net()).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(e -> e.amount().vat()).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(e -> e.amount().gross()).reduce(BigDecimal.ZERO, BigDecimal::add))).toList());
    }
}
