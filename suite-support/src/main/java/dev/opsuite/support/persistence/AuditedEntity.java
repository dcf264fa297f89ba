package dev.opsuite.support.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A tenant-owned record that is edited after creation, and remembers who did it last and when. */
@MappedSuperclass
public abstract class AuditedEntity extends TenantOwnedEntity {

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
