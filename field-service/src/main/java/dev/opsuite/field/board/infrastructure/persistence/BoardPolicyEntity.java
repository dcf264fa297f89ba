package dev.opsuite.field.board.infrastructure.persistence;

import dev.opsuite.field.board.domain.PolicyAnswer;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "board_policy")
class BoardPolicyEntity extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id")
    String tenantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PolicyAnswer availability;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PolicyAnswer skill;
    @Column(name = "blocked_sla_days", nullable = false)
    int blockedSlaDays;
    @Column(name = "updated_by", nullable = false)
    String updatedBy;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
