package dev.opsuite.console.signin;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;

/**
 * Local sign-in only: signs the user's token with the launcher's private key (.suite/keys/private-key.pem,
 * {@code smallrye.jwt.sign.key.location}), with the claims the launcher's {@code Tokens.mint} gives
 * ({@code ./suite token}): iss, sub, upn, preferred_username, groups, tenant, aud (the five services), iat, exp,
 * jti, and the header kid "opsuite-local". In production the token comes from Keycloak (quarkus-oidc web-app) instead.
 */
@ApplicationScoped
public class LocalTokens {

    static final String KEY_ID = "opsuite-local";

    @ConfigProperty(name = "opsuite.console.token.issuer")
    String issuer;

    @ConfigProperty(name = "opsuite.console.token.audience")
    List<String> audience;

    @ConfigProperty(name = "opsuite.console.token.ttl", defaultValue = "PT12H")
    Duration ttl;

    public String mint(String user, String role, String tenant) {
        return Jwt.issuer(issuer)
                .subject(user)
                .upn(user)
                .preferredUserName(user)
                .groups(Set.of(role))
                .claim("tenant", tenant)
                .audience(new HashSet<>(audience))
                .expiresIn(ttl)
                .jws().keyId(KEY_ID)
                .sign();
    }
}
