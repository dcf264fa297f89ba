package dev.opsuite.dispatch.units.infrastructure.persistence;

import dev.opsuite.support.persistence.JsonList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of the transport unit projection. */
@Entity
@Table(name = "transport_unit_projection")
@IdClass(TenantKey.class)
class TransportUnitEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;
    @Id
    UUID id;
    @Column(nullable = false)
    String status;
    @Column(name = "driver_id")
    UUID driverId;
    @Column(name = "vehicle_id")
    UUID vehicleId;
    @Column(name = "trailer_id")
    UUID trailerId;
    @Column(name = "ready_for_order", nullable = false)
    boolean readyForOrder;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonList<String> reasons;
    @Column(name = "unit_version", nullable = false)
    long unitVersion;
    @Column(name = "changed_at", nullable = false)
    Instant changedAt;
}
