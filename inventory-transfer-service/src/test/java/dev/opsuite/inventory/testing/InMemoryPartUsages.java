package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.stock.application.port.out.PartUsageStore;
import io.smallrye.mutiny.Uni;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Booked part usages in memory: the first claim of a (tenant, usage) wins. */
public final class InMemoryPartUsages implements PartUsageStore {

    private final Set<String> booked = ConcurrentHashMap.newKeySet();

    @Override
    public Uni<Boolean> claim(String tenantId, UUID usageId, UUID jobId) {
        return Uni.createFrom().item(booked.add(tenantId + "/" + usageId));
    }
}
