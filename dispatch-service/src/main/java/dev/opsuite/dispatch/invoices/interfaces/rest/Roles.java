package dev.opsuite.dispatch.invoices.interfaces.rest;

/** The roles of this service (dispatch-service/README.md has the matrix). */
final class Roles {

    static final String DISPATCHER = "dispatcher";
    static final String OPERATIONS_MANAGER = "operations-manager";
    static final String BILLING = "billing";

    private Roles() {
    }
}
