package dev.opsuite.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.pgclient.PgException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/** A request that meets a restarting database is told so (503 with Retry-After), not handed an internal error. */
class DatabaseUnavailableTest {

    private final ProblemMappers mappers = new ProblemMappers(new ObjectMapper(), null);

    @Test
    void a_refused_connection_or_a_database_starting_up_is_503_with_retry_after() {
        for (Throwable failure : new Throwable[] {
                new HibernateException("HR000092: Unable to open a connection to the database", new ConnectException("Connection refused")),
                new PgException("the database system is starting up", "FATAL", "57P03", null),
                new PgException("terminating connection due to administrator command", "FATAL", "57P01", null),
                new java.sql.SQLException("connection failure", "08006") }) {
            Response response = mappers.unexpected(failure, null);
            assertThat(response.getStatus()).as("%s", failure).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
            assertThat(response.getEntity().toString()).contains("database-unavailable");
        }
    }

    @Test
    void a_lock_timeout_or_a_bug_is_not_mistaken_for_an_outage() {
        assertThat(ProblemMappers.databaseUnavailable(new PgException("lock timeout", "ERROR", "55P03", null))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new NullPointerException())).isFalse();
    }
}
