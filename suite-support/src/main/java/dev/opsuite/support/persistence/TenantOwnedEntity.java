package dev.opsuite.support.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The columns every tenant-owned record of the suite carries: its tenant, who created it and when,
 * and the version that optimistic locking (and the ETag) is built on.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Version
    public long version;
}
