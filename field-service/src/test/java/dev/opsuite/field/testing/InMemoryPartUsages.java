package dev.opsuite.field.testing;

import dev.opsuite.field.parts.application.port.out.PartUsageStore;
import dev.opsuite.field.parts.domain.PartsEvents.PartsUsed;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Parts used, in memory. */
public final class InMemoryPartUsages implements PartUsageStore {

    public final List<PartsUsed> used = new CopyOnWriteArrayList<>();

    @Override
    public Uni<Void> add(PartsUsed u) {
        used.add(u);
        return Uni.createFrom().voidItem();
    }
}
