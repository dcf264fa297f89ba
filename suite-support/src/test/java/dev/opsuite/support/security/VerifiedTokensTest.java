package dev.opsuite.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.SecretKey;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    /** Stands in for smallrye-jwt's parser: each token's expiry, or a refusal; counts the verifications. */
    static final class Verifier implements JWTParser {
        final Map<String, Long> expiries;
        final List<String> verified = new ArrayList<>();

        Verifier(Map<String, Long> expiries) {
            this.expiries = expiries;
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            Long exp = expiries.get(token);
            if (exp == null) {
                throw new ParseException("signature does not verify");
            }
            return jwt(token, exp);
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
            return parse(token);
        }

        // VerifiedTokens hands these straight through; the stub answers them as parse would
        @Override
        public JsonWebToken verify(String token, PublicKey key) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken verify(String token, SecretKey key) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken verify(String token, String secret) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken decrypt(String token, String secret) throws ParseException {
            return parse(token);
        }

        @Override
        public JsonWebToken parseOnly(String token) throws ParseException {
            return parse(token);
        }
    }

    private Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void a_token_is_verified_once_and_then_served_while_it_has_not_expired() throws ParseException {
        Verifier verifier = new Verifier(Map.of("alice", NOW.plusSeconds(3600).getEpochSecond()));
        VerifiedTokens tokens = new VerifiedTokens(verifier, at(NOW));

        JsonWebToken first = tokens.parse("alice");
        JsonWebToken second = tokens.parse("alice");

        assertThat(second).isSameAs(first);
        assertThat(verifier.verified).containsExactly("alice");
    }

    @Test
    void an_expired_token_goes_back_to_the_verifier_which_decides() throws ParseException {
        long exp = NOW.plusSeconds(60).getEpochSecond();
        Verifier verifier = new Verifier(Map.of("alice", exp));
        Instant[] now = { NOW };
        VerifiedTokens tokens = new VerifiedTokens(verifier, new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });

        tokens.parse("alice");
        now[0] = NOW.plusSeconds(59);
        tokens.parse("alice");
        assertThat(verifier.verified).as("served from the cache a second before its expiry").hasSize(1);

        // at its expiry and after it, verified each time (the verifier applies its own clock skew, and refuses then)
        now[0] = Instant.ofEpochSecond(exp);
        tokens.parse("alice");
        now[0] = Instant.ofEpochSecond(exp + 1);
        tokens.parse("alice");
        assertThat(verifier.verified).hasSize(3);
    }

    @Test
    void a_token_that_fails_is_never_kept() {
        Verifier verifier = new Verifier(Map.of());
        VerifiedTokens tokens = new VerifiedTokens(verifier, at(NOW));

        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);

        assertThat(verifier.verified).containsExactly("forged", "forged");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void each_token_is_its_own_entry_and_the_cache_starts_over_when_full() throws ParseException {
        Map<String, Long> expiries = new java.util.HashMap<>();
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            expiries.put("t" + i, NOW.plusSeconds(3600).getEpochSecond());
        }
        Verifier verifier = new Verifier(expiries);
        VerifiedTokens tokens = new VerifiedTokens(verifier, at(NOW));

        for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
            tokens.parse("t" + i);
        }
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.CAPACITY);
        tokens.parse("t" + VerifiedTokens.CAPACITY);

        assertThat(tokens.size()).isEqualTo(1);
        assertThat(verifier.verified).hasSize(VerifiedTokens.CAPACITY + 1);
    }

    /** A verified token as far as the cache looks at it: its expiry. */
    static JsonWebToken jwt(String name, long exp) {
        return new Jwt(name, exp);
    }

    private record Jwt(String name, long exp) implements JsonWebToken {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return "exp".equals(claim) ? (T) Long.valueOf(exp) : null;
        }
    }
}
