package dev.opsuite.dispatch.dispatches.infrastructure.persistence;

import dev.opsuite.dispatch.dispatches.domain.WindowSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A business's dispatch policy. */
@Entity
@Table(name = "dispatch_policy")
class DispatchPolicyEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;
    @Column(name = "past_datetime_allowed", nullable = false)
    boolean pastDatetimeAllowed;
    @Enumerated(EnumType.STRING)
    @Column(name = "window_source", nullable = false)
    WindowSource windowSource;
    @Column(name = "window_minutes", nullable = false)
    int windowMinutes;
    @Column(name = "updated_by", nullable = false)
    String updatedBy;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
