package dev.opsuite.fleet.fines.application.service;

import dev.opsuite.fleet.ledger.application.port.in.BookDriverTransactionUseCase;
import dev.opsuite.fleet.ledger.application.port.in.BookOrderCostUseCase;
import dev.opsuite.fleet.trips.application.port.in.FindDriverAtQuery;

import dev.opsuite.fleet.fines.application.port.in.FindFinesQuery;
import dev.opsuite.fleet.fines.application.port.in.RecordFineUseCase;
import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.fines.application.port.out.FineStore;
import dev.opsuite.fleet.costs.application.port.in.BookVehicleExpenseUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.drivers.domain.Driver;
import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.fleet.ledger.domain.DriverTransactionKind;
import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.fines.domain.Fine;
import dev.opsuite.fleet.ledger.domain.LedgerSource;
import dev.opsuite.fleet.ledger.domain.OrderCost;
import dev.opsuite.fleet.ledger.domain.OrderCostKind;
import dev.opsuite.fleet.kernel.VatMode;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.fleet.trips.domain.DrivingPeriod;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Fines from letter to driver (seed 004). One transaction records the fine, its FINE expense on the
 * vehicle and, when the driving record names the driver, the driver's deduction and the order's cost;
 * a manual attribution later books the same. The vehicle expense is booked whether or not a driver is found.
 */
@ApplicationScoped
class FineService implements RecordFineUseCase, FindFinesQuery {

    static final String WHAT = "fine";

    private final FineStore fines;
    private final FindVehiclesQuery vehicles;
    private final FindDriversQuery drivers;
    private final BookVehicleExpenseUseCase expenses;
    private final FindDriverAtQuery drivingRecord;
    private final BookDriverTransactionUseCase ledger;
    private final BookOrderCostUseCase orderCosts;
    private final EventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    FineService(FineStore fines, FindVehiclesQuery vehicles, FindDriversQuery drivers, BookVehicleExpenseUseCase expenses,
            FindDriverAtQuery drivingRecord, BookDriverTransactionUseCase ledger, BookOrderCostUseCase orderCosts,
            EventPublisher events, Clock clock) {
        this.fines = fines;
        this.vehicles = vehicles;
        this.drivers = drivers;
        this.expenses = expenses;
        this.drivingRecord = drivingRecord;
        this.ledger = ledger;
        this.orderCosts = orderCosts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Fine> record(RecordFineCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        Fine.Letter letter = command.letter();
        return vehicles.find(actor.tenantId(), letter.vehicleId()).chain(found -> {
            Vehicle vehicle = found.orElseThrow(() -> Rejection.unprocessable("vehicle-not-found", "vehicleId",
                    "No vehicle " + letter.vehicleId() + " in this business.").toException());
            Fine fine = Rejection.orThrow(Fine.record(UUID.randomUUID(), actor.tenantId(), letter, UUID.randomUUID(),
                    actor.userId(), now));
            return bookExpense(fine, vehicle, actor, now)
                    .chain(() -> drivingRecord.periodAt(actor.tenantId(), vehicle.id(), fine.committedAt()))
                    .chain(period -> period.isEmpty()
                            ? fines.add(fine).call(saved -> events.publish(saved.recorded(vehicle.registrationNumber())))
                            : drivers.find(actor.tenantId(), period.get().driverId()).map(d -> d.orElseThrow(
                                    Rejection.missing("driver", period.get().driverId()))).chain(driver ->
                                    charge(fine, charge(period.get()), actor, now)
                                            .chain(() -> fines.add(fine))
                                            .call(saved -> events.publish(saved.recorded(vehicle.registrationNumber()),
                                                    saved.attributed(driver.employeeNumber())))));
        });
    }

    @Override
    @WithTransaction
    public Uni<Fine> attribute(AttributeFineCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        return fines.findForUpdate(actor.tenantId(), command.fineId()).chain(held -> {
            var fine = held.orElseThrow(Rejection.missing(WHAT, command.fineId()));
            Rejection.requireVersion(command.expectedVersion(), fine.version());
            return drivers.find(actor.tenantId(), command.driverId()).chain(found -> {
                Driver driver = found.orElseThrow(() -> Rejection.unprocessable("driver-not-found", "driverId",
                        "No driver " + command.driverId() + " in this business.").toException());
                return charge(fine, Fine.Charge.manual(driver.id(), command.orderReference()), actor, now)
                        .chain(() -> fines.save(fine))
                        .call(saved -> events.publish(saved.attributed(driver.employeeNumber())));
            });
        });
    }

    /** The driver the driving record names for the moment of the offense, and where it has them from. */
    private static Fine.Charge charge(DrivingPeriod p) {
        return Fine.Charge.fromDrivingRecord(p.driverId(), p.source(), p.sourceId(), p.sourceNumber(), p.orderReference());
    }

    /** The vehicle's FINE expense, VAT exempt, dated the day of the offense: "Fine: 500 CZK (Speeding)". */
    private Uni<VehicleExpense> bookExpense(Fine fine, Vehicle vehicle, Actor actor, Instant now) {
        Cost cost = Rejection.orThrow(Cost.compute("", fine.currency(), VatMode.EXEMPT, fine.amount(), null, null));
        VehicleExpense expense = Rejection.orThrow(VehicleExpense.record(fine.vehicleExpenseId(), actor.tenantId(),
                new VehicleExpense.Entry(vehicle.id(), ExpenseCategory.FINE, fine.vehicleText(),
                        Fine.committedDay(fine.committedAt()), cost, fine.issuingAuthority(), fine.reference()),
                LocalDate.ofInstant(now, ZoneOffset.UTC), actor.userId(), now));
        return expenses.book(expense);
    }

    /**
     * Attributes the fine and books, in the caller's transaction, the driver's FINE_DEDUCTION (-amount) and,
     * when there is an order, the order's FINE cost.
     */
    private Uni<Fine> charge(Fine fine, Fine.Charge charge, Actor actor, Instant now) {
        Rejection.orThrow(fine.attribute(charge, actor.userId(), now));
        return ledger.book(actor, new DriverTransaction.Entry(fine.driverId(), DriverTransactionKind.FINE_DEDUCTION,
                        fine.amount().negate(), fine.currency(), fine.driverText(), fine.orderReference(), LedgerSource.FINE,
                        fine.id()))
                .chain(transaction -> {
                    if (fine.orderReference() == null) {
                        fine.booked(transaction.id(), null);
                        return Uni.createFrom().item(fine);
                    }
                    return orderCosts.book(actor, new OrderCost.Entry(fine.orderReference(), OrderCostKind.FINE,
                                    fine.amount(), fine.currency(), fine.orderText(), fine.vehicleId(), fine.driverId(),
                                    LedgerSource.FINE, fine.id()))
                            .map(cost -> {
                                fine.booked(transaction.id(), cost.id());
                                return fine;
                            });
                });
    }

    @Override
    @WithSession
    public Uni<Fine> fine(String tenantId, UUID id) {
        return fines.find(tenantId, id).map(fine -> fine.orElseThrow(Rejection.missing(WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<Page<Fine>> fines(String tenantId, FineFilter filter, PageRequest page) {
        return fines.list(tenantId, filter, page);
    }
}
