package dev.opsuite.dispatch.kernel.rest;

/** The roles of this service, as every capability's REST resources name them (dispatch-service/README.md has the matrix). */
public final class Roles {

    public static final String DISPATCHER = "dispatcher";
    public static final String OPERATIONS_MANAGER = "operations-manager";
    public static final String BILLING = "billing";
    /** Fleet's manager: sees dispatches to check unit assignments, changes nothing here. */
    public static final String FLEET_MANAGER = "fleet-manager";

    private Roles() {
    }
}
