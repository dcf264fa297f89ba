package dev.opsuite.fleet.trips.application.port.out;

import dev.opsuite.fleet.trips.domain.DrivingPeriod;
import dev.opsuite.fleet.kernel.DrivingSource;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The driving record: who drove which vehicle when. Every source writes through here (trip tickets in
 * their own transactions; dispatch-service's dispatches from its events, through the inbox), and the
 * "who was driving" lookup reads it. Every method is scoped to one tenant.
 */
public interface DrivingRecordStore {

    /** Writes the period of its source record, replacing the one written before for the same source record. */
    Uni<Void> record(DrivingPeriod period);

    /** Removes the period of a source record (a cancelled ticket, a cancelled dispatch); nothing when there is none. */
    Uni<Void> remove(String tenantId, DrivingSource source, UUID sourceId);

    /** Every period of the vehicle that covers {@code at} (usually one; the policy picks among several). */
    Uni<List<DrivingPeriod>> covering(String tenantId, UUID vehicleId, Instant at);
}
