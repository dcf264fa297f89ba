package dev.opsuite.fleet.trips.domain;

import dev.opsuite.fleet.kernel.DrivingSource;
import dev.opsuite.support.domain.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A dispatch of dispatch-service as the driving record sees it: which vehicle, driver and trailer run it,
 * for which order, and how far it got. A dispatch holds a period of the driving record from the moment it
 * is scheduled: its planned window while scheduled, from the departure to the planned end once dispatched,
 * the actual departure to delivery once completed.
 *
 * @param departedAt set from {@link Stage#DISPATCHED} on
 * @param deliveredAt set at {@link Stage#COMPLETED}
 */
public record DispatchRun(String tenantId, UUID dispatchId, String dispatchNumber, Stage stage, UUID vehicleId,
        UUID driverId, UUID trailerId, String orderReference, Instant windowFrom, Instant windowTo, Instant departedAt,
        Instant deliveredAt) {

    /** What the ledger books an order reference with (a fine charged through this dispatch books it there). */
    static final int MAX_ORDER_REFERENCE = 100;

    public enum Stage { SCHEDULED, DISPATCHED, COMPLETED }

    public DispatchRun {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(dispatchId, "dispatchId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(vehicleId, "vehicleId");
        Objects.requireNonNull(driverId, "driverId");
        Objects.requireNonNull(windowFrom, "windowFrom");
        Objects.requireNonNull(windowTo, "windowTo");
        if (stage != Stage.SCHEDULED) {
            Objects.requireNonNull(departedAt, "departedAt");
        }
        if (stage == Stage.COMPLETED) {
            Objects.requireNonNull(deliveredAt, "deliveredAt");
        }
    }

    /** The period this dispatch holds now, or why it cannot hold one (a window that ends before it starts). */
    public Result<DrivingPeriod> period() {
        if (!windowTo.isAfter(windowFrom)) {
            return Result.invalid("invalid-dispatch-window", "assignment.windowTo",
                    "Dispatch " + dispatchNumber + "'s window ends at " + windowTo + ", not after its start " + windowFrom + ".");
        }
        String order = orderReference == null || orderReference.isBlank() ? null : orderReference.strip();
        if (order != null && order.length() > MAX_ORDER_REFERENCE) {
            return Result.invalid("invalid-order-reference", "assignment.orderReference",
                    "An order reference has at most " + MAX_ORDER_REFERENCE + " characters.");
        }
        Instant from = stage == Stage.SCHEDULED ? windowFrom : departedAt;
        Instant to = switch (stage) {
            case SCHEDULED -> windowTo;
            // Left after the planned end: the trip still lasts about as long as planned.
            case DISPATCHED -> windowTo.isAfter(departedAt) ? windowTo : departedAt.plus(Duration.between(windowFrom, windowTo));
            case COMPLETED -> deliveredAt;
        };
        if (!to.isAfter(from)) {
            return Result.invalid("delivered-before-departure", "deliveredAt",
                    "Dispatch " + dispatchNumber + " was delivered at " + deliveredAt + ", not after it left at " + departedAt + ".");
        }
        return Result.accepted(new DrivingPeriod(tenantId, vehicleId, driverId, trailerId, from, to, order,
                DrivingSource.DISPATCH, dispatchId, dispatchNumber));
    }
}
