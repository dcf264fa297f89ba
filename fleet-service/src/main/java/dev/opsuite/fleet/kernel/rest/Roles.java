package dev.opsuite.fleet.kernel.rest;

/** The roles of this service, as every capability's REST resources name them (fleet-service/README.md has the matrices). */
public final class Roles {

    public static final String FLEET_MANAGER = "fleet-manager";
    public static final String DISPATCHER = "dispatcher";
    public static final String MECHANIC = "mechanic";
    public static final String VIEWER = "viewer";
    /** HR / admin: drivers, their documents and pay-period ledger, service requests (seed 004 scenario 1). */
    public static final String HR_ADMIN = "hr-admin";

    private Roles() {
    }
}
