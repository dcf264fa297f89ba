package dev.opsuite.fleet.service.application.service;

import dev.opsuite.fleet.service.application.port.in.FindServiceRequestsQuery;
import dev.opsuite.fleet.service.application.port.in.OpenServiceRequestUseCase;
import dev.opsuite.fleet.service.application.port.in.PerformServiceUseCase;
import dev.opsuite.fleet.service.application.port.in.PlanServiceRequestUseCase;
import dev.opsuite.fleet.service.application.port.out.ServiceProviderStore;
import dev.opsuite.fleet.service.application.port.out.ServiceRequestStore;
import dev.opsuite.fleet.service.application.port.out.ServiceRuleStore;
import dev.opsuite.fleet.costs.application.port.in.BookVehicleExpenseUseCase;
import dev.opsuite.fleet.costs.domain.ExpenseCategory;
import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase.VehicleWorkCommand;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.fleet.service.domain.ServiceProvider;
import dev.opsuite.fleet.service.domain.ServiceRequest;
import dev.opsuite.fleet.service.domain.ServiceRule;
import dev.opsuite.fleet.service.domain.ServiceRequestStatus;
import dev.opsuite.fleet.vehicles.domain.Vehicle;
import dev.opsuite.fleet.costs.domain.VehicleExpense;
import dev.opsuite.fleet.service.domain.Workshop;
import dev.opsuite.support.domain.Result;
import dev.opsuite.support.application.DocumentNumbering;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
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
import java.util.function.Function;

/**
 * Service requests from opening to completion. Every change that moves the vehicle locks the vehicle
 * row first, so two requests of one vehicle never start (or end) at once; the request's version guards
 * against lost updates of the request itself.
 */
