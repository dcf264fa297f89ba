package dev.opsuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {

    static {
        TestDirs.ensureTmpDir();
    }

    @TempDir
    Path dir;

    @Test
    void mintsAnRs256TokenThatVerifiesWithThePublicKeyFile() throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dir.resolve("keys"));
        String jwt = Tokens.mint(keys, "dev-dispatcher", List.of("dispatcher", "auditor"), "acme", Duration.ofHours(12));

        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        String header = decode(parts[0]);
        assertThat(header).contains("\"alg\":\"RS256\"", "\"typ\":\"JWT\"", "\"kid\":\"opsuite-local\"");

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKeyFrom(keys.publicKeyPem()));
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        String claims = decode(parts[1]);
        assertThat(claims).contains(
                "\"iss\":\"https://opsuite.local/issuer\"",
                "\"sub\":\"dev-dispatcher\"",
                "\"upn\":\"dev-dispatcher\"",
                "\"preferred_username\":\"dev-dispatcher\"",
                "\"groups\":[\"dispatcher\",\"auditor\"]",
                "\"tenant\":\"acme\"");
        assertThat(claims).containsPattern("\"jti\":\"[0-9a-f-]{36}\"");
        long iat = number(claims, "iat");
        long exp = number(claims, "exp");
        assertThat(exp - iat).isEqualTo(Duration.ofHours(12).toSeconds());
        assertThat(Math.abs(iat - System.currentTimeMillis() / 1000)).isLessThan(60);
    }

    @Test
    void keysAreCreatedOnceAndReused() throws Exception {
        Path keysDir = dir.resolve("keys");
        SigningKeys first = SigningKeys.loadOrCreate(keysDir);
        SigningKeys second = SigningKeys.loadOrCreate(keysDir);
        assertThat(second.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        assertThat(Files.readString(first.publicKeyPem())).startsWith("-----BEGIN PUBLIC KEY-----");
        Path privatePem = keysDir.resolve("private-key.pem");
        assertThat(Files.readString(privatePem)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privatePem))).isEqualTo("rw-------");
        assertThat(first.publicKeyPem()).isAbsolute();
    }

    @Test
    void escapesStringsInClaims() throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dir.resolve("keys"));
        String jwt = Tokens.mint(keys, "a\"b\\c", List.of("line\nbreak", "tab\t", "\u0001", "é"), "t", Duration.ofMinutes(1));
        String claims = decode(jwt.split("\\.")[1]);
        assertThat(claims).contains("\"sub\":\"a\\\"b\\\\c\"");
        assertThat(claims).contains("\"groups\":[\"line\\nbreak\",\"tab\\t\",\"\\u0001\",\"é\"]");
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(name).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static PublicKey publicKeyFrom(Path pem) throws Exception {
        String text = Files.readString(pem)
                .replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(text)));
    }
}
