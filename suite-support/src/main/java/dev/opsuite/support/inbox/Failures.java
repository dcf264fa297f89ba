package dev.opsuite.support.inbox;

import dev.opsuite.support.application.RejectedException;
import io.vertx.pgclient.PgException;
import java.sql.SQLException;

/**
 * What a failed delivery means. Three failures are final: a poison message (no headers, no contract,
 * unreadable payload), a business rejection (the consumer's rule said no) and the database refusing the
 * data itself (SQLState class 22, a value out of range; class 23, a constraint): the same event would
 * meet the same answer forever. Anything else (database down or failing over, a lock timeout, a reset
 * connection, a rebalance, even a bug that a deployment will fix) is retried until it passes:
 * dead-lettering it would lose the event.
 */
enum Failures {
    POISON, REJECTED, TRANSIENT;

    static Failures of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEventException) {
                return POISON;
            }
            if (t instanceof RejectedException || refusedData(sqlState(t))) {
                return REJECTED;
            }
        }
        return TRANSIENT;
    }

    boolean isFinal() {
        return this != TRANSIENT;
    }

    private static String sqlState(Throwable t) {
        if (t instanceof PgException pg) {
            return pg.getSqlState();
        }
        return t instanceof SQLException sql ? sql.getSQLState() : null;
    }

    private static boolean refusedData(String sqlState) {
        return sqlState != null && (sqlState.startsWith("22") || sqlState.startsWith("23"));
    }
}
