package dev.opsuite.fleet.costs.application.service;


import dev.opsuite.fleet.costs.application.port.in.BookVehicleExpenseUseCase;
import dev.opsuite.fleet.costs.application.port.in.FindVehicleCostsQuery;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.domain.Result;
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
class VehicleExpenseService implements RecordVehicleExpenseUseCase, BookVehicleExpenseUseCase, FindVehicleCostsQuery {

    static final String WHAT = "vehicle-expense";

    private final VehicleExpenseStore expenses;
    private final FindVehiclesQuery vehicles;
    private final EventPublisher events;
    private final Clock clock;

    VehicleExpenseService(VehicleExpenseStore expenses, FindVehiclesQuery vehicles, EventPublisher events, Clock clock) {
        this.expenses = expenses;
        this.vehicles = vehicles;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<VehicleExpense> record(RecordVehicleExpenseCommand c) {
        Actor actor = c.actor();
        Instant now = clock.instant();
        Cost amount = Rejection.orThrow(c.amount().compute(""));
        return vehicles.find(actor.tenantId(), c.vehicleId()).chain(found -> {
            Vehicle vehicle = found.orElseThrow(() -> Rejection.unprocessable("vehicle-not-found", "vehicleId",
                    "No vehicle " + c.vehicleId() + " in this business.").toException());
            VehicleExpense expense = Rejection.orThrow(VehicleExpense.record(UUID.randomUUID(), actor.tenantId(),
                    new VehicleExpense.Entry(c.vehicleId(), c.category(), c.description(), c.incurredOn(), amount, c.supplier(),
                            c.invoiceReference()), LocalDate.ofInstant(now, ZoneOffset.UTC), actor.userId(), now));
            return add(expense, vehicle);
        });
    }

    @Override
    public Uni<VehicleExpense> book(VehicleExpense expense) {
        return vehicles.find(expense.tenantId(), expense.entry().vehicleId())
                .map(found -> found.orElseThrow(Rejection.missing("vehicle", expense.entry().vehicleId())))
                .chain(vehicle -> add(expense, vehicle));
    }

    private Uni<VehicleExpense> add(VehicleExpense expense, Vehicle vehicle) {
        Result.Accepted<VehicleExpense> booked = Rejection.accepted(expense.book(vehicle.registrationNumber()));
        return expenses.add(expense).call(() -> events.publish(booked.events()));
    }

    @Override
    @WithSession
    public Uni<List<CurrencyTotal>> fleetCosts(String tenantId, LocalDate from, LocalDate to) {
        return expenses.totals(tenantId, null, from, to).map(VehicleExpenseService::byCurrency);
    }

    @Override
    @WithSession
    public Uni<VehicleExpense> expense(String tenantId, UUID id) {
        return expenses.find(tenantId, id).map(expense -> expense.orElseThrow(Rejection.missing(WHAT, id)));
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
    private static List<CurrencyTotal> byCurrency(List<VehicleExpenseStore.Total> totals) {
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
