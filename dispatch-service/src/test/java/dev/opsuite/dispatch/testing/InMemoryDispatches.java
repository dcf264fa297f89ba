package dev.opsuite.dispatch.testing;

import dev.opsuite.dispatch.dispatches.application.port.in.FindDispatchesQuery.DispatchFilter;
import dev.opsuite.dispatch.dispatches.application.port.out.DispatchPolicyStore;
import dev.opsuite.dispatch.dispatches.application.port.out.DispatchStore;
import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.dispatch.dispatches.domain.DispatchPolicy;
import dev.opsuite.dispatch.dispatches.domain.DispatchStatus;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.testing.fakes.InMemoryStore;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Dispatches in memory, as the table keeps them: a deleted one is not found, every write is a new version. The database's
 * constraints (a unit booked twice, a ticket or an invoice on two live dispatches) are the REST tests' business. Also
 * the businesses' policies.
 */
public final class InMemoryDispatches extends InMemoryStore<Dispatch> implements DispatchStore, DispatchPolicyStore {

    private final Map<String, DispatchPolicy> policies = new HashMap<>();
    /** The proofs kept, by dispatch: their media type. */
    public final Map<UUID, String> proofs = new HashMap<>();

    public InMemoryDispatches() {
        super(Dispatch::id, Dispatch::tenantId);
    }

    @Override
    public Uni<Optional<Dispatch>> find(String tenantId, UUID id) {
        return Uni.createFrom().item(records.get(tenantId, id).filter(d -> d.deletion() == null).map(InMemoryDispatches::copy));
    }

    @Override
    public Uni<Dispatch> add(Dispatch dispatch) {
        return records.saved(copy(dispatch));
    }

    @Override
    public Uni<Dispatch> save(Dispatch d) {
        return records.saved(new Dispatch(d.envelope().withVersion(d.version() + 1), d.number(), d.datetime(), d.booking(),
                d.status(), d.invoices(), d.departedAt(), d.delivery(), d.proofUploaded(), d.cancellation(), d.deletion(),
                d.history()));
    }

    @Override
    public Uni<Page<Dispatch>> list(String tenantId, DispatchFilter f, PageRequest page) {
        return records.page(tenantId, d -> d.deletion() == null
                        && (f.datetime() == null || f.datetime().contains(d.datetime()))
                        && (f.unit() == null || f.unit().equals(d.booking().unitId()))
                        && (f.customerId() == null || d.invoices().stream().anyMatch(i -> f.customerId().equals(i.customerId())))
                        && (f.createdBy() == null || f.createdBy().equals(d.envelope().createdBy()))
                        && (f.statuses().isEmpty() || f.statuses().contains(d.status())),
                Comparator.comparing(Dispatch::datetime).reversed(), page);
    }

    @Override
    public Uni<List<Dispatch>> inStatus(String tenantId, Set<DispatchStatus> statuses) {
        return Uni.createFrom().item(records.of(tenantId).filter(d -> d.deletion() == null && statuses.contains(d.status()))
                .toList());
    }

    @Override
    public Uni<Void> keepProof(String tenantId, UUID dispatchId, String mediaType, String fileName, byte[] content, String by,
            Instant at) {
        proofs.put(dispatchId, mediaType);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Optional<DispatchPolicy>> find(String tenantId) {
        return Uni.createFrom().item(Optional.ofNullable(policies.get(tenantId)));
    }

    @Override
    public Uni<DispatchPolicy> save(String tenantId, DispatchPolicy policy, String by, Instant at) {
        policies.put(tenantId, policy);
        return Uni.createFrom().item(policy);
    }

    /** Whatever the stored copy, as the database would answer it (a use case changes its own copy, not the store's). */
    private static Dispatch copy(Dispatch d) {
        return new Dispatch(d.envelope(), d.number(), d.datetime(), d.booking(), d.status(), d.invoices(), d.departedAt(),
                d.delivery(), d.proofUploaded(), d.cancellation(), d.deletion(), d.history());
    }
}
