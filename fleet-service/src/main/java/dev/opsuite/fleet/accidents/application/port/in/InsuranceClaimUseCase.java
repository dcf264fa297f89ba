package dev.opsuite.fleet.accidents.application.port.in;

import dev.opsuite.fleet.accidents.domain.Accident;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.UUID;

/** The insurance claim of an accident: filed (PENDING), approved or rejected, paid. */
public interface InsuranceClaimUseCase {

    record FileClaimCommand(Actor actor, UUID accidentId, Long expectedVersion, String claimNumber, String insurer) {
    }

    enum ClaimAction { APPROVE, REJECT, PAY }

    /** {@code approvedAmount} and {@code currency} for APPROVE, {@code reason} for REJECT. */
    record ChangeClaimCommand(Actor actor, UUID accidentId, Long expectedVersion, ClaimAction action,
            BigDecimal approvedAmount, String currency, String reason) {
    }

    Uni<Accident> file(FileClaimCommand command);

    Uni<Accident> change(ChangeClaimCommand command);
}
