package dev.opsuite.billing.kernel.rest;

/** The roles of this service (billing-service/README.md has the matrix), shared by every capability's resources. */
public final class Roles {

    public static final String FINANCE = "finance";
    public static final String BILLING = "billing";
    public static final String DISPATCHER = "dispatcher";
    public static final String OPERATIONS_MANAGER = "operations-manager";
    /** Seed 002's owner of a trades business: reads the invoices of field jobs (revenue), changes none. */
    public static final String OWNER = "owner";

    private Roles() {
    }
}
