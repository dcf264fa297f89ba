package dev.opsuite.support.inbox;

import dev.opsuite.support.problem.RejectedException;

/**
 * What a failed delivery means. Only two failures are final: a poison message (no headers, no
 * contract, unreadable payload) and a business rejection (the consumer's rule said no). Anything
 * else (database down or failing over, a lock timeout, a reset connection, a rebalance, even a bug
 * that a deployment will fix) is retried until it passes: dead-lettering it would lose the event.
 */
enum Failures {
    POISON, REJECTED, TRANSIENT;

    static Failures of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEventException) {
                return POISON;
            }
            if (t instanceof RejectedException) {
                return REJECTED;
            }
        }
        return TRANSIENT;
    }

    boolean isFinal() {
        return this != TRANSIENT;
    }
}
