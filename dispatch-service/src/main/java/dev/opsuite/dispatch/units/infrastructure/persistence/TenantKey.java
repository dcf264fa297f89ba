package dev.opsuite.dispatch.units.infrastructure.persistence;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The primary key of a projected row: the tenant and fleet's id (a forged id in another tenant is another row). */
public class TenantKey implements Serializable {

    String tenantId;
    UUID id;

    public TenantKey() {
    }

    TenantKey(String tenantId, UUID id) {
        this.tenantId = tenantId;
        this.id = id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TenantKey k && Objects.equals(tenantId, k.tenantId) && Objects.equals(id, k.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, id);
    }
}
