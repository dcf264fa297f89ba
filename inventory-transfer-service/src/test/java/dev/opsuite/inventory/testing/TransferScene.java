package dev.opsuite.inventory.testing;

import java.util.UUID;

/** Where most transfer tests play: two warehouses, Central and Store, and one product, a cable, on the fakes. */
public abstract class TransferScene {

    protected final Inventory inventory = new Inventory();
    protected final UUID central = inventory.warehouse("Central");
    protected final UUID store = inventory.warehouse("Store");
    protected final UUID cable = inventory.product("CAB-1");
}
