package dev.opsuite.support.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.application.Rejection;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/** Which failures give up on an event (dead letter) and which only delay it (retry). */
class FailuresTest {

    @Test
    void an_outage_a_lock_or_a_bug_only_delays_the_event() {
        assertThat(Failures.of(new HibernateException(new ConnectException("Connection refused")))).isEqualTo(Failures.TRANSIENT);
        assertThat(Failures.of(new CompletionException(new SQLTransientConnectionException("pool closed", "08006"))))
                .isEqualTo(Failures.TRANSIENT);
        assertThat(Failures.of(new PgException("canceling statement due to lock timeout", "ERROR", "55P03", null)))
                .isEqualTo(Failures.TRANSIENT);
        assertThat(Failures.of(new PgException("could not serialize access", "ERROR", "40001", null)))
                .isEqualTo(Failures.TRANSIENT);
        assertThat(Failures.of(new PgException("terminating connection due to administrator command", "FATAL", "57P01", null)))
                .isEqualTo(Failures.TRANSIENT);
        assertThat(Failures.of(new NullPointerException("a bug the next deployment fixes"))).isEqualTo(Failures.TRANSIENT);
    }

    @Test
    void a_rule_or_the_database_refusing_the_data_is_final() {
        assertThat(Failures.of(new CompletionException(Rejection.conflict("note-not-receivable", null, "no").toException())))
                .isEqualTo(Failures.REJECTED);
        assertThat(Failures.of(new HibernateException(new PgException("numeric field overflow", "ERROR", "22003", null))))
                .isEqualTo(Failures.REJECTED);
        assertThat(Failures.of(new HibernateException(new SQLException("violates check constraint", "23514"))))
                .isEqualTo(Failures.REJECTED);
    }

    @Test
    void an_unreadable_message_is_poison() {
        assertThat(Failures.of(new PoisonEventException("unreadable headers", null))).isEqualTo(Failures.POISON);
        assertThat(Failures.POISON.isFinal()).isTrue();
        assertThat(Failures.TRANSIENT.isFinal()).isFalse();
    }
}
