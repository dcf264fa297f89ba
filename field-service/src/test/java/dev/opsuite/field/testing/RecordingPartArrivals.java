package dev.opsuite.field.testing;

import dev.opsuite.field.parts.application.port.out.PartArrivals;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the jobs capability would hear about arriving parts, as lines a test can read. */
public final class RecordingPartArrivals implements PartArrivals {

    public final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    public Uni<Void> reserved(String tenantId, UUID jobId, UUID reservationId, UUID productId, UUID locationId) {
        heard.add("reserved job " + jobId + " product " + productId + " at " + locationId);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> received(String tenantId, UUID truck, UUID productId, BigDecimal available) {
        heard.add("received product " + productId + " at " + truck + ", available " + available.toPlainString());
        return Uni.createFrom().voidItem();
    }
}
