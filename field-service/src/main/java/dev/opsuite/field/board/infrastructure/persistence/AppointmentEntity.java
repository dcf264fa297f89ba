package dev.opsuite.field.board.infrastructure.persistence;

import dev.opsuite.field.board.domain.AppointmentStatus;
import dev.opsuite.field.board.domain.ConflictKind;
import dev.opsuite.support.persistence.AuditedEntity;
import dev.opsuite.support.persistence.JsonList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An appointment row; the generated {@code slot} range is the database's, not mapped. */
@Entity
@Table(name = "appointment")
class AppointmentEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "job_id", nullable = false, updatable = false)
    UUID jobId;
    @Column(name = "technician_id", nullable = false, updatable = false)
    UUID technicianId;
    @Column(name = "starts_at", nullable = false, updatable = false)
    Instant startsAt;
    @Column(name = "ends_at", nullable = false, updatable = false)
    Instant endsAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AppointmentStatus status;
    @Column(updatable = false)
    UUID replaces;
    @Column(updatable = false)
    String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    JsonList<ConflictKind> flags;
}
