package dev.opsuite.fleet.service.domain;

/** Seed 004: a PLANNED service (scheduled maintenance, scenario 1) or an EMERGENCY repair on the road (scenario 2). */
public enum ServiceRequestType {
    PLANNED, EMERGENCY
}
