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
 * inventory-transfer-service's note search as far as the list uses it: 45 notes between two locations, paged, the
 * free text and status filters applied, for a token signed with the launcher's key (401 otherwise) of an inventory
 * role (403 problem+json otherwise); and the business's locations, for their names.
 */
/** Stands in for the service: it checks the bearer itself, as the service would, so it needs no console sign-in. */
@NoSignIn
@ApplicationScoped
@Path("/fake-inventory")
public class FakeInventoryTransfer {

    static final int TOTAL = 45;
    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile JsonNode lastClaims;
    private volatile int lastPage;
    private volatile int failNext;
    private volatile String lastQuery;

    static final UUID WAREHOUSE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID STORE = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    /** The claims of the last call's token (a method: the test holds a client proxy, whose fields are not the bean's). */
    JsonNode lastClaims() {
        return lastClaims;
    }

    int lastPage() {
        return lastPage;
    }

    /** The query string of the last search (the filters the console sent). */
    String lastQuery() {
        return lastQuery;
    }

    /** The next call answers this problem+json status instead of a page (once). */
    void failNext(int status) {
        failNext = status;
    }

    @GET
    @Path("locations")
    public Response locations(@HeaderParam("Authorization") String authorization) throws JsonProcessingException {
        if (verified(authorization) == null) {
            return Response.status(401).build();
        }
        List<Map<String, Object>> items = List.of(
                Map.of("id", WAREHOUSE.toString(), "type", "WAREHOUSE", "name", "Central warehouse Brno", "code", "WH-BRNO"),
                Map.of("id", STORE.toString(), "type", "STORE", "name", "Store Olomouc", "code", "ST-OLO"));
        return Response.ok(JSON.writeValueAsString(Map.of("items", items, "page", 1, "size", 200, "total", 2, "totalPages", 1)),
                "application/json").build();
    }

    @GET
    @Path("transfers-dispatch-note/search")
    public Response list(@HeaderParam("Authorization") String authorization,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("search") String search, @QueryParam("status") String status,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri)
            throws JsonProcessingException {
        lastQuery = uri.getRequestUri().getRawQuery();
        JsonNode claims = verified(authorization);
        if (claims == null) {
            return Response.status(401).build();
        }
        lastClaims = claims;
        lastPage = page;
        if (failNext != 0) {
            int failure = failNext;
            failNext = 0;
            return problem(failure, "Service Unavailable", "The notes cannot be read right now.");
        }
        String role = claims.path("groups").path(0).asText();
        if (!List.of("inventory-manager", "warehouse-clerk", "auditor").contains(role)) {
            return problem(403, "Forbidden", "The role " + role + " may not read transfer dispatch notes.");
        }
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= TOTAL; n++) {
            String number = String.format("TDN-%04d", n);
            String noteStatus = n % 3 == 0 ? "RECEIVING" : "ACTIVE";
            if ((search == null || number.contains(search)) && (status == null || status.equals(noteStatus))) {
                numbers.add(n);
            }
        }
        int total = numbers.size();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int n : numbers.subList(Math.min((page - 1) * size, total), Math.min(page * size, total))) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("id", UUID.randomUUID().toString());
            note.put("documentNumber", String.format("TDN-%04d", n));
            note.put("status", n % 3 == 0 ? "RECEIVING" : "ACTIVE");
            note.put("transferGoodsReceiptStatus", n % 3 == 0 ? "PARTIAL" : null);
            note.put("originLocationId", WAREHOUSE.toString());
            note.put("destinationLocationId", STORE.toString());
            note.put("costDetail", Map.of("items", List.of(), "total", 100 + n, "currency", "EUR", "frozen", true));
            note.put("createdAt", Instant.parse("2026-12-01T08:00:00Z").plusSeconds(60L * n).toString());
            note.put("version", 1);
            note.put("detail", List.of());
            items.add(note);
        }
        Map<String, Object> body = Map.of("items", items, "page", page, "size", size, "total", total,
                "totalPages", (total + size - 1) / size);
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
