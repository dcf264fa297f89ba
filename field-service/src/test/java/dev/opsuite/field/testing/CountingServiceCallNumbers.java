package dev.opsuite.field.testing;

import dev.opsuite.field.intake.application.port.out.ServiceCallNumbers;
import io.smallrye.mutiny.Uni;
import java.util.HashMap;
import java.util.Map;

/** SC-year-sequence from a counter per tenant and year, as the document sequence counts them. */
public final class CountingServiceCallNumbers implements ServiceCallNumbers {

    private final Map<String, Integer> last = new HashMap<>();

    @Override
    public Uni<String> next(String tenantId, int year) {
        int value = last.merge(tenantId + "/" + year, 1, Integer::sum);
        return Uni.createFrom().item(String.format("SC-%d-%06d", year, value));
    }

    /** How many numbers have been taken, in every tenant and year. */
    public int taken() {
        return last.values().stream().mapToInt(Integer::intValue).sum();
    }
}
