package dev.opsuite.field.intake.application.port.in;

import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.field.intake.domain.ServiceCallStatus;
import dev.opsuite.field.intake.domain.Urgency;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Reads service calls of the caller's tenant. */
public interface FindServiceCallsQuery {

    /** Optional filters of the call list; a null filter matches everything. */
    record ServiceCallFilter(ServiceCallStatus status, Urgency urgency) {
    }

    Uni<ServiceCall> serviceCall(String tenantId, UUID id);

    Uni<Page<ServiceCall>> serviceCalls(String tenantId, ServiceCallFilter filter, PageRequest page);

    /** The callbacks linked to that job, oldest first; none for a job nobody called back on. */
    Uni<List<ServiceCall>> callbacksOf(String tenantId, UUID jobId);
}
