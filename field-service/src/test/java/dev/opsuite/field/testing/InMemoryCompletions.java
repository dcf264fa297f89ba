package dev.opsuite.field.testing;

import dev.opsuite.field.quality.application.port.out.CompletionStore;
import dev.opsuite.field.quality.domain.Completion;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Completed jobs in memory, as quality reads them (docs/quality.md, Q1). One tenant: acme. */
public final class InMemoryCompletions implements CompletionStore {

    private final List<Completion> completions = new ArrayList<>();

    public Completion completed(UUID technicianId, Instant at, boolean calledBack) {
        Completion c = new Completion(UUID.randomUUID(), technicianId, at, calledBack);
        completions.add(c);
        return c;
    }

    @Override
    public Uni<List<Completion>> completed(String tenantId, Instant from, Instant to) {
        return Uni.createFrom().item(completions.stream()
                .filter(c -> c.completedAt().isAfter(from) && !c.completedAt().isAfter(to))
                .sorted(Comparator.comparing(Completion::completedAt)).toList());
    }
}
