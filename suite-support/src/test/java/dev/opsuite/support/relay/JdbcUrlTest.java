package dev.opsuite.support.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {

    @Test
    void debezium_gets_host_port_and_database_apart() {
        assertThat(JdbcUrl.parse("jdbc:postgresql://db.internal:6543/inventory_transfer?sslmode=require"))
                .isEqualTo(new JdbcUrl("db.internal", 6543, "inventory_transfer"));
        assertThat(JdbcUrl.parse("jdbc:postgresql://127.0.0.1/billing")).isEqualTo(new JdbcUrl("127.0.0.1", 5432, "billing"));
    }

    @Test
    void only_postgresql_urls_with_a_database_are_accepted() {
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:mysql://h/db")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:postgresql://h:5432/")).isInstanceOf(IllegalArgumentException.class);
    }
}