@ApplicationScoped
class ServiceRequestService implements OpenServiceRequestUseCase, PlanServiceRequestUseCase, PerformServiceUseCase,
        FindServiceRequestsQuery {

    static final String WHAT = "service-request";
    static final String NUMBER_PREFIX = "SR";
    static final String INTERNAL_WORKSHOP = "Internal workshop";

    private final ServiceRequestStore requests;
    private final FindVehiclesQuery vehicles;
    private final ChangeVehicleStatusUseCase vehicleStatus;
    private final ServiceProviderStore providers;
    private final ServiceRuleStore rules;
    private final BookVehicleExpenseUseCase expenses;
    private final References references;
    private final EventPublisher events;
    private final DocumentNumbering numbers;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    ServiceRequestService(ServiceRequestStore requests, FindVehiclesQuery vehicles, ChangeVehicleStatusUseCase vehicleStatus,
            ServiceProviderStore providers, ServiceRuleStore rules, BookVehicleExpenseUseCase expenses, References references,
            EventPublisher events, DocumentNumbering numbers, Clock clock) {
        this.requests = requests;
        this.vehicles = vehicles;
        this.vehicleStatus = vehicleStatus;
        this.providers = providers;
        this.rules = rules;
        this.expenses = expenses;
        this.references = references;
        this.events = events;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<ServiceRequest> open(OpenServiceRequestCommand command) {
        Actor actor = command.actor();
        ServiceRequest.Opening o = command.opening();
        Instant now = clock.instant();
        return references.vehicle(actor.tenantId(), o.vehicleId(), "vehicleId").chain(vehicle ->
                references.activeProvider(actor.tenantId(), o.providerId(), "providerId")
                        .chain(() -> references.ruleOf(actor.tenantId(), o.vehicleId(), o.serviceRuleId(), "serviceRuleId"))
                        .chain(() -> numbers.next(actor.tenantId(), NUMBER_PREFIX, now.atZone(ZoneOffset.UTC).getYear()))
                        .map(number -> Rejection.orThrow(ServiceRequest.open(UUID.randomUUID(), actor.tenantId(), number, o,
                                actor.userId(), now)))
                        .chain(requests::add)
                        .call(request -> events.publish(request.opened(vehicle.registrationNumber()))));
    }

    @Override
    @WithTransaction
    public Uni<ServiceRequest> assignWorkshop(AssignWorkshopCommand command) {
        Actor actor = command.actor();
        return references.activeProvider(actor.tenantId(), command.providerId(), "providerId")
                .chain(() -> change(actor, command.serviceRequestId(), command.expectedVersion(),
                        request -> request.assignWorkshop(command.workshop(), command.providerId(), actor.userId(), clock.instant())));
    }

    @Override
    @WithTransaction
    public Uni<ServiceRequest> schedule(ScheduleServiceCommand command) {
        Actor actor = command.actor();
        return change(actor, command.serviceRequestId(), command.expectedVersion(),
                request -> request.schedule(command.scheduledOn(), actor.userId(), clock.instant()));
    }

    private Uni<ServiceRequest> change(Actor actor, UUID id, Long expectedVersion,
            Function<ServiceRequest, Result<ServiceRequest>> change) {
        return load(actor.tenantId(), id, expectedVersion)
                .map(request -> Rejection.orThrow(change.apply(request)))
                .chain(requests::save);
    }

    @Override
    @WithTransaction
    public Uni<ServiceRequest> start(StartServiceCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        return load(actor.tenantId(), command.serviceRequestId(), command.expectedVersion()).chain(request ->
                vehicle(actor.tenantId(), request.vehicleId()).chain(vehicle -> {
                    Result.Accepted<ServiceRequest> started = Rejection.accepted(request.start(actor.userId(), now));
                    return requests.save(request)
                            .call(() -> events.publish(started.events()))
                            .call(saved -> vehicleStatus.enterService(new VehicleWorkCommand(actor, vehicle.id(),
                                    "Service request " + request.number() + " started")));
                }));
    }

    @Override
    @WithTransaction
    public Uni<ServiceRequest> complete(CompleteServiceCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Cost cost = command.cost() == null ? null : Rejection.orThrow(command.cost().compute("cost."));
        UUID expenseId = UUID.randomUUID();
        return load(actor.tenantId(), command.serviceRequestId(), command.expectedVersion()).chain(request ->
                vehicle(actor.tenantId(), request.vehicleId()).chain(locked -> {
                    Result.Accepted<ServiceRequest> completed = Rejection.accepted(request.complete(new ServiceRequest.Completion(
                            command.workDone(), cost, command.invoiceReference(), command.odometerKm()), expenseId,
                            actor.userId(), now));
                    // The vehicle leaves service with the reading the mechanic took, if any: one write of the vehicle.
                    return vehicleStatus.leaveService(new VehicleWorkCommand(actor, locked.id(),
                                    "Service request " + request.number() + " completed", command.odometerKm()))
                            .map(moved -> moved.orElse(locked))
                            .chain(vehicle -> requests.save(request)
                                    .call(saved -> logExpense(saved, vehicle, today))
                                    .call(saved -> restartRule(saved, vehicle, today, actor, now))
                                    .call(() -> events.publish(completed.events())));
                }));
    }

    /** The request's vehicle, locked until the transaction ends: moves of one vehicle queue. */
    private Uni<Vehicle> vehicle(String tenantId, UUID vehicleId) {
        return vehicles.findForUpdate(tenantId, vehicleId).map(found -> found.orElseThrow(
                Rejection.missing("vehicle", vehicleId)));
    }

    /** A cost becomes the vehicle's INTERNAL_SERVICE or EXTERNAL_SERVICE expense, in this transaction. */
    private Uni<?> logExpense(ServiceRequest request, Vehicle vehicle, LocalDate completedOn) {
        if (request.expenseId() == null) {
            return Uni.createFrom().voidItem();
        }
        Uni<String> supplier = request.workshop() == Workshop.INTERNAL ? Uni.createFrom().item(INTERNAL_WORKSHOP)
                : providers.find(request.tenantId(), request.providerId()).map(p -> p.map(ServiceProvider::name).orElse(null));
        return supplier.map(name -> expenseOf(request, name, completedOn)).chain(expenses::book);
    }

    /** The cost of a completed service: INTERNAL_SERVICE or EXTERNAL_SERVICE by its workshop, on the day it was completed. */
    static VehicleExpense expenseOf(ServiceRequest request, String supplier, LocalDate completedOn) {
        return VehicleExpense.logged(request.expenseId(), request.tenantId(), new VehicleExpense.Entry(request.vehicleId(),
                request.workshop() == Workshop.INTERNAL ? ExpenseCategory.INTERNAL_SERVICE : ExpenseCategory.EXTERNAL_SERVICE,
                request.number() + ": " + request.workDone(), completedOn, request.cost(), supplier,
                request.invoiceReference()), request.id(), request.completedBy(), request.completedAt());
    }

    /** The rule the request was made for counts again from the mileage and day of completion. */
    private Uni<?> restartRule(ServiceRequest request, Vehicle vehicle, LocalDate completedOn, Actor actor, Instant now) {
        if (request.serviceRuleId() == null) {
            return Uni.createFrom().voidItem();
        }
        return rules.find(request.tenantId(), request.serviceRuleId()).chain(found -> found.filter(ServiceRule::active)
                .map(rule -> {
                    rule.serviced(vehicle.odometerKm(), completedOn, actor.userId(), now);
                    return rules.save(rule).replaceWithVoid();
                })
                .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    @Override
    @WithTransaction
    public Uni<ServiceRequest> cancel(CancelServiceRequestCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        return load(actor.tenantId(), command.serviceRequestId(), command.expectedVersion()).chain(request ->
                vehicle(actor.tenantId(), request.vehicleId()).chain(vehicle -> {
                    Result.Accepted<ServiceRequestStatus> cancelled = Rejection.accepted(request.cancel(command.reason(),
                            actor.userId(), now));
                    ServiceRequestStatus previous = cancelled.value();
                    return requests.save(request)
                            .call(() -> events.publish(cancelled.events()))
                            .call(() -> previous != ServiceRequestStatus.IN_PROGRESS ? Uni.createFrom().voidItem()
                                    : vehicleStatus.leaveService(new VehicleWorkCommand(actor, vehicle.id(),
                                            "Service request " + request.number() + " cancelled")));
                }));
    }

    private Uni<ServiceRequest> load(String tenantId, UUID id, Long expectedVersion) {
        return requests.find(tenantId, id).map(found -> {
            var request = found.orElseThrow(Rejection.missing(WHAT, id));
            Rejection.requireVersion(expectedVersion, request.version());
            return request;
        });
    }

    @Override
    @WithSession
    public Uni<ServiceRequest> serviceRequest(String tenantId, UUID id) {
        return requests.find(tenantId, id).map(request -> request.orElseThrow(Rejection.missing(WHAT, id)));
    }

    @Override
    @WithSession
    public Uni<Page<ServiceRequest>> serviceRequests(String tenantId, ServiceRequestFilter filter, PageRequest page) {
        return requests.list(tenantId, filter, page);
    }

    @Override
    @WithSession
    public Uni<java.util.Map<ServiceRequestStatus, Long>> countOpen(String tenantId) {
        return requests.countOpen(tenantId);
    }
}
