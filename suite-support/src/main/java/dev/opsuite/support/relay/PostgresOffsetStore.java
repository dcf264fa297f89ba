package dev.opsuite.support.relay;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.MemoryOffsetBackingStore;

/**
 * Keeps the relay's Debezium offsets in the service's own database (table
 * {@code outbox_relay_offset}), so they survive a pod being replaced. Debezium creates it by class
 * name and hands it the engine properties; the {@code opsuite.offset.jdbc.*} ones say where to write.
 */
public class PostgresOffsetStore extends MemoryOffsetBackingStore {

    static final String URL = "opsuite.offset.jdbc.url";
    static final String USER = "opsuite.offset.jdbc.user";
    static final String PASSWORD = "opsuite.offset.jdbc.password";

    private String url;
    private String user;
    private String password;

    @Override
    public void configure(WorkerConfig config) {
        super.configure(config);
        Map<String, String> originals = config.originalsStrings();
        url = originals.get(URL);
        user = originals.get(USER);
        password = originals.get(PASSWORD);
        if (url == null) {
            throw new ConnectException(URL + " is not set");
        }
    }

    @Override
    public synchronized void start() {
        super.start();
        try (Connection c = connect();
             PreparedStatement select = c.prepareStatement("select offset_key, offset_value from outbox_relay_offset");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                byte[] value = rows.getBytes(2);
                data.put(ByteBuffer.wrap(rows.getBytes(1)), value == null ? null : ByteBuffer.wrap(value));
            }
        } catch (SQLException e) {
            throw new ConnectException("cannot read relay offsets", e);
        }
    }

    @Override
    protected void save() {
        try (Connection c = connect();
             PreparedStatement upsert = c.prepareStatement("""
                     insert into outbox_relay_offset (offset_key, offset_value) values (?, ?)
                     on conflict (offset_key) do update set offset_value = excluded.offset_value""")) {
            for (Map.Entry<ByteBuffer, ByteBuffer> entry : data.entrySet()) {
                upsert.setBytes(1, bytes(entry.getKey()));
                upsert.setBytes(2, entry.getValue() == null ? null : bytes(entry.getValue()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new ConnectException("cannot write relay offsets", e);
        }
    }

    @Override
    public Set<Map<String, Object>> connectorPartitions(String connectorName) {
        return Set.of(); // only Kafka Connect's REST offsets API asks for this
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
