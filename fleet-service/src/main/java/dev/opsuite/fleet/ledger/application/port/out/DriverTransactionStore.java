package dev.opsuite.fleet.ledger.application.port.out;

import dev.opsuite.fleet.ledger.application.port.in.FindDriverTransactionsQuery.TransactionFilter;
import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Where drivers' ledger entries are kept. Every method is scoped to one tenant. */
public interface DriverTransactionStore {

    /** Inserts now: a second entry of one kind for one source fails here (409 on sourceId). */
    Uni<DriverTransaction> add(DriverTransaction transaction);

    /** One driver's entries of a pay period, oldest first. */
    Uni<List<DriverTransaction>> ofDriver(String tenantId, UUID driverId, YearMonth payPeriod);

    Uni<Page<DriverTransaction>> search(String tenantId, TransactionFilter filter, PageRequest page);

    /** Every entry of a pay period, by driver then oldest first (the payroll export). */
    Uni<List<DriverTransaction>> ofPeriod(String tenantId, YearMonth payPeriod);
}
