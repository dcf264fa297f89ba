package dev.opsuite.field.testing;

import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery;
import dev.opsuite.field.intake.application.port.in.FollowJobsUseCase;
import dev.opsuite.field.intake.domain.CallbackLink;
import dev.opsuite.field.intake.domain.JobTally;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.field.intake.domain.ServiceCallStatus;
import dev.opsuite.field.intake.domain.Urgency;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import dev.opsuite.testing.fakes.TenantRecords;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Intake as the jobs capability sees it: calls to read, and what it was told about their jobs. */
public final class IntakeCalls implements FindServiceCallsQuery, FollowJobsUseCase {

    private final TenantRecords<ServiceCall> calls = new TenantRecords<>(ServiceCall::id, ServiceCall::tenantId);
    public final List<JobTally> told = new ArrayList<>();
    private final List<ServiceCall> callbacks = new ArrayList<>();

    /** A call of acme in {@code status}, at some customer's location. */
    public ServiceCall call(ServiceCallStatus status) {
        Envelope envelope = Envelope.created(UUID.randomUUID(), "acme", "csr", Instant.parse("2026-05-04T08:00:00Z"));
        ServiceCall call = new ServiceCall(envelope, "SC-2026-000001", UUID.randomUUID(), UUID.randomUUID(), "No heat",
                Urgency.HIGH, null, null, null, status);
        return calls.put(call);
    }

    @Override
    public Uni<ServiceCall> serviceCall(String tenantId, UUID id) {
        return calls.find(tenantId, id).map(found -> found.orElseThrow(Rejection.missing("service-call", id)));
    }

    @Override
    public Uni<Page<ServiceCall>> serviceCalls(String tenantId, ServiceCallFilter filter, PageRequest page) {
        return calls.page(tenantId, call -> (filter.status() == null || call.status() == filter.status())
                && (filter.urgency() == null || call.urgency() == filter.urgency()), page);
    }

    /** A call of acme opened at {@code at}, linked as a callback; {@code flaggedOn}: the call the CSR named, or null. */
    public ServiceCall callback(CallbackLink link, UUID flaggedOn, Instant at) {
        Envelope envelope = Envelope.created(UUID.randomUUID(), "acme", "csr", at);
        ServiceCall call = calls.put(new ServiceCall(envelope, "SC-2026-00000" + (callbacks.size() + 2), UUID.randomUUID(),
                null, "Still cold", Urgency.HIGH, null, flaggedOn, link, ServiceCallStatus.OPEN));
        callbacks.add(call);
        return call;
    }

    @Override
    public Uni<List<ServiceCall>> callbacksOf(String tenantId, UUID jobId) {
        return Uni.createFrom().item(callbacks.stream()
                .filter(c -> c.tenantId().equals(tenantId) && c.callbackOfJob().jobId().equals(jobId)).toList());
    }

    @Override
    public Uni<Void> jobsChanged(Actor actor, UUID serviceCallId, JobTally tally) {
        told.add(tally);
        return Uni.createFrom().voidItem();
    }
}
