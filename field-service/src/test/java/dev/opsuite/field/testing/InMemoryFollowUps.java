package dev.opsuite.field.testing;

import dev.opsuite.field.board.application.port.out.FollowUpStore;
import dev.opsuite.field.board.domain.FollowUp;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The follow-ups suggested, in memory: one per tenant and job, as the repository keeps them. */
public final class InMemoryFollowUps implements FollowUpStore {

    private final Map<String, FollowUp> kept = new ConcurrentHashMap<>();

    @Override
    public Uni<Void> keep(String tenantId, FollowUp followUp) {
        kept.put(tenantId + "/" + followUp.jobId(), followUp);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Optional<FollowUp>> find(String tenantId, UUID jobId) {
        return Uni.createFrom().item(Optional.ofNullable(kept.get(tenantId + "/" + jobId)));
    }

    @Override
    public Uni<Map<UUID, FollowUp>> ofJobs(String tenantId, Collection<UUID> jobIds) {
        Map<UUID, FollowUp> found = new HashMap<>();
        jobIds.forEach(id -> Optional.ofNullable(kept.get(tenantId + "/" + id)).ifPresent(f -> found.put(id, f)));
        return Uni.createFrom().item(found);
    }

    @Override
    public Uni<Void> forget(String tenantId, UUID jobId) {
        kept.remove(tenantId + "/" + jobId);
        return Uni.createFrom().voidItem();
    }
}
