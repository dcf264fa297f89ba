package dev.opsuite.support.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.support.application.RejectedException;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void if_match_names_a_version_strong_or_weak() {
        assertThat(ETags.parse("\"3\"")).isEqualTo(3L);
        assertThat(ETags.parse("W/\"3\"")).isEqualTo(3L);
    }

    @Test
    void no_if_match_or_a_wildcard_means_no_expectation() {
        assertThat(ETags.parse(null)).isNull();
        assertThat(ETags.parse("*")).isNull();
    }

    @Test
    void a_malformed_if_match_is_a_400_naming_the_header() {
        assertThatThrownBy(() -> ETags.parse("\"abc\""))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.rejection().field()).isEqualTo("If-Match"));
    }

    @Test
    void a_read_answers_the_body_tagged_with_its_version() {
        var response = ETags.ok("body", 4);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getEntity()).isEqualTo("body");
        assertThat(response.getEntityTag().getValue()).isEqualTo("4");
    }

    @Test
    void a_creation_answers_201_at_the_new_records_path_tagged_with_its_version() {
        UUID id = UUID.randomUUID();
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] { UriInfo.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getAbsolutePathBuilder")) {
                        return UriBuilder.fromUri("http://localhost/products");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        var response = ETags.created(uri, id, "body", 0);
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation()).isEqualTo(URI.create("http://localhost/products/" + id));
        assertThat(response.getEntity()).isEqualTo("body");
        assertThat(response.getEntityTag().getValue()).isEqualTo("0");
    }
}
