package dev.opsuite.inventory.testing;

import dev.opsuite.support.domain.Envelope;

/** What the database does to a record's envelope when it writes a change: the version goes up by one. */
final class Versions {

    private Versions() {
    }

    static Envelope written(Envelope e) {
        return e.withVersion(e.version() + 1);
    }
}
