package dev.opsuite.field.parts.interfaces.rest;

/** The roles that deal with parts (field-service/docs/parts-on-the-truck.md has the matrix). */
final class PartsRoles {

    static final String TECHNICIAN = "technician";
    static final String PARTS_MANAGER = "parts-manager";
    static final String DISPATCHER = "dispatcher";
    static final String OWNER = "owner";
    static final String ADMIN = "admin";

    private PartsRoles() {
    }
}
