package dev.opsuite.fleet.kernel;

/** What a period of the driving record comes from: a trip ticket of this service, or a dispatch of dispatch-service. */
public enum DrivingSource {
    TRIP_TICKET, DISPATCH
}
