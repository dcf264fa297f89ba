package dev.opsuite.fleet.service.domain;

import dev.opsuite.fleet.kernel.Cost;

import dev.opsuite.support.domain.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A service request of a vehicle (seed 004, service management): planned or emergency, done by the
 * internal workshop or an external provider. REQUESTED until it has both a date and a workshop
 * (the internal one, or a chosen provider), then SCHEDULED; started (IN_PROGRESS), it is completed
 * with the work done and, optionally, its cost and invoice; or it is cancelled. The vehicle's own
 * status follows (the vehicle register's enterService and leaveService).
 */
public final class ServiceRequest {

    private final UUID id;
    private final String tenantId;
    private final String number;
    private final UUID vehicleId;
    private final ServiceRequestType type;
    private final ServicePriority priority;
    private Workshop workshop;
    private UUID providerId;
    private final ServiceLocation location;
    private final String issue;
    private LocalDate scheduledOn;
    private final UUID serviceRuleId;
    private ServiceRequestStatus status;
    private String workDone;
    private Cost cost;
    private String invoiceReference;
    private Long odometerKm;
    private UUID expenseId;
    private String startedBy;
    private Instant startedAt;
    private String completedBy;
    private Instant completedAt;
    private String cancelledBy;
    private Instant cancelledAt;
    private String cancelReason;
    private final String createdBy;
    private final Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private final long version;

    /** Everything a request carries, as stored. */
    public record State(UUID id, String tenantId, String number, UUID vehicleId, ServiceRequestType type,
            ServicePriority priority, Workshop workshop, UUID providerId, ServiceLocation location, String issue,
            LocalDate scheduledOn, UUID serviceRuleId, ServiceRequestStatus status, String workDone, Cost cost,
            String invoiceReference, Long odometerKm, UUID expenseId, String startedBy, Instant startedAt,
            String completedBy, Instant completedAt, String cancelledBy, Instant cancelledAt, String cancelReason,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {
    }

    public ServiceRequest(State s) {
        this.id = s.id();
        this.tenantId = s.tenantId();
        this.number = s.number();
        this.vehicleId = s.vehicleId();
        this.type = s.type();
        this.priority = s.priority();
        this.workshop = s.workshop();
        this.providerId = s.providerId();
        this.location = s.location();
        this.issue = s.issue();
        this.scheduledOn = s.scheduledOn();
        this.serviceRuleId = s.serviceRuleId();
        this.status = s.status();
        this.workDone = s.workDone();
        this.cost = s.cost();
        this.invoiceReference = s.invoiceReference();
        this.odometerKm = s.odometerKm();
        this.expenseId = s.expenseId();
        this.startedBy = s.startedBy();
        this.startedAt = s.startedAt();
        this.completedBy = s.completedBy();
        this.completedAt = s.completedAt();
        this.cancelledBy = s.cancelledBy();
        this.cancelledAt = s.cancelledAt();
        this.cancelReason = s.cancelReason();
        this.createdBy = s.createdBy();
        this.createdAt = s.createdAt();
        this.updatedBy = s.updatedBy();
        this.updatedAt = s.updatedAt();
        this.version = s.version();
    }

    /** What a request is opened with; priority defaults by type, provider and date are optional. */
    public record Opening(UUID vehicleId, ServiceRequestType type, ServicePriority priority, Workshop workshop,
            UUID providerId, ServiceLocation location, String issue, LocalDate scheduledOn, UUID serviceRuleId) {
    }

    /** What a completed service reports: the work done, and optionally its cost, invoice and the mileage read. */
    public record Completion(String workDone, Cost cost, String invoiceReference, Long odometerKm) {
    }

    public static Result<ServiceRequest> open(UUID id, String tenantId, String number, Opening o, String by, Instant now) {
        if (o.type() == ServiceRequestType.EMERGENCY && o.location() == null) {
            return Result.invalid("location-required", "location",
                    "An emergency needs the vehicle's location, so that the nearest workshops can be found.");
        }
        Result<Void> provider = checkProvider(o.workshop(), o.providerId());
        if (provider instanceof Result.Rejected<Void> r) {
            return r.map(x -> null);
        }
        ServicePriority priority = o.priority() != null ? o.priority()
                : o.type() == ServiceRequestType.EMERGENCY ? ServicePriority.HIGH : ServicePriority.NORMAL;
        ServiceRequest request = new ServiceRequest(new State(id, tenantId, number, o.vehicleId(), o.type(), priority,
                o.workshop(), o.providerId(), o.location(), o.issue().strip(), o.scheduledOn(), o.serviceRuleId(),
                ServiceRequestStatus.REQUESTED, null, null, null, null, null, null, null, null, null, null, null, null,
                by, now, by, now, 0));
        request.status = request.planned();
        return Result.accepted(request);
    }

    /** Chooses who does the work: the internal workshop, or an external provider (seed: "Dispatcher selects Auto Service PL"). */
    public Result<ServiceRequest> assignWorkshop(Workshop newWorkshop, UUID newProviderId, String by, Instant now) {
        Result<ServiceRequest> plannable = plannable();
        if (plannable != null) {
            return plannable;
        }
        Result<Void> provider = checkProvider(newWorkshop, newProviderId);
        if (provider instanceof Result.Rejected<Void> r) {
            return r.map(x -> null);
        }
        workshop = newWorkshop;
        providerId = newProviderId;
        status = planned();
        return touched(by, now);
    }

    /** Sets (or moves) the date of the service. */
    public Result<ServiceRequest> schedule(LocalDate on, String by, Instant now) {
        Result<ServiceRequest> plannable = plannable();
        if (plannable != null) {
            return plannable;
        }
        scheduledOn = on;
        status = planned();
        return touched(by, now);
    }

    /** Work begins; an emergency may start without a date, never without a workshop. */
    public Result<ServiceRequest> start(String by, Instant now) {
        Result<ServiceRequest> plannable = plannable();
        if (plannable != null) {
            return plannable;
        }
        if (!workshopChosen()) {
            return Result.wrongState("provider-not-selected", "providerId",
                    "Choose the external provider (or the internal workshop) before the work starts.");
        }
        status = ServiceRequestStatus.IN_PROGRESS;
        startedBy = by;
        startedAt = now;
        touched(by, now);
        return Result.accepted(this, new ServiceRequestStarted(this));
    }

    /** The work is done; {@code newExpenseId} names the expense its cost is logged as (null without a cost). */
    public Result<ServiceRequest> complete(Completion c, UUID newExpenseId, String by, Instant now) {
        if (status == ServiceRequestStatus.REQUESTED || status == ServiceRequestStatus.SCHEDULED) {
            return Result.wrongState("service-request-not-started", "Service request " + number + " is " + status
                    + "; only work in progress is completed.");
        }
        if (status != ServiceRequestStatus.IN_PROGRESS) {
            return closed();
        }
        status = ServiceRequestStatus.COMPLETED;
        workDone = c.workDone().strip();
        cost = c.cost();
        invoiceReference = c.invoiceReference() == null || c.invoiceReference().isBlank() ? null : c.invoiceReference().strip();
        odometerKm = c.odometerKm();
        expenseId = c.cost() == null ? null : newExpenseId;
        completedBy = by;
        completedAt = now;
        touched(by, now);
        return Result.accepted(this, new ServiceRequestCompleted(this));
    }

    /** Calls the service off (or stops work in progress); answers the status it had. */
    public Result<ServiceRequestStatus> cancel(String reason, String by, Instant now) {
        if (!status.open()) {
            return closed();
        }
        ServiceRequestStatus previous = status;
        status = ServiceRequestStatus.CANCELLED;
        cancelReason = reason.strip();
        cancelledBy = by;
        cancelledAt = now;
        touched(by, now);
        return Result.accepted(previous, new ServiceRequestCancelled(this, previous));
    }

    /** The request as opened, announced with the registration number people know its vehicle by. */
    public ServiceRequestOpened opened(String registrationNumber) {
        return new ServiceRequestOpened(this, registrationNumber);
    }

    public boolean workshopChosen() {
        return workshop == Workshop.INTERNAL || providerId != null;
    }

    private ServiceRequestStatus planned() {
        return scheduledOn != null && workshopChosen() ? ServiceRequestStatus.SCHEDULED : ServiceRequestStatus.REQUESTED;
    }

    /** Null while the request can still be planned and started; the rejection otherwise. */
    private <T> Result<T> plannable() {
        if (status == ServiceRequestStatus.IN_PROGRESS) {
            return Result.wrongState("service-request-already-started", "Service request " + number + " is already in progress.");
        }
        return status.open() ? null : closed();
    }

    private <T> Result<T> closed() {
        return Result.wrongState("service-request-closed", "Service request " + number + " is " + status + ".");
    }

    private static Result<Void> checkProvider(Workshop workshop, UUID providerId) {
        if (workshop == Workshop.INTERNAL && providerId != null) {
            return Result.invalid("provider-not-allowed", "providerId", "The internal workshop takes no external provider.");
        }
        return Result.accepted(null);
    }

    private Result<ServiceRequest> touched(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
        return Result.accepted(this);
    }

    public UUID id() { return id; }
    public String tenantId() { return tenantId; }
    public String number() { return number; }
    public UUID vehicleId() { return vehicleId; }
    public ServiceRequestType type() { return type; }
    public ServicePriority priority() { return priority; }
    public Workshop workshop() { return workshop; }
    public UUID providerId() { return providerId; }
    public ServiceLocation location() { return location; }
    public String issue() { return issue; }
    public LocalDate scheduledOn() { return scheduledOn; }
    public UUID serviceRuleId() { return serviceRuleId; }
    public ServiceRequestStatus status() { return status; }
    public String workDone() { return workDone; }
    public Cost cost() { return cost; }
    public String invoiceReference() { return invoiceReference; }
    public Long odometerKm() { return odometerKm; }
    public UUID expenseId() { return expenseId; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public String completedBy() { return completedBy; }
    public Instant completedAt() { return completedAt; }
    public String cancelledBy() { return cancelledBy; }
    public Instant cancelledAt() { return cancelledAt; }
    public String cancelReason() { return cancelReason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
