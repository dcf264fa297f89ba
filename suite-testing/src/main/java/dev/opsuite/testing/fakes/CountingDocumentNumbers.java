package dev.opsuite.testing.fakes;

import dev.opsuite.support.application.DocumentNumbering;
import io.smallrye.mutiny.Uni;
import java.util.HashMap;
import java.util.Map;

/** Yearly document numbers in memory: one counter per tenant, prefix and year, as the document_sequence table keeps them. */
public final class CountingDocumentNumbers implements DocumentNumbering {

    private final Map<String, Long> last = new HashMap<>();

    @Override
    public Uni<String> next(String tenantId, String prefix, int year) {
        long value = last.merge(tenantId + "/" + prefix + "/" + year, 1L, Long::sum);
        return Uni.createFrom().item(String.format("%s-%d-%06d", prefix, year, value));
    }

    /** How many numbers have been taken, in every tenant, prefix and year. */
    public long taken() {
        return last.values().stream().mapToLong(Long::longValue).sum();
    }
}
