package dev.opsuite.fleet.accidents.infrastructure.persistence;

import dev.opsuite.support.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of {@code accident_photo}, bytes included; lists select the metadata columns only. */
@Entity
@Table(name = "accident_photo")
class AccidentPhotoEntity extends TenantOwnedEntity {

    @Id
    UUID id;
    @Column(name = "accident_id", nullable = false, updatable = false)
    UUID accidentId;
    @Column(name = "content_type", nullable = false, updatable = false)
    String contentType;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    long sizeBytes;
    @Column(nullable = false, updatable = false)
    String sha256;
    @Column(name = "original_filename", updatable = false)
    String originalFilename;
    @Column(nullable = false, updatable = false)
    byte[] content;
}
