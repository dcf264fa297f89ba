package dev.opsuite.support.relay;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The outbox's logical replication slot. A slot keeps the WAL from the moment it is created, so an
 * outbox row written before it exists is never relayed. It is therefore created first thing at
 * start, before the consumers and before the outbox accepts a row ({@link #ready()}), and also when
 * Kafka Connect relays instead of the embedded engine: the connector then finds it waiting.
 */
@ApplicationScoped
public class ReplicationSlot {

    private static final Logger LOG = Logger.getLogger(ReplicationSlot.class);

    private final RelayConfig config;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private volatile boolean ready;

    public ReplicationSlot(RelayConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.config = config;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) throws SQLException {
        ensure();
    }

    /** True once the slot exists; until then the outbox refuses rows rather than write ones nobody would relay. */
    public boolean ready() {
        return ready;
    }

    public String name() {
        return config.slotName();
    }

    synchronized void ensure() throws SQLException {
        if (ready) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement exists = c.prepareStatement("select 1 from pg_replication_slots where slot_name = ?")) {
            exists.setString(1, config.slotName());
            if (!exists.executeQuery().next()) {
                try (PreparedStatement create = c.prepareStatement("select pg_create_logical_replication_slot(?, 'pgoutput')")) {
                    create.setString(1, config.slotName());
                    create.execute();
                    LOG.infof("created replication slot %s", config.slotName());
                } catch (SQLException e) {
                    if (!"42710".equals(e.getSQLState())) { // another replica created it first
                        throw e;
                    }
                }
            }
        }
        ready = true;
    }
}
