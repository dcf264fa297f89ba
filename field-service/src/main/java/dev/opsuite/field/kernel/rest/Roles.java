package dev.opsuite.field.kernel.rest;

/** The roles of seed 002, as every capability's REST resources name them (field-service/README.md has the matrix). */
public final class Roles {

    public static final String OWNER = "owner";
    public static final String DISPATCHER = "dispatcher";
    public static final String TECHNICIAN = "technician";
    public static final String CSR = "csr";
    public static final String PARTS_MANAGER = "parts-manager";
    public static final String ESTIMATOR = "estimator";
    public static final String FINANCE = "finance";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
