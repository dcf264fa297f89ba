package dev.opsuite.field.intake.infrastructure.persistence;

import dev.opsuite.field.kernel.Envelope;
import dev.opsuite.support.persistence.AuditedEntity;
import java.util.UUID;

/** An intake record's envelope to and from the audit columns every intake table has. */
final class Envelopes {

    private Envelopes() {
    }

    static Envelope of(UUID id, AuditedEntity row) {
        return new Envelope(id, row.tenantId, row.createdBy, row.createdAt, row.updatedBy, row.updatedAt, row.version);
    }

    /** Writes the audit columns of a new row; the version is Hibernate's. */
    static void stamp(AuditedEntity row, Envelope envelope) {
        row.tenantId = envelope.tenantId();
        row.createdBy = envelope.createdBy();
        row.createdAt = envelope.createdAt();
        row.updatedBy = envelope.updatedBy();
        row.updatedAt = envelope.updatedAt();
    }
}
