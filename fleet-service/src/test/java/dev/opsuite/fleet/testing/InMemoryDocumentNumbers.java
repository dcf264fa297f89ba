package dev.opsuite.fleet.testing;

import dev.opsuite.support.application.DocumentNumbering;
import io.smallrye.mutiny.Uni;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gap-free document numbers (TT-2025-000001, ...) per tenant, kind and year, counted in memory. */
public final class InMemoryDocumentNumbers implements DocumentNumbering {

    private final Map<List<Object>, Long> last = new HashMap<>();

    @Override
    public Uni<String> next(String tenantId, String prefix, int year) {
        long value = last.merge(List.of(tenantId, prefix, year), 1L, Long::sum);
        return Uni.createFrom().item(String.format("%s-%d-%06d", prefix, year, value));
    }
}
