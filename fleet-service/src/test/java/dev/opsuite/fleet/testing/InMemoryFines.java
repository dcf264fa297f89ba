package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.fines.application.port.in.FindFinesQuery.FineFilter;
import dev.opsuite.fleet.fines.application.port.out.FineStore;
import dev.opsuite.fleet.fines.domain.Fine;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Fines in memory. */
public final class InMemoryFines implements FineStore {

    private final Map<UUID, Fine> fines = new LinkedHashMap<>();

    @Override
    public Uni<Optional<Fine>> find(String tenantId, UUID id) {
        Fine f = fines.get(id);
        return Uni.createFrom().item(Optional.ofNullable(f).filter(x -> x.tenantId().equals(tenantId))
                .map(InMemoryFines::copy));
    }

    @Override
    public Uni<Optional<Fine>> findForUpdate(String tenantId, UUID id) {
        return find(tenantId, id);
    }

    @Override
    public Uni<Page<Fine>> list(String tenantId, FineFilter filter, PageRequest page) {
        List<Fine> matching = fines.values().stream().filter(f -> f.tenantId().equals(tenantId)).toList();
        return Uni.createFrom().item(Page.slice(matching, page));
    }

    @Override
    public Uni<Fine> add(Fine fine) {
        fines.put(fine.id(), copy(fine));
        return Uni.createFrom().item(copy(fine));
    }

    @Override
    public Uni<Fine> save(Fine fine) {
        return add(fine);
    }

    /** What a row holds: the stored fine changes only when it is saved, as in the database. */
    private static Fine copy(Fine f) {
        return new Fine(f.envelope(), f.letter(), f.status(), f.attributionDetails(), f.bookings());
    }
}
