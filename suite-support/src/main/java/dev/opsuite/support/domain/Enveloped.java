package dev.opsuite.support.domain;

import java.util.UUID;

/** An aggregate that carries an {@link Envelope}: its identity, tenant and version are the envelope's. */
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
