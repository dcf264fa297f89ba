package dev.opsuite.inventory.interfaces;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Request builders for locations and products, as a client would call them; codes and SKUs never collide. */
public final class CatalogRequests {

    private CatalogRequests() {
    }

    /** A location opened with a unique code (a TRUCK with a random vehicle); returns its id. */
    public static String newLocation(String token, String type, String name) {
        return postLocation(token, location(type, name)).statusCode(201).extract().path("id");
    }

    /** A product registered under {@code sku} plus a random suffix; returns its id. */
    public static String newProduct(String token, String sku, String name) {
        return postProduct(token, product(unique(sku), name)).statusCode(201).extract().path("id");
    }

    /** A mutable body for POST /locations: type, name, a unique code, and for a TRUCK a random vehicleId. */
    public static Map<String, Object> location(String type, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("name", name);
        body.put("code", unique(type));
        if ("TRUCK".equals(type)) {
            body.put("vehicleId", UUID.randomUUID().toString());
        }
        return body;
    }

    /** A mutable body for POST /products. */
    public static Map<String, Object> product(String sku, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("sku", sku);
        body.put("name", name);
        return body;
    }

    /** {@code prefix} made unique: {@code prefix-<uuid>}. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static ValidatableResponse postLocation(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/locations").then();
    }

    public static ValidatableResponse postProduct(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/products").then();
    }

    public static ValidatableResponse getLocation(String token, String id) {
        return given().header("Authorization", token).get("/locations/{id}", id).then();
    }

    public static ValidatableResponse getProduct(String token, String id) {
        return given().header("Authorization", token).get("/products/{id}", id).then();
    }

    /** PATCH with a raw JSON body; {@code ifMatch} may be null. */
    public static ValidatableResponse patchLocation(String token, String id, String ifMatch, String json) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON).body(json);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch("/locations/{id}", id).then();
    }

    /** PATCH with a raw JSON body; {@code ifMatch} may be null. */
    public static ValidatableResponse patchProduct(String token, String id, String ifMatch, String json) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON).body(json);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch("/products/{id}", id).then();
    }
}
