package dev.opsuite.dispatch.dispatches.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The signature or photo proving a delivery: one per dispatch, the last upload wins. */
@Entity
@Table(name = "dispatch_proof")
class DispatchProofEntity {

    @Id
    @Column(name = "dispatch_id")
    UUID dispatchId;
    @Column(name = "tenant_id", nullable = false)
    String tenantId;
    @Column(name = "media_type", nullable = false)
    String mediaType;
    @Column(name = "file_name")
    String fileName;
    @Column(nullable = false)
    long size;
    @Column(nullable = false)
    String sha256;
    @Column(nullable = false)
    byte[] content;
    @Column(name = "uploaded_by", nullable = false)
    String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    Instant uploadedAt;
}
