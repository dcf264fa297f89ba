package dev.opsuite.support.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The shared configuration every service inherits (META-INF/microprofile-config.properties), read as SmallRye reads it. */
class SharedConfigurationTest {

    @Test
    void in_production_a_missing_issuer_or_key_location_stops_the_service() throws IOException {
        SmallRyeConfig prod = config("prod", Map.of());
        assertThatThrownBy(() -> prod.getValue("mp.jwt.verify.issuer", String.class))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("OIDC_ISSUER");
        assertThatThrownBy(() -> prod.getValue("mp.jwt.verify.publickey.location", String.class))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("OIDC_JWKS_URL");

        SmallRyeConfig configured = config("prod", Map.of("OIDC_ISSUER", "https://keycloak/realms/opsuite",
                "OIDC_JWKS_URL", "https://keycloak/realms/opsuite/protocol/openid-connect/certs"));
        assertThat(configured.getValue("mp.jwt.verify.issuer", String.class)).isEqualTo("https://keycloak/realms/opsuite");
    }

    @Test
    void outside_production_the_local_key_is_the_fallback() throws IOException {
        SmallRyeConfig dev = config("dev", Map.of());
        assertThat(dev.getValue("mp.jwt.verify.publickey.location", String.class)).isEqualTo("file:../.suite/keys/public-key.pem");
    }

    @Test
    void each_service_expects_tokens_addressed_to_it() throws IOException {
        SmallRyeConfig prod = config("prod", Map.of("quarkus.application.name", "fleet-service"));
        assertThat(prod.getValue("mp.jwt.verify.audiences", String.class)).isEqualTo("fleet-service");
    }

    @Test
    void kafka_authentication_comes_from_the_environment_and_stays_off_without_it() throws IOException {
        SmallRyeConfig local = config("prod", Map.of());
        assertThat(local.getValue("kafka.security.protocol", String.class)).isEqualTo("PLAINTEXT");
        assertThat(local.getOptionalValue("kafka.sasl.jaas.config", String.class)).isEmpty();

        SmallRyeConfig cluster = config("prod", Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512", "KAFKA_SASL_JAAS_CONFIG", "scram required;"));
        assertThat(cluster.getValue("kafka.security.protocol", String.class)).isEqualTo("SASL_SSL");
        assertThat(cluster.getValue("kafka.sasl.mechanism", String.class)).isEqualTo("SCRAM-SHA-512");
        assertThat(cluster.getValue("kafka.sasl.jaas.config", String.class)).isEqualTo("scram required;");
    }

    @Test
    void kafka_and_the_relay_do_not_decide_readiness() throws IOException {
        SmallRyeConfig prod = config("prod", Map.of());
        assertThat(prod.getValue("quarkus.kafka.health.enabled", Boolean.class)).isFalse();
        assertThat(prod.getValue("mp.messaging.connector.smallrye-kafka.health-readiness-enabled", Boolean.class)).isFalse();
        assertThat(prod.getValue("mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms", Integer.class))
                .isZero();
    }

    private static SmallRyeConfig config(String profile, Map<String, String> environment) throws IOException {
        URL shared = SharedConfigurationTest.class.getClassLoader().getResource("META-INF/microprofile-config.properties");
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(shared, 100))
                .withSources(new io.smallrye.config.common.MapBackedConfigSource("environment", environment, 300) {
                })
                .build();
    }
}
