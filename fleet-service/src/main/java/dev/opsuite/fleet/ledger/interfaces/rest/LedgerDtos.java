package dev.opsuite.fleet.ledger.interfaces.rest;

import dev.opsuite.fleet.ledger.application.port.in.FindDriverTransactionsQuery.CurrencyTotal;
import dev.opsuite.fleet.ledger.application.port.in.FindDriverTransactionsQuery.DriverStatement;
import dev.opsuite.fleet.ledger.application.port.in.FindDriverTransactionsQuery.ExportRow;
import dev.opsuite.fleet.ledger.application.port.in.FindOrderCostsQuery.OrderCostSheet;
import dev.opsuite.fleet.ledger.application.port.in.FindOrderCostsQuery.OrderCostTotal;
import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.fleet.ledger.domain.OrderCost;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.rest.CsvCells;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Response bodies of the driver ledger and order costs, and the payroll CSV. */
final class LedgerDtos {

    private LedgerDtos() {
    }

    record TransactionResponse(UUID id, UUID driverId, String kind, BigDecimal amount, String currency, String payPeriod,
            LocalDate bookedOn, String description, String orderReference, String sourceType, UUID sourceId,
            String recordedBy, Instant recordedAt) {

        static TransactionResponse of(DriverTransaction t) {
            DriverTransaction.Entry x = t.entry();
            return new TransactionResponse(t.id(), x.driverId(), x.kind().name(), x.amount(), x.currency(),
                    t.payPeriod().toString(), t.bookedOn(), x.description(), x.orderReference(), x.sourceType(), x.sourceId(),
                    t.envelope().createdBy(), t.envelope().createdAt());
        }
    }

    record TotalResponse(String currency, BigDecimal total, long count) {

        static TotalResponse of(CurrencyTotal t) {
            return new TotalResponse(t.currency(), t.total(), t.count());
        }
    }

    record StatementResponse(UUID driverId, String employeeNumber, String name, String payPeriod,
            List<TransactionResponse> transactions, List<TotalResponse> totals) {

        static StatementResponse of(DriverStatement s) {
            return new StatementResponse(s.driver().id(), s.driver().employeeNumber(), s.driver().name(),
                    s.payPeriod().toString(), s.transactions().stream().map(TransactionResponse::of).toList(),
                    s.totals().stream().map(TotalResponse::of).toList());
        }
    }

    record OrderCostResponse(UUID id, String orderReference, String kind, BigDecimal amount, String currency,
            String description, UUID vehicleId, UUID driverId, String sourceType, UUID sourceId, String recordedBy,
            Instant recordedAt) {

        static OrderCostResponse of(OrderCost c) {
            return new OrderCostResponse(c.id(), c.orderReference(), c.kind().name(), c.amount(), c.currency(),
                    c.description(), c.vehicleId(), c.driverId(), c.sourceType(), c.sourceId(), c.recordedBy(), c.recordedAt());
        }
    }

    /** Per currency: the costs (positive) and the order's profitability impact (negative). */
    record OrderCostTotalResponse(String currency, BigDecimal costs, BigDecimal profitImpact, long count) {

        static OrderCostTotalResponse of(OrderCostTotal t) {
            return new OrderCostTotalResponse(t.currency(), t.costs(), t.profitImpact(), t.count());
        }
    }

    record OrderCostSheetResponse(String orderReference, List<OrderCostResponse> costs, List<OrderCostTotalResponse> totals) {

        static OrderCostSheetResponse of(OrderCostSheet s) {
            return new OrderCostSheetResponse(s.orderReference(), s.costs().stream().map(OrderCostResponse::of).toList(),
                    s.totals().stream().map(OrderCostTotalResponse::of).toList());
        }
    }

    /** A pay period parameter (2025-10); a malformed one is a 400 naming it. */
    static YearMonth payPeriod(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.matches("[0-9]{4}-[0-9]{2}")) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw Rejection.invalid("malformed-parameter", "payPeriod",
                "payPeriod is a year and month like 2025-10; '" + value + "' is not.").toException();
    }

    static YearMonth requiredPayPeriod(String value) {
        YearMonth period = payPeriod(value);
        if (period == null) {
            throw Rejection.invalid("missing-parameter", "payPeriod", "Name the pay period, like payPeriod=2025-10.")
                    .toException();
        }
        return period;
    }

    static final List<String> CSV_HEADER = List.of("driverNumber", "driverName", "payPeriod", "bookedOn", "kind",
            "description", "orderReference", "amount", "currency");

    /**
     * The payroll export: RFC 4180 (CRLF, a header row, fields quoted when they hold a comma, quote or line break).
     * Text cells that a spreadsheet would run as a formula (a description starting with =) are neutralised; the
     * amount stays a number.
     */
    static String csv(List<ExportRow> rows) {
        StringBuilder out = new StringBuilder(CsvCells.line(CSV_HEADER));
        for (ExportRow r : rows) {
            DriverTransaction t = r.transaction();
            out.append(CsvCells.line(List.of(CsvCells.text(r.employeeNumber()), CsvCells.text(r.driverName()),
                    CsvCells.text(t.payPeriod().toString()), CsvCells.text(t.bookedOn().toString()),
                    CsvCells.text(t.entry().kind().name()), CsvCells.text(t.entry().description()),
                    CsvCells.text(t.entry().orderReference()), CsvCells.number(t.entry().amount()),
                    CsvCells.text(t.entry().currency()))));
        }
        return out.toString();
    }
}
