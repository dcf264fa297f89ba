package dev.opsuite.inventory.testing;

import dev.opsuite.inventory.kernel.Envelope;

/** What the database does to a record's envelope when it writes a change: the version goes up by one. */
final class Versions {

    private Versions() {
    }

    static Envelope written(Envelope e) {
        return at(e, e.version() + 1);
    }

    static Envelope at(Envelope e, long version) {
        return new Envelope(e.id(), e.tenantId(), e.createdBy(), e.createdAt(), e.updatedBy(), e.updatedAt(), version);
    }
}
