package dev.opsuite.billing.kernel;

import java.util.UUID;

/** A record that carries an {@link Envelope}: its identity, tenant and version are the envelope's. */
public interface Enveloped {

    Envelope envelope();

    default UUID id() {
        return envelope().id();
    }

    default String tenantId() {
        return envelope().tenantId();
    }

    default long version() {
        return envelope().version();
    }
}
