package dev.opsuite.fleet.accidents.application.service;

import dev.opsuite.fleet.ledger.application.port.in.BookDriverTransactionUseCase;
import dev.opsuite.fleet.ledger.application.port.in.BookOrderCostUseCase;

import dev.opsuite.fleet.accidents.application.port.in.FindAccidentsQuery;
import dev.opsuite.fleet.accidents.application.port.in.InsuranceClaimUseCase;
import dev.opsuite.fleet.accidents.application.port.in.ReportAccidentUseCase;
import dev.opsuite.fleet.accidents.application.port.in.SettleAccidentUseCase;
import dev.opsuite.fleet.accidents.application.port.out.AccidentPhotoStore;
import dev.opsuite.fleet.accidents.application.port.out.AccidentStore;
import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.trailers.application.port.in.FindTrailersQuery;
import dev.opsuite.fleet.costs.application.port.in.BookVehicleExpenseUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase.VehicleWorkCommand;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.fleet.accidents.domain.AccidentPhoto;
import dev.opsuite.fleet.accidents.domain.AccidentSplit;
import dev.opsuite.fleet.accidents.domain.ClaimStatus;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.fleet.ledger.domain.DriverTransactionKind;
import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.ledger.domain.LedgerSource;
import dev.opsuite.fleet.kernel.Money;
import dev.opsuite.fleet.ledger.domain.OrderCost;
import dev.opsuite.fleet.ledger.domain.OrderCostKind;
import dev.opsuite.support.domain.ImageType;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.application.DocumentNumbering;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.fleet.accidents.domain.InsuranceClaim;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Accidents from the driver's call to the settled repair. Reporting and settling lock the vehicle row
 * (as service requests do); every change of an accident locks the accident row first, so two repair
 * completions (or two photo uploads at the 20th photo) queue and the second sees the first.
 */
@ApplicationScoped
class AccidentService implements ReportAccidentUseCase, InsuranceClaimUseCase, SettleAccidentUseCase, FindAccidentsQuery {

    static final String WHAT = "accident";
    static final String NUMBER_PREFIX = "ACC";

