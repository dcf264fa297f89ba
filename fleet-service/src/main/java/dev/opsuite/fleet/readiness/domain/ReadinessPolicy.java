package dev.opsuite.fleet.readiness.domain;

import dev.opsuite.fleet.kernel.DriverStatus;
import dev.opsuite.fleet.kernel.TrailerType;
import dev.opsuite.fleet.kernel.VehicleKind;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a transport unit is ready for an order: every condition of seed 004's TransportUnit
 * interface holds.
 * <ul>
 * <li>the driver is ACTIVE and all the driver's documents are green or yellow;</li>
 * <li>the vehicle is a heavy truck (LKV), all its documents are green or yellow, and it is not in
 * service, in repair or out of service (it is ACTIVE);</li>
 * <li>the trailer's type is one of the ready types (the seed's standard, mega and frigo unless
 * configured otherwise), all its documents are green or yellow, and it is ACTIVE;</li>
 * <li>the unit is not disbanded.</li>
 * </ul>
 * Each failing condition is one {@link NotReadyReason}; a unit with none is ready.
 */
public final class ReadinessPolicy {

    /** The trailer types of the seed's interface: {@code 'standard' | 'mega' | 'frigo'}. */
    public static final Set<TrailerType> SEED_READY_TRAILER_TYPES =
            Collections.unmodifiableSet(EnumSet.of(TrailerType.STANDARD, TrailerType.MEGA, TrailerType.FRIGO));

    private final Set<TrailerType> readyTrailerTypes;

    public ReadinessPolicy(Set<TrailerType> readyTrailerTypes) {
        if (readyTrailerTypes == null || readyTrailerTypes.isEmpty()) {
            throw new IllegalArgumentException("at least one trailer type must be fit for orders");
        }
        this.readyTrailerTypes = Collections.unmodifiableSet(EnumSet.copyOf(readyTrailerTypes));
    }

    public static ReadinessPolicy ofSeed() {
        return new ReadinessPolicy(SEED_READY_TRAILER_TYPES);
    }

    public Set<TrailerType> readyTrailerTypes() {
        return readyTrailerTypes;
    }

    public Readiness evaluate(TransportUnitStatus status, UnitMembers members) {
        if (status == TransportUnitStatus.DISBANDED) {
            return Readiness.of(EnumSet.of(NotReadyReason.UNIT_DISBANDED));
        }
        Set<NotReadyReason> reasons = EnumSet.noneOf(NotReadyReason.class);

        if (members.driver().status() != DriverStatus.ACTIVE) {
            reasons.add(NotReadyReason.DRIVER_NOT_ACTIVE);
        }
        documents(members.driverDocuments(), reasons, NotReadyReason.DRIVER_DOCUMENTS_MISSING,
                NotReadyReason.DRIVER_DOCUMENTS_EXPIRED);

        if (members.vehicle().kind() != VehicleKind.LKV) {
            reasons.add(NotReadyReason.VEHICLE_NOT_HEAVY_TRUCK);
        }
        switch (members.vehicle().status()) {
            case IN_SERVICE -> reasons.add(NotReadyReason.VEHICLE_IN_SERVICE);
            case IN_REPAIR -> reasons.add(NotReadyReason.VEHICLE_IN_REPAIR);
            case OUT_OF_SERVICE -> reasons.add(NotReadyReason.VEHICLE_OUT_OF_SERVICE);
            case ACTIVE -> { }
        }
        documents(members.vehicleDocuments(), reasons, NotReadyReason.VEHICLE_DOCUMENTS_MISSING,
                NotReadyReason.VEHICLE_DOCUMENTS_EXPIRED);

        if (!readyTrailerTypes.contains(members.trailer().type())) {
            reasons.add(NotReadyReason.TRAILER_TYPE_NOT_ALLOWED);
        }
        switch (members.trailer().status()) {
            case IN_SERVICE -> reasons.add(NotReadyReason.TRAILER_IN_SERVICE);
            case IN_REPAIR -> reasons.add(NotReadyReason.TRAILER_IN_REPAIR);
            case OUT_OF_SERVICE -> reasons.add(NotReadyReason.TRAILER_OUT_OF_SERVICE);
            case ACTIVE -> { }
        }
        documents(members.trailerDocuments(), reasons, NotReadyReason.TRAILER_DOCUMENTS_MISSING,
                NotReadyReason.TRAILER_DOCUMENTS_EXPIRED);

        return Readiness.of(reasons);
    }

    private static void documents(MemberDocuments status, Set<NotReadyReason> reasons, NotReadyReason missing,
            NotReadyReason expired) {
        if (status.anyMissing()) {
            reasons.add(missing);
        }
        if (status.anyExpired()) {
            reasons.add(expired);
        }
    }
}
