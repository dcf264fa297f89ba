package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.kernel.DrivingSource;
import dev.opsuite.fleet.trips.application.port.out.DrivingRecordStore;
import dev.opsuite.fleet.trips.domain.DrivingPeriod;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Who drove which vehicle when, in memory: one period per source. */
public final class InMemoryDrivingRecord implements DrivingRecordStore {

    private final List<DrivingPeriod> periods = new ArrayList<>();

    @Override
    public Uni<Void> record(DrivingPeriod period) {
        periods.removeIf(p -> p.source() == period.source() && p.sourceId().equals(period.sourceId()));
        periods.add(period);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> remove(String tenantId, DrivingSource source, UUID sourceId) {
        periods.removeIf(p -> p.tenantId().equals(tenantId) && p.source() == source && p.sourceId().equals(sourceId));
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<DrivingPeriod>> covering(String tenantId, UUID vehicleId, Instant at) {
        return Uni.createFrom().item(periods.stream().filter(p -> p.tenantId().equals(tenantId)
                && p.vehicleId().equals(vehicleId) && !at.isBefore(p.startsAt()) && at.isBefore(p.endsAt())).toList());
    }
}
