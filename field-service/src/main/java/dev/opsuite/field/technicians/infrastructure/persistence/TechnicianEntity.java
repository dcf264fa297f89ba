package dev.opsuite.field.technicians.infrastructure.persistence;

import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.technicians.domain.TimeOff;
import dev.opsuite.field.technicians.domain.WorkingHours;
import dev.opsuite.support.persistence.AuditedEntity;
import dev.opsuite.support.persistence.JsonList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "technician")
class TechnicianEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(name = "user_id", nullable = false, updatable = false)
    String userId;
    @Column(nullable = false)
    String name;
    @Column(name = "time_zone", nullable = false)
    String timeZone;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    JsonList<Skill> skills;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "working_hours", nullable = false)
    JsonList<WorkingHours> workingHours;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "time_off", nullable = false)
    JsonList<TimeOff> timeOff;
    @Column(name = "vehicle_id")
    UUID vehicleId;
    @Column(name = "truck_location_id")
    UUID truckLocationId;
}
