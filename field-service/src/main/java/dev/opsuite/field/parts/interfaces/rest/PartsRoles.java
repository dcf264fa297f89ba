package dev.opsuite.field.parts.interfaces.rest;

import dev.opsuite.support.tenancy.Caller;

/** The roles that deal with parts (field-service/docs/parts-on-the-truck.md has the matrix). */
final class PartsRoles {

    static final String TECHNICIAN = "technician";
    static final String PARTS_MANAGER = "parts-manager";
    static final String DISPATCHER = "dispatcher";
    static final String OWNER = "owner";
    static final String ADMIN = "admin";

    /**
     * Whether the caller acts as a technician (and in no wider role): then only on the jobs assigned to them, and
     * another technician's job is as unknown as one that does not exist.
     */
    static boolean ownJobsOnly(Caller caller) {
        return caller.hasRole(TECHNICIAN) && !caller.hasRole(PARTS_MANAGER) && !caller.hasRole(DISPATCHER)
                && !caller.hasRole(OWNER) && !caller.hasRole(ADMIN);
    }

    private PartsRoles() {
    }
}
