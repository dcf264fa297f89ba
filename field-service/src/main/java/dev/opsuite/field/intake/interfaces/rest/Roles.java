package dev.opsuite.field.intake.interfaces.rest;

/** The roles of this service (field-service/README.md has the matrix). */
final class Roles {

    static final String CSR = "csr";
    static final String DISPATCHER = "dispatcher";
    static final String OWNER = "owner";
    static final String ADMIN = "admin";

    private Roles() {
    }
}
