package dev.opsuite.fleet.costs.application.service;

import dev.opsuite.fleet.service.application.service.FleetEvents;
import dev.opsuite.fleet.service.application.service.References;

import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery;
import dev.opsuite.fleet.costs.application.port.in.RecordVehicleExpenseUseCase;
import dev.opsuite.fleet.costs.application.port.out.VehicleExpenseStore;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class VehicleExpenseService implements RecordVehicleExpenseUseCase, FindVehicleCostsQuery {

    static final String WHAT = "vehicle-expense";

    private final VehicleExpenseStore expenses;
    private final FindVehiclesQuery vehicles;
    private final References references;
    private final FleetEvents events;
    private final Clock clock;

    VehicleExpenseService(VehicleExpenseStore expenses, FindVehiclesQuery vehicles, References references, FleetEvents events,
            Clock clock) {
        this.expenses = expenses;
        this.vehicles = vehicles;
        this.references = references;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<VehicleExpense> record(RecordVehicleExpenseCommand c) {
        Actor actor = c.actor();
        Instant now = clock.instant();
        Cost amount = Rejection.orThrow(c.amount().compute(""));
        return references.vehicle(actor.tenantId(), c.vehicleId(), "vehicleId").chain(vehicle -> {
            VehicleExpense expense = Rejection.orThrow(VehicleExpense.record(UUID.randomUUID(), actor.tenantId(),
                    new VehicleExpense.Entry(c.vehicleId(), c.category(), c.description(), c.incurredOn(), amount, c.supplier(),
                            c.invoiceReference()), LocalDate.ofInstant(now, ZoneOffset.UTC), actor.userId(), now));
            return expenses.add(expense).call(saved -> events.expenseRecorded(saved, vehicle));
        });
    }

    @Override
    @WithSession
    public Uni<VehicleExpense> expense(String tenantId, UUID id) {
        return expenses.find(tenantId, id).map(expense -> Rejection.found(expense, WHAT, id));
    }

    @Override
    @WithSession
    public Uni<Page<VehicleExpense>> expenses(String tenantId, ExpenseFilter filter, PageRequest page) {
        return expenses.search(tenantId, filter, page);
    }

    @Override
    @WithSession
    public Uni<VehicleCosts> costs(String tenantId, UUID vehicleId, Integer year) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int y = year == null ? today.getYear() : year;
        if (y > today.getYear()) {
            throw Rejection.invalid("year-in-future", "year", "year cannot be after " + today.getYear() + ".").toException();
        }
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = y == today.getYear() ? today : LocalDate.of(y, 12, 31);
        return vehicles.find(tenantId, vehicleId).map(found -> found.orElseThrow(Rejection.missing("vehicle", vehicleId)))
                .chain(vehicle -> {
            return expenses.totals(tenantId, vehicleId, from, to)
                    .map(totals -> new VehicleCosts(vehicleId, vehicle.registrationNumber(), y, from, to, byCurrency(totals)));
        });
    }

    /** One total per currency, with its categories; amounts of different currencies are never added. */
    public static List<CurrencyTotal> byCurrency(List<VehicleExpenseStore.Total> totals) {
        Map<String, List<VehicleExpenseStore.Total>> grouped = new LinkedHashMap<>();
        totals.stream().sorted(java.util.Comparator.comparing(VehicleExpenseStore.Total::currency)
                        .thenComparing(VehicleExpenseStore.Total::category))
                .forEach(t -> grouped.computeIfAbsent(t.currency(), k -> new ArrayList<>()).add(t));
        List<CurrencyTotal> result = new ArrayList<>();
        grouped.forEach((currency, rows) -> result.add(new CurrencyTotal(currency,
                rows.stream().map(VehicleExpenseStore.Total::net).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(VehicleExpenseStore.Total::vat).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(VehicleExpenseStore.Total::gross).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().mapToLong(VehicleExpenseStore.Total::count).sum(),
                rows.stream().map(t -> new CategoryTotal(t.category(), t.net(), t.vat(), t.gross(), t.count())).toList())));
        return result;
    }
}
