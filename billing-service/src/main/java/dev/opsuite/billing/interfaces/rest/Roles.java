package dev.opsuite.billing.interfaces.rest;

/** The roles of this service (billing-service/README.md has the matrix). */
final class Roles {

    static final String FINANCE = "finance";
    static final String BILLING = "billing";
    static final String DISPATCHER = "dispatcher";
    static final String OPERATIONS_MANAGER = "operations-manager";

    private Roles() {
    }
}
