package dev.opsuite.inventory.interfaces.rest;

/** The roles of this service (README.md has the matrix; RoleMatrixTest keeps it true). */
final class Roles {

    static final String INVENTORY_MANAGER = "inventory-manager";
    static final String WAREHOUSE_CLERK = "warehouse-clerk";
    static final String AUDITOR = "auditor";

    private Roles() {
    }
}
