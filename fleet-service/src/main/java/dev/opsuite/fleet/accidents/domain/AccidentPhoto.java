package dev.opsuite.fleet.accidents.domain;

import dev.opsuite.support.domain.ImageType;
import java.time.Instant;
import java.util.UUID;

/** A photo of an accident: what it is (detected type), how big, its SHA-256, and the name it was uploaded with. */
public record AccidentPhoto(UUID id, String tenantId, UUID accidentId, ImageType type, long size, String sha256,
        String originalFilename, String uploadedBy, Instant uploadedAt) {
}
