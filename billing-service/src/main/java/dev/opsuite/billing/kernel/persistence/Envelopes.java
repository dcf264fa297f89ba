package dev.opsuite.billing.kernel.persistence;

import dev.opsuite.billing.kernel.Envelope;
import dev.opsuite.support.persistence.TenantOwnedEntity;
import java.util.UUID;

/** A record's envelope to and from the tenant and audit columns every billing table has. */
public final class Envelopes {

    private Envelopes() {
    }

    public static Envelope of(UUID id, TenantOwnedEntity row) {
        return new Envelope(id, row.tenantId, row.createdBy, row.createdAt, row.version);
    }

    /** Writes the tenant and audit columns of a new row; the version is Hibernate's. */
    public static void stamp(TenantOwnedEntity row, Envelope envelope) {
        row.tenantId = envelope.tenantId();
        row.createdBy = envelope.createdBy();
        row.createdAt = envelope.createdAt();
    }
}
