package dev.opsuite.console;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;

import dev.opsuite.console.web.NoSignIn;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * inventory-transfer-service's GET /transfers-dispatch-note as far as the console uses it: 45 notes, paged, for a
 * token signed with the launcher's key (401 otherwise) of an inventory role (403 problem+json otherwise).
 */
/** Stands in for the service: it checks the bearer itself, as the service would, so it needs no console sign-in. */
@NoSignIn
@ApplicationScoped
@Path("/fake-inventory/transfers-dispatch-note")
public class FakeInventoryTransfer {

    static final int TOTAL = 45;
    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile JsonNode lastClaims;
    private volatile int lastPage;
    private volatile int failNext;

    /** The claims of the last call's token (a method: the test holds a client proxy, whose fields are not the bean's). */
    JsonNode lastClaims() {
        return lastClaims;
    }

    int lastPage() {
        return lastPage;
    }

    /** The next call answers this problem+json status instead of a page (once). */
    void failNext(int status) {
        failNext = status;
    }

    @GET
    public Response list(@HeaderParam("Authorization") String authorization,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size)
            throws JsonProcessingException {
        JsonNode claims = verified(authorization);
        if (claims == null) {
            return Response.status(401).build();
        }
        lastClaims = claims;
        lastPage = page;
        if (failNext != 0) {
            int status = failNext;
            failNext = 0;
            return problem(status, "Service Unavailable", "The notes cannot be read right now.");
        }
        String role = claims.path("groups").path(0).asText();
        if (!List.of("inventory-manager", "warehouse-clerk", "auditor").contains(role)) {
            return problem(403, "Forbidden", "The role " + role + " may not read transfer dispatch notes.");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int n = (page - 1) * size + 1; n <= Math.min(page * size, TOTAL); n++) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("id", UUID.randomUUID().toString());
            note.put("documentNumber", String.format("TDN-%04d", n));
            note.put("status", "DISPATCHED");
            note.put("createdAt", Instant.parse("2026-12-01T08:00:00Z").plusSeconds(60L * n).toString());
            note.put("version", 1);
            note.put("detail", List.of());
            items.add(note);
        }
        Map<String, Object> body = Map.of("items", items, "page", page, "size", size, "total", TOTAL,
                "totalPages", (TOTAL + size - 1) / size);
        return Response.ok(JSON.writeValueAsString(body), "application/json").build();
    }

    private static Response problem(int status, String title, String detail) throws JsonProcessingException {
        return Response.status(status).type("application/problem+json").entity(JSON.writeValueAsString(Map.of(
                "type", "about:blank", "title", title, "status", status, "detail", detail))).build();
    }

    /** The token's claims when its RS256 signature verifies with the launcher's public key, else null. */
    private static JsonNode verified(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(ConsoleTestStack.keys().publicKey());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return null;
            }
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (GeneralSecurityException | java.io.IOException e) {
            return null;
        }
    }
}
