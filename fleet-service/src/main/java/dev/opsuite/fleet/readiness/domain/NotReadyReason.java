package dev.opsuite.fleet.readiness.domain;

/**
 * Why a transport unit is not ready for an order: one code per condition of seed 004's
 * TransportUnit interface that fails. A unit is ready exactly when it has none.
 */
public enum NotReadyReason {
    UNIT_DISBANDED,
    /** driver.status: 'active' */
    DRIVER_NOT_ACTIVE,
    /** driver.all_documents_valid: a required document has none valid today. */
    DRIVER_DOCUMENTS_MISSING,
    /** driver.all_documents_valid: a document type has only ended documents. */
    DRIVER_DOCUMENTS_EXPIRED,
    /** vehicle.type: 'lkv' */
    VEHICLE_NOT_HEAVY_TRUCK,
    /** vehicle.not_in_service */
    VEHICLE_IN_SERVICE,
    VEHICLE_IN_REPAIR,
    VEHICLE_OUT_OF_SERVICE,
    VEHICLE_DOCUMENTS_MISSING,
    VEHICLE_DOCUMENTS_EXPIRED,
    /** trailer.type: 'standard' | 'mega' | 'frigo' (configurable) */
    TRAILER_TYPE_NOT_ALLOWED,
    /** trailer.not_in_service */
    TRAILER_IN_SERVICE,
    TRAILER_IN_REPAIR,
    TRAILER_OUT_OF_SERVICE,
    TRAILER_DOCUMENTS_MISSING,
    TRAILER_DOCUMENTS_EXPIRED
}
