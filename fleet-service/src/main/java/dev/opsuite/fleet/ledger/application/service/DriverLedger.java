package dev.opsuite.fleet.ledger.application.service;


import dev.opsuite.fleet.ledger.application.port.in.BookDriverTransactionUseCase;
import dev.opsuite.fleet.ledger.application.port.in.FindDriverTransactionsQuery;
import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.ledger.application.port.out.DriverTransactionStore;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * The drivers' salary-relevant ledger (the seed's {@code driver_transactions}). Fines and accidents book
 * into it with {@link #book}; payroll reads a pay period per driver or as a CSV export.
 */
@ApplicationScoped
class DriverLedger implements FindDriverTransactionsQuery, BookDriverTransactionUseCase {

    private final DriverTransactionStore transactions;
    private final FindDriversQuery drivers;
    private final EventPublisher events;
    private final PayrollConfig config;
    private final Clock clock;

    DriverLedger(DriverTransactionStore transactions, FindDriversQuery drivers, EventPublisher events, PayrollConfig config,
            Clock clock) {
        this.transactions = transactions;
        this.drivers = drivers;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Books {@code entry} in the current pay period and appends {@code driver-transaction-recorded}.
     * Runs inside the caller's transaction ({@code @WithTransaction} of the fine or accident use case), so
     * the entry commits or rolls back with its source. A driver of another business is a 422 on
     * driverId; a second entry of one kind for one source a 409 on sourceId.
     */
    @Override
    public Uni<DriverTransaction> book(Actor actor, DriverTransaction.Entry entry) {
        DriverTransaction transaction = Rejection.orThrow(DriverTransaction.book(UUID.randomUUID(), actor.tenantId(), entry,
                config.timeZone(), actor.userId(), clock.instant()));
        return drivers.find(actor.tenantId(), entry.driverId()).chain(found -> {
            Driver driver = found.orElseThrow(() -> Rejection.unprocessable("driver-not-found", "driverId",
                    "No driver " + entry.driverId() + " in this business.").toException());
            return transactions.add(transaction).call(saved -> events.publish(saved.recordedFor(driver.employeeNumber(),
                    driver.name())));
        });
    }

    /** The pay period of today in the payroll time zone. */
    public YearMonth currentPayPeriod() {
        return YearMonth.now(clock.withZone(config.timeZone()));
    }

    @Override
    @WithSession
    public Uni<DriverStatement> statement(String tenantId, UUID driverId, YearMonth payPeriod) {
        YearMonth period = payPeriod == null ? currentPayPeriod() : payPeriod;
        return drivers.find(tenantId, driverId).map(found -> found.orElseThrow(Rejection.missing("driver", driverId)))
                .chain(driver -> {
            return transactions.ofDriver(tenantId, driverId, period)
                    .map(rows -> new DriverStatement(driver, period, rows, totals(rows)));
        });
    }

    @Override
    @WithSession
    public Uni<Page<DriverTransaction>> transactions(String tenantId, TransactionFilter filter, PageRequest page) {
        return transactions.search(tenantId, filter, page);
    }

    @Override
    @WithSession
    public Uni<List<ExportRow>> export(String tenantId, YearMonth payPeriod) {
        return transactions.ofPeriod(tenantId, payPeriod).chain(rows -> drivers.findAll(tenantId,
                        rows.stream().map(t -> t.entry().driverId()).distinct().toList())
                .map(byId -> rows.stream().map(t -> {
                    Driver d = byId.get(t.entry().driverId());
                    return new ExportRow(t, d.employeeNumber(), d.name());
                }).sorted(Comparator.comparing((ExportRow r) -> r.employeeNumber())
                        .thenComparing(r -> r.transaction().envelope().createdAt())).toList()));
    }

    /** One total per currency, by currency code. */
    static List<CurrencyTotal> totals(List<DriverTransaction> rows) {
        Map<String, List<DriverTransaction>> byCurrency = new TreeMap<>();
        rows.forEach(t -> byCurrency.computeIfAbsent(t.entry().currency(), c -> new java.util.ArrayList<>()).add(t));
        return byCurrency.entrySet().stream().map(e -> new CurrencyTotal(e.getKey(),
                sum(e.getValue(), t -> t.entry().amount()), e.getValue().size())).toList();
    }

    static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> amount) {
        return rows.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
