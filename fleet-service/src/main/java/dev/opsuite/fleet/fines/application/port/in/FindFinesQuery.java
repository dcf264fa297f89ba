package dev.opsuite.fleet.fines.application.port.in;

import dev.opsuite.fleet.fines.domain.Fine;
import dev.opsuite.fleet.fines.domain.FineStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.Set;
import java.util.UUID;

/** Reads fines of the caller's tenant. */
public interface FindFinesQuery {

    /** Optional filters; null (or empty) matches everything. */
    record FineFilter(UUID vehicleId, UUID driverId, String orderReference, Set<FineStatus> statuses) {
    }

    Uni<Fine> fine(String tenantId, UUID id);

    Uni<Page<Fine>> fines(String tenantId, FineFilter filter, PageRequest page);
}
