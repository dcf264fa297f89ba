package dev.opsuite.fleet.ledger.application.port.in;

import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.fleet.ledger.domain.DriverTransactionKind;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads the drivers' ledger of the caller's tenant: one driver's pay period, the whole list, the payroll export. */
public interface FindDriverTransactionsQuery {

    /** Optional filters; null (or empty) matches everything. */
    record TransactionFilter(YearMonth payPeriod, UUID driverId, Set<DriverTransactionKind> kinds) {
    }

    /** What one currency's entries add up to (amounts of different currencies are never added). */
    record CurrencyTotal(String currency, BigDecimal total, long count) {
    }

    /** A driver's entries of one pay period and their totals. */
    record DriverStatement(Driver driver, YearMonth payPeriod, List<DriverTransaction> transactions,
            List<CurrencyTotal> totals) {
    }

    /** An entry with the driver's number and name, as payroll reads it. */
    record ExportRow(DriverTransaction transaction, String employeeNumber, String driverName) {
    }

    /** {@code payPeriod} null is the current one (in the payroll time zone). */
    Uni<DriverStatement> statement(String tenantId, UUID driverId, YearMonth payPeriod);

    Uni<Page<DriverTransaction>> transactions(String tenantId, TransactionFilter filter, PageRequest page);

    Uni<List<ExportRow>> export(String tenantId, YearMonth payPeriod);
}
