package dev.opsuite.inventory.interfaces.rest;

/**
 * What the REST resources of every capability share: the roles of this service (README.md has the matrix;
 * RoleMatrixTest keeps it true).
 */
public final class Roles {

    public static final String INVENTORY_MANAGER = "inventory-manager";
    public static final String WAREHOUSE_CLERK = "warehouse-clerk";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
