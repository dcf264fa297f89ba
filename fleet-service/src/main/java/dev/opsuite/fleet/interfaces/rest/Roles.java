package dev.opsuite.fleet.interfaces.rest;

/** The roles of this service (fleet-service/README.md has the matrix). */
final class Roles {

    static final String FLEET_MANAGER = "fleet-manager";
    static final String DISPATCHER = "dispatcher";
    static final String MECHANIC = "mechanic";
    static final String VIEWER = "viewer";
    /** HR / admin: drivers, their documents and pay-period ledger, service requests (seed 004 scenario 1). */
    static final String HR_ADMIN = "hr-admin";

    private Roles() {
    }
}