    private final AccidentStore accidents;
    private final AccidentPhotoStore photos;
    private final FindVehiclesQuery vehicles;
    private final ChangeVehicleStatusUseCase vehicleStatus;
    private final FindDriversQuery drivers;
    private final FindTrailersQuery trailers;
    private final BookVehicleExpenseUseCase expenses;
    private final BookDriverTransactionUseCase ledger;
    private final BookOrderCostUseCase orderCosts;
    private final EventPublisher events;
    private final DocumentNumbering numbers;
    private final AccidentsConfig config;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    AccidentService(AccidentStore accidents, AccidentPhotoStore photos, FindVehiclesQuery vehicles,
            ChangeVehicleStatusUseCase vehicleStatus, FindDriversQuery drivers, FindTrailersQuery trailers,
            BookVehicleExpenseUseCase expenses, BookDriverTransactionUseCase ledger, BookOrderCostUseCase orderCosts,
            EventPublisher events, DocumentNumbering numbers, AccidentsConfig config, Clock clock) {
        this.accidents = accidents;
        this.photos = photos;
        this.vehicles = vehicles;
        this.vehicleStatus = vehicleStatus;
        this.drivers = drivers;
        this.trailers = trailers;
        this.expenses = expenses;
        this.ledger = ledger;
        this.orderCosts = orderCosts;
        this.events = events;
        this.numbers = numbers;
        this.config = config;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Accident> report(ReportAccidentCommand command) {
        Actor actor = command.actor();
        Accident.Report r = command.report();
        Instant now = clock.instant();
        String tenant = actor.tenantId();
        return drivers.find(tenant, r.driverId()).chain(driver -> {
            if (driver.isEmpty()) {
                throw Rejection.unprocessable("driver-not-found", "driverId", "No driver " + r.driverId() + " in this business.")
                        .toException();
            }
            return r.trailerId() == null ? Uni.createFrom().voidItem() : trailers.find(tenant, r.trailerId()).invoke(t -> {
                if (t.isEmpty()) {
                    throw Rejection.unprocessable("trailer-not-found", "trailerId", "No trailer " + r.trailerId()
                            + " in this business.").toException();
                }
            }).replaceWithVoid();
        }).chain(() -> vehicles.findForUpdate(tenant, r.vehicleId())).chain(found -> {
            Vehicle vehicle = found.orElseThrow(() -> Rejection.unprocessable("vehicle-not-found", "vehicleId",
                    "No vehicle " + r.vehicleId() + " in this business.").toException());
            return numbers.next(tenant, NUMBER_PREFIX, now.atZone(ZoneOffset.UTC).getYear()).chain(number -> {
                Accident accident = Rejection.orThrow(Accident.report(UUID.randomUUID(), tenant, number, r, actor.userId(), now));
                return accidents.add(accident)
                        .call(saved -> events.publish(saved.reported(vehicle.registrationNumber())))
                        .call(() -> vehicleStatus.enterRepair(new VehicleWorkCommand(actor, vehicle.id(),
                                "Accident " + number + " reported")));
            });
        });
    }

    @Override
    @WithTransaction
    public Uni<Accident> amend(AmendAccidentCommand command) {
        Actor actor = command.actor();
        return load(actor.tenantId(), command.accidentId(), command.expectedVersion())
                .map(accident -> Rejection.orThrow(accident.amend(command.amendment(), actor.userId(), clock.instant())))
                .chain(accidents::save);
    }

    @Override
    @WithTransaction
    public Uni<AccidentPhoto> addPhoto(AddPhotoCommand command) {
        Actor actor = command.actor();
        AccidentsConfig limits = config;
        if (command.size() > limits.photoMaxBytes()) {
            throw Rejection.tooLarge("photo-too-large", "file", "A photo has at most " + limits.photoMaxBytes()
                    + " bytes; this one has " + command.size() + ".").toException();
        }
        if (command.size() == 0) {
            throw Rejection.unprocessable("photo-empty", "file", "The photo is empty.").toException();
        }
        return load(actor.tenantId(), command.accidentId(), null)
                .chain(accident -> photos.count(actor.tenantId(), accident.id()))
                .chain(count -> {
                    if (count >= limits.maxPhotos()) {
                        throw Rejection.unprocessable("too-many-photos", "file", "An accident keeps at most "
                                + limits.maxPhotos() + " photos.").toException();
                    }
                    return command.content();
                })
                .chain(content -> {
                    ImageType type = ImageType.detect(content).orElseThrow(() -> Rejection.unsupportedType(
                            "unsupported-photo-type", "file", "A photo is a JPEG, PNG or HEIC image (recognised by its content, "
                                    + "not its name or declared type).").toException());
                    AccidentPhoto photo = new AccidentPhoto(UUID.randomUUID(), actor.tenantId(), command.accidentId(), type,
                            content.length, sha256(content), filename(command.originalFilename()), actor.userId(),
                            clock.instant());
                    return photos.add(photo, content);
                });
    }

    @Override
    @WithTransaction
    public Uni<Accident> file(FileClaimCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        return load(actor.tenantId(), command.accidentId(), command.expectedVersion()).chain(accident -> {
            Result.Accepted<InsuranceClaim> filed = Rejection.accepted(accident.fileClaim(command.claimNumber(),
                    command.insurer(), actor.userId(), now));
            return accidents.save(accident).call(() -> events.publish(filed.events()));
        });
    }

    @Override
    @WithTransaction
    public Uni<Accident> change(ChangeClaimCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        return load(actor.tenantId(), command.accidentId(), command.expectedVersion()).chain(accident -> {
            Result<ClaimStatus> previous = switch (command.action()) {
                case APPROVE -> accident.approveClaim(command.approvedAmount(), command.currency(), actor.userId(), now);
                case REJECT -> accident.rejectClaim(command.reason(), actor.userId(), now);
                case PAY -> accident.claimPaid(actor.userId(), now);
            };
            Result.Accepted<ClaimStatus> changed = Rejection.accepted(previous);
            return accidents.save(accident).call(() -> events.publish(changed.events()));
        });
    }

    @Override
    @WithTransaction
    public Uni<Accident> completeRepair(CompleteRepairCommand c) {
        Actor actor = c.actor();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Cost invoice = Rejection.orThrow(c.repairInvoice().compute("repairInvoice."));
        UUID expenseId = UUID.randomUUID();
        return load(actor.tenantId(), c.accidentId(), c.expectedVersion()).chain(accident -> {
            AccidentSplit split = Rejection.orThrow(accident.settle(new Accident.RepairCompletion(invoice, c.supplier(),
                    c.invoiceReference(), c.insurerShare(), c.driverDeductible(), c.completedOn()), expenseId, today,
                    actor.userId(), now));
            return vehicles.findForUpdate(actor.tenantId(), accident.vehicleId())
                    .map(found -> found.orElseThrow(Rejection.missing("vehicle", accident.vehicleId()))).chain(vehicle ->
                    accidents.countOpen(actor.tenantId(), vehicle.id(), accident.id()).chain(otherOpen -> {
                        VehicleExpense expense = VehicleExpense.logged(expenseId, actor.tenantId(),
                                new VehicleExpense.Entry(vehicle.id(), ExpenseCategory.REPAIR,
                                        accident.number() + ": accident repair", c.completedOn(), invoice,
                                        accident.settlement().supplier(), accident.settlement().invoiceReference()),
                                null, actor.userId(), now);
                        return expenses.book(expense)
                                .chain(() -> accidents.save(accident))
                                .chain(saved -> chargeOrder(actor, saved, split)
                                        .chain(orderCost -> deductFromDriver(actor, saved, split)
                                                .call(deductible -> events.publish(saved.costsSettled(
                                                        orderCost == null ? null : orderCost.id(),
                                                        deductible == null ? null : deductible.id()))))
                                        .replaceWith(saved))
                                .call(() -> otherOpen > 0 ? Uni.createFrom().voidItem()
                                        : vehicleStatus.leaveRepair(new VehicleWorkCommand(actor, vehicle.id(),
                                                "Accident " + accident.number() + " repaired")));
                    }));
        });
    }

    /** The company's share lowers the order's profitability (none without an order or a share). */
    private Uni<OrderCost> chargeOrder(Actor actor, Accident a, AccidentSplit split) {
        if (a.orderReference() == null || split.companyShare().signum() == 0) {
            return Uni.createFrom().nullItem();
        }
        return orderCosts.book(actor, new OrderCost.Entry(a.orderReference(), OrderCostKind.ACCIDENT, split.companyShare(),
                split.currency(), "Accident expense: " + Money.format(split.companyShare(), split.currency()) + " ("
                        + a.number() + ")", a.vehicleId(), a.driverId(), LedgerSource.ACCIDENT, a.id()));
    }

    /** The driver's deductible is recovered from salary: a negative entry in the current pay period. */
    private Uni<DriverTransaction> deductFromDriver(Actor actor, Accident a, AccidentSplit split) {
        if (split.driverDeductible().signum() == 0) {
            return Uni.createFrom().nullItem();
        }
        BigDecimal amount = split.driverDeductible().negate();
        return ledger.book(actor, new DriverTransaction.Entry(a.driverId(), DriverTransactionKind.ACCIDENT_DEDUCTIBLE, amount,
                split.currency(), "Accident deductible: " + Money.format(amount, split.currency()) + " (" + a.number()
                        + (a.orderReference() == null ? "" : ", Order " + a.orderReference()) + ")",
                a.orderReference(), LedgerSource.ACCIDENT, a.id()));
    }


    private Uni<Accident> load(String tenantId, UUID id, Long expectedVersion) {
        return accidents.findForUpdate(tenantId, id).map(found -> {
            var accident = found.orElseThrow(Rejection.missing(WHAT, id));
            Rejection.requireVersion(expectedVersion, accident.version());
            return accident;
        });
    }

    @Override
    @WithSession
    public Uni<Accident> accident(String tenantId, UUID id) {
        return accidents.find(tenantId, id).map(a -> a.orElseThrow(Rejection.missing(WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<Page<Accident>> accidents(String tenantId, AccidentFilter filter, PageRequest page) {
        return accidents.search(tenantId, filter, page);
    }

    @Override
    @WithSession
    public Uni<List<AccidentPhoto>> photos(String tenantId, UUID accidentId) {
        return accidents.find(tenantId, accidentId).chain(found -> {
            var a = found.orElseThrow(Rejection.missing(WHAT, accidentId));
            return photos.of(tenantId, accidentId);
        });
    }

    @Override
    @WithSession
    public Uni<PhotoContent> photo(String tenantId, UUID accidentId, UUID photoId) {
        return photos.of(tenantId, accidentId).chain(list -> {
            AccidentPhoto photo = list.stream().filter(p -> p.id().equals(photoId)).findFirst()
                    .orElseThrow(Rejection.missing("photo", photoId));
            return photos.content(tenantId, accidentId, photoId).map(bytes -> new PhotoContent(photo, bytes));
        });
    }

    private static String filename(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        return stripped.length() > 255 ? stripped.substring(0, 255) : stripped;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
