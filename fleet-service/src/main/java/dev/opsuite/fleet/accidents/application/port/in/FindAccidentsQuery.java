package dev.opsuite.fleet.accidents.application.port.in;

import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.fleet.accidents.domain.AccidentPhoto;
import dev.opsuite.fleet.accidents.domain.AccidentStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads accidents and their photos of the caller's tenant. */
public interface FindAccidentsQuery {

    /** Optional filters; null (or empty) matches everything. */
    record AccidentFilter(UUID vehicleId, UUID driverId, String orderReference, Set<AccidentStatus> statuses) {
    }

    record PhotoContent(AccidentPhoto photo, byte[] content) {
    }

    Uni<Accident> accident(String tenantId, UUID id);

    Uni<Page<Accident>> accidents(String tenantId, AccidentFilter filter, PageRequest page);

    Uni<List<AccidentPhoto>> photos(String tenantId, UUID accidentId);

    Uni<PhotoContent> photo(String tenantId, UUID accidentId, UUID photoId);
}
