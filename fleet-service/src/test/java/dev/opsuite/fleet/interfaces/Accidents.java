package dev.opsuite.fleet.interfaces;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/** Request builders for accidents, as a client would call them. */
final class Accidents {

    /** The smallest JPEG start (SOI and an APP0 marker) followed by some bytes. */
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 2, 3 };
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    private Accidents() {
    }

    static Map<String, Object> report(String vehicleId, String driverId, String orderReference) {
        Map<String, Object> body = new HashMap<>();
        body.put("vehicleId", vehicleId);
        body.put("driverId", driverId);
        body.put("orderReference", orderReference);
        body.put("occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("location", "D1, km 112, direction Brno");
        body.put("damageDescription", "Cargo damaged, truck body dented");
        body.put("damageEstimate", Map.of("amount", new BigDecimal("50000"), "currency", "CZK"));
        return body;
    }

    static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/accidents").then();
    }

    static String reported(String token, String vehicleId, String driverId, String orderReference) {
        return post(token, report(vehicleId, driverId, orderReference)).statusCode(201).extract().path("id");
    }

    static ValidatableResponse act(String token, String id, String path, Object body) {
        var request = given().header("Authorization", token);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/accidents/{id}/" + path, id).then();
    }

    static ValidatableResponse upload(String token, String id, String filename, byte[] content, String declaredType) {
        return given().header("Authorization", token).multiPart("file", filename, content, declaredType)
                .post("/accidents/{id}/photos", id).then();
    }

    /** Seed 004: invoice 48,000 CZK (net, 21 % VAT), insurance 40,000, driver 5,000. */
    static Map<String, Object> completion(String net, String insurer, String deductible, String completedOn) {
        Map<String, Object> invoice = new HashMap<>();
        invoice.put("currency", "CZK");
        invoice.put("vatMode", "STANDARD");
        invoice.put("net", new BigDecimal(net));
        invoice.put("vatRate", new BigDecimal("21"));
        Map<String, Object> body = new HashMap<>();
        body.put("repairInvoice", invoice);
        body.put("supplier", "Karosárna Brno s.r.o.");
        body.put("invoiceReference", "FV-2025-0811");
        body.put("insurerShare", new BigDecimal(insurer));
        body.put("driverDeductible", new BigDecimal(deductible));
        body.put("completedOn", completedOn);
        return body;
    }
}
