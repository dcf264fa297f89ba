package dev.opsuite.support.persistence;

import dev.opsuite.support.domain.Envelope;
import java.util.UUID;

/** An aggregate's {@link Envelope} to and from the tenant and audit columns of its row. */
public final class Envelopes {

    private Envelopes() {
    }

    /** The envelope of the row {@code id}; a row without "updated" columns was last changed when it was made. */
    public static Envelope of(UUID id, TenantOwnedEntity row) {
        if (row instanceof AuditedEntity audited) {
            return new Envelope(id, row.tenantId, row.createdBy, row.createdAt, audited.updatedBy, audited.updatedAt,
                    row.version);
        }
        return new Envelope(id, row.tenantId, row.createdBy, row.createdAt, row.createdBy, row.createdAt, row.version);
    }

    /** Writes the tenant and audit columns of a row from its envelope; the version is Hibernate's. */
    public static void stamp(TenantOwnedEntity row, Envelope envelope) {
        row.tenantId = envelope.tenantId();
        row.createdBy = envelope.createdBy();
        row.createdAt = envelope.createdAt();
        if (row instanceof AuditedEntity audited) {
            audited.updatedBy = envelope.updatedBy();
            audited.updatedAt = envelope.updatedAt();
        }
    }
}
