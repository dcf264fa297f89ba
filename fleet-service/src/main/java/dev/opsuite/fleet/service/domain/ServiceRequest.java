package dev.opsuite.fleet.service.domain;

import dev.opsuite.fleet.kernel.Cost;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
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
public final class ServiceRequest implements Enveloped {

    private Envelope envelope;
    private final String number;
    private final Need need;
    private Arrangement arrangement;
    private ServiceRequestStatus status;
    private Started started;
    private Outcome outcome;
    private Cancellation cancellation;

    /** A request as stored; started, outcome and cancellation are null until they happen. */
    public ServiceRequest(Envelope envelope, String number, Need need, Arrangement arrangement,
            ServiceRequestStatus status, Started started, Outcome outcome, Cancellation cancellation) {
        this.envelope = envelope;
        this.number = number;
        this.need = need;
        this.arrangement = arrangement;
        this.status = status;
        this.started = started;
        this.outcome = outcome;
        this.cancellation = cancellation;
    }

    /** What the vehicle needs: planned or emergency, how urgent, where it stands, the issue, the rule that asked for it. */
    public record Need(UUID vehicleId, ServiceRequestType type, ServicePriority priority, ServiceLocation location,
            String issue, UUID serviceRuleId) {
    }

    /** Who does the work (the internal workshop or an external provider) and on which day. */
    public record Arrangement(Workshop workshop, UUID providerId, LocalDate scheduledOn) {

        boolean workshopChosen() {
            return workshop == Workshop.INTERNAL || providerId != null;
        }
    }

    /** Who started the work and when. */
    public record Started(String by, Instant at) {
    }

    /** The work done as reported, the expense its cost is logged as (null without a cost), who completed it and when. */
    public record Outcome(Completion completion, UUID expenseId, String by, Instant at) {
    }

    /** Why and by whom the service was called off. */
    public record Cancellation(String reason, String by, Instant at) {
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
        Need need = new Need(o.vehicleId(), o.type(), priority, o.location(), o.issue().strip(), o.serviceRuleId());
        Arrangement arrangement = new Arrangement(o.workshop(), o.providerId(), o.scheduledOn());
        return Result.accepted(new ServiceRequest(Envelope.created(id, tenantId, by, now), number, need, arrangement,
                planned(arrangement), null, null, null));
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
        return arranged(new Arrangement(newWorkshop, newProviderId, arrangement.scheduledOn()), by, now);
    }

    /** Sets (or moves) the date of the service. */
    public Result<ServiceRequest> schedule(LocalDate on, String by, Instant now) {
        Result<ServiceRequest> plannable = plannable();
        if (plannable != null) {
            return plannable;
        }
        return arranged(new Arrangement(arrangement.workshop(), arrangement.providerId(), on), by, now);
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
        started = new Started(by, now);
        envelope = envelope.touched(by, now);
        return Result.accepted(this, new ServiceRequestStarted(id(), tenantId(), number, need.vehicleId(), arrangement,
                started));
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
        Completion done = new Completion(c.workDone().strip(), c.cost(),
                c.invoiceReference() == null || c.invoiceReference().isBlank() ? null : c.invoiceReference().strip(),
                c.odometerKm());
        outcome = new Outcome(done, c.cost() == null ? null : newExpenseId, by, now);
        envelope = envelope.touched(by, now);
        return Result.accepted(this, new ServiceRequestCompleted(id(), tenantId(), number, need, arrangement, outcome));
    }

    /** Calls the service off (or stops work in progress); answers the status it had. */
    public Result<ServiceRequestStatus> cancel(String reason, String by, Instant now) {
        if (!status.open()) {
            return closed();
        }
        ServiceRequestStatus previous = status;
        status = ServiceRequestStatus.CANCELLED;
        cancellation = new Cancellation(reason.strip(), by, now);
        envelope = envelope.touched(by, now);
        return Result.accepted(previous, new ServiceRequestCancelled(id(), tenantId(), number, need.vehicleId(), previous,
                cancellation));
    }

    /** The request as opened, announced with the registration number people know its vehicle by. */
    public ServiceRequestOpened opened(String registrationNumber) {
        return new ServiceRequestOpened(envelope, number, need, arrangement, status, registrationNumber);
    }

    public boolean workshopChosen() {
        return arrangement.workshopChosen();
    }

    private Result<ServiceRequest> arranged(Arrangement changed, String by, Instant now) {
        arrangement = changed;
        status = planned(changed);
        envelope = envelope.touched(by, now);
        return Result.accepted(this);
    }

    private static ServiceRequestStatus planned(Arrangement a) {
        return a.scheduledOn() != null && a.workshopChosen() ? ServiceRequestStatus.SCHEDULED : ServiceRequestStatus.REQUESTED;
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

    public Envelope envelope() { return envelope; }
    public String number() { return number; }
    public Need need() { return need; }
    public Arrangement arrangement() { return arrangement; }
    public Started started() { return started; }
    public Outcome outcome() { return outcome; }
    public Cancellation cancellation() { return cancellation; }
    public UUID vehicleId() { return need.vehicleId(); }
    public ServiceRequestType type() { return need.type(); }
    public ServicePriority priority() { return need.priority(); }
    public Workshop workshop() { return arrangement.workshop(); }
    public UUID providerId() { return arrangement.providerId(); }
    public ServiceLocation location() { return need.location(); }
    public String issue() { return need.issue(); }
    public LocalDate scheduledOn() { return arrangement.scheduledOn(); }
    public UUID serviceRuleId() { return need.serviceRuleId(); }
    public ServiceRequestStatus status() { return status; }
    public String workDone() { return outcome == null ? null : outcome.completion().workDone(); }
    public Cost cost() { return outcome == null ? null : outcome.completion().cost(); }
    public String invoiceReference() { return outcome == null ? null : outcome.completion().invoiceReference(); }
    public Long odometerKm() { return outcome == null ? null : outcome.completion().odometerKm(); }
    public UUID expenseId() { return outcome == null ? null : outcome.expenseId(); }
    public String startedBy() { return started == null ? null : started.by(); }
    public Instant startedAt() { return started == null ? null : started.at(); }
    public String completedBy() { return outcome == null ? null : outcome.by(); }
    public Instant completedAt() { return outcome == null ? null : outcome.at(); }
    public String cancelledBy() { return cancellation == null ? null : cancellation.by(); }
    public Instant cancelledAt() { return cancellation == null ? null : cancellation.at(); }
    public String cancelReason() { return cancellation == null ? null : cancellation.reason(); }
}
