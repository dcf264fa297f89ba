package dev.opsuite.field.intake.application.port.out;

import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery.ServiceCallFilter;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where service calls are kept. Every method is scoped to one tenant. */
public interface ServiceCallStore {

    /** Empty when the call does not exist in this tenant. */
    Uni<Optional<ServiceCall>> find(String tenantId, UUID id);

    Uni<Page<ServiceCall>> list(String tenantId, ServiceCallFilter filter, PageRequest page);

    /** The calls linked as callbacks of that job, oldest first. */
    Uni<List<ServiceCall>> callbacksOf(String tenantId, UUID jobId);

    /** Writes the call now: a customer or earlier call that vanished meanwhile is refused here. */
    Uni<Void> add(ServiceCall call);

    /** Writes a changed call loaded in this transaction; its version moves on. */
    Uni<Void> update(ServiceCall call);
}
