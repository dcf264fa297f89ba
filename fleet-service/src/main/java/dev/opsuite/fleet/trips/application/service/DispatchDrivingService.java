package dev.opsuite.fleet.trips.application.service;

import dev.opsuite.fleet.kernel.DrivingSource;
import dev.opsuite.fleet.trips.application.port.in.RecordDispatchDrivingUseCase;
import dev.opsuite.fleet.trips.application.port.out.DrivingRecordStore;
import dev.opsuite.support.application.Rejection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The driving record's DISPATCH source. No transaction of its own: the inbox applies each event in one
 * transaction with its claim. The vehicle, driver and trailer a dispatch names are checked by the record's
 * foreign keys (a dispatch names what fleet published, so one fleet does not have is refused for good).
 */
@ApplicationScoped
class DispatchDrivingService implements RecordDispatchDrivingUseCase {

    private final DrivingRecordStore drivingRecord;

    DispatchDrivingService(DrivingRecordStore drivingRecord) {
        this.drivingRecord = drivingRecord;
    }

    @Override
    public Uni<Void> record(RecordDispatchCommand command) {
        return Uni.createFrom().item(() -> Rejection.orThrow(command.run().period())).chain(drivingRecord::record);
    }

    @Override
    public Uni<Void> withdraw(WithdrawDispatchCommand command) {
        return drivingRecord.remove(command.tenantId(), DrivingSource.DISPATCH, command.dispatchId());
    }
}
