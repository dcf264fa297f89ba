package dev.opsuite.support.relay;

import java.net.URI;

/** Host, port and database of a {@code jdbc:postgresql://} URL, as Debezium wants them apart. */
record JdbcUrl(String host, int port, String database) {

    static JdbcUrl parse(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("expected a jdbc:postgresql:// URL, got " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("no database in " + jdbcUrl);
        }
        return new JdbcUrl(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path);
    }
}
