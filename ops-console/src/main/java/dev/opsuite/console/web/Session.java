package dev.opsuite.console.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The signed-in user: the token itself lives in an HttpOnly cookie (local sign-in). The console does not trust its
 * claims for anything but showing who is signed in: the services verify the token on every call.
 */
public record Session(String token, String user, String role, String tenant) {

    public static final String COOKIE = "opsuite_token";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Optional<Session> of(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            String role = claims.path("groups").path(0).asText();
            return Optional.of(new Session(token, claims.path("preferred_username").asText(), role,
                    claims.path("tenant").asText()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String bearer() {
        return "Bearer " + token;
    }
}
