package dev.opsuite.launcher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Mints RS256 JWTs for local use (the services verify them with the public key of {@link SigningKeys}). */
public final class Tokens {

    public static final String ISSUER = "https://opsuite.local/issuer";
    static final String KEY_ID = "opsuite-local";

    private Tokens() {
    }

    /** The audience of a local token: every service of the suite, as a user's token from the OIDC provider would. */
    public static List<String> suiteAudience() {
        return Suite.SERVICES.stream().map(Suite.Service::name).toList();
    }

    /** A token for the whole suite ({@link #suiteAudience()}); see {@link #mint(SigningKeys, String, Collection, String, Duration, Collection)}. */
    public static String mint(SigningKeys keys, String subject, Collection<String> groups, String tenant, Duration ttl) {
        return mint(keys, subject, groups, tenant, ttl, suiteAudience());
    }

    /**
     * RS256 JWT (header typ JWT, alg RS256, kid "opsuite-local") with the claims iss, sub, upn (= subject),
     * preferred_username, groups, tenant, aud (the services it is for), iat, exp (now + ttl) and jti.
     */
    public static String mint(SigningKeys keys, String subject, Collection<String> groups, String tenant, Duration ttl,
            Collection<String> audience) {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(ttl, "ttl");
        long now = Instant.now().getEpochSecond();

        Json header = new Json().field("alg", "RS256").field("typ", "JWT").field("kid", KEY_ID);
        Json claims = new Json()
                .field("iss", ISSUER)
                .field("sub", subject)
                .field("upn", subject)
                .field("preferred_username", subject)
                .field("groups", groups)
                .field("tenant", tenant)
                .field("aud", audience)
                .field("iat", now)
                .field("exp", now + ttl.toSeconds())
                .field("jti", UUID.randomUUID().toString());

        String signingInput = base64Url(header.toString()) + "." + base64Url(claims.toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.privateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the token", e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Just enough JSON for a flat object of strings, numbers and string arrays. */
    static final class Json {
        private final StringBuilder out = new StringBuilder("{");

        Json field(String name, String value) {
            key(name);
            quote(value);
            return this;
        }

        Json field(String name, long value) {
            key(name);
            out.append(value);
            return this;
        }

        Json field(String name, Collection<String> values) {
            key(name);
            out.append('[');
            boolean first = true;
            for (String value : values) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(Objects.requireNonNull(value, "null group"));
            }
            out.append(']');
            return this;
        }

        private void key(String name) {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(name);
            out.append(':');
        }

        private void quote(String value) {
            out.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !validSurrogate(value, i)) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }

        private static boolean validSurrogate(String s, int i) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            }
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }

        @Override
        public String toString() {
            return out + "}";
        }
    }
}
