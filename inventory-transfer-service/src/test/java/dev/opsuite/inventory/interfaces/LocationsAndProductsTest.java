package dev.opsuite.inventory.interfaces;

import static dev.opsuite.inventory.interfaces.CatalogRequests.getLocation;
import static dev.opsuite.inventory.interfaces.CatalogRequests.getProduct;
import static dev.opsuite.inventory.interfaces.CatalogRequests.location;
import static dev.opsuite.inventory.interfaces.CatalogRequests.newLocation;
import static dev.opsuite.inventory.interfaces.CatalogRequests.newProduct;
import static dev.opsuite.inventory.interfaces.CatalogRequests.patchLocation;
import static dev.opsuite.inventory.interfaces.CatalogRequests.patchProduct;
import static dev.opsuite.inventory.interfaces.CatalogRequests.postLocation;
import static dev.opsuite.inventory.interfaces.CatalogRequests.postProduct;
import static dev.opsuite.inventory.interfaces.CatalogRequests.product;
import static dev.opsuite.inventory.interfaces.CatalogRequests.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocationsAndProductsTest {

    static final String TENANT = "acme";
    static final String MANAGER = SuiteStack.bearer(TENANT, "inventory-manager");
    static final String CLERK = SuiteStack.bearer(TENANT, "warehouse-clerk");
    static final String AUDITOR = SuiteStack.bearer(TENANT, "auditor");
    static final String PROBLEM = "https://opsuite.dev/problems/";

    /** A manager of a business of its own, so that totals and orders count only this test's rows. */
    private static String managerOfNewTenant() {
        return SuiteStack.bearer("catalog-" + UUID.randomUUID(), "inventory-manager");
    }

    // ---- locations --------------------------------------------------------------------------------

    @Test
    void an_opened_location_is_active_and_readable_with_its_etag() {
        var body = location("WAREHOUSE", "  Central warehouse ");
        body.put("address", " Hafenstrasse 1, Hamburg ");
        String code = (String) body.get("code");

        String id = postLocation(MANAGER, body).statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("type", equalTo("WAREHOUSE"))
                .body("name", equalTo("Central warehouse"))
                .body("code", equalTo(code))
                .body("address", equalTo("Hafenstrasse 1, Hamburg"))
                .body("vehicleId", equalTo(null))
                .body("active", equalTo(true))
                .body("createdBy", equalTo("test-inventory-manager"))
                .body("version", equalTo(0))
                .extract().path("id");

        given().header("Authorization", MANAGER).get("/locations/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"").body("id", equalTo(id)).body("code", equalTo(code));
        getLocation(AUDITOR, id).statusCode(200).body("name", equalTo("Central warehouse"));
        getLocation(CLERK, id).statusCode(200);
    }

    @Test
    void the_location_header_points_at_the_new_location() {
        var response = postLocation(MANAGER, location("STORE", "Store Altona")).statusCode(201).extract();
        String id = response.path("id");

        org.assertj.core.api.Assertions.assertThat(response.header("Location")).endsWith("/locations/" + id);
    }

    @Test
    void a_truck_names_its_vehicle() {
        var body = location("TRUCK", "Van 7");
        String vehicle = (String) body.get("vehicleId");

        postLocation(MANAGER, body).statusCode(201)
                .body("type", equalTo("TRUCK"))
                .body("vehicleId", equalTo(vehicle));
    }

    @Test
    void a_truck_without_a_vehicle_is_refused_naming_vehicleId() {
        var body = location("TRUCK", "Van without vehicle");
        body.remove("vehicleId");

        postLocation(MANAGER, body).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "truck-without-vehicle"))
                .body("errors.field", hasItem("vehicleId"));
    }

    @Test
    void a_warehouse_with_a_vehicle_is_refused_naming_vehicleId() {
        var body = location("WAREHOUSE", "Warehouse on wheels");
        body.put("vehicleId", UUID.randomUUID().toString());

        postLocation(MANAGER, body).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "vehicle-on-fixed-location"))
                .body("errors.field", hasItem("vehicleId"));
    }

    @Test
    void a_code_taken_in_the_business_is_409_naming_it_but_another_business_may_use_it() {
        var first = location("WAREHOUSE", "North");
        postLocation(MANAGER, first).statusCode(201);

        var second = location("STORE", "South");
        second.put("code", " " + first.get("code") + " ");
        postLocation(MANAGER, second).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "location-code-taken"))
                .body("errors.field", hasItem("code"));

        postLocation(SuiteStack.bearer("globex", "inventory-manager"), second).statusCode(201);
    }

    @Test
    void renaming_to_a_taken_code_is_409_naming_it() {
        var taken = location("WAREHOUSE", "East");
        postLocation(MANAGER, taken).statusCode(201);
        String id = newLocation(MANAGER, "WAREHOUSE", "West");

        patchLocation(MANAGER, id, null, "{\"code\":\"" + taken.get("code") + "\"}").statusCode(409)
                .body("type", equalTo(PROBLEM + "location-code-taken"))
                .body("errors.field", hasItem("code"));
        getLocation(MANAGER, id).header("ETag", "\"0\"");
    }

    @Test
    void a_vehicle_is_the_truck_of_one_location_only() {
        var first = location("TRUCK", "Van 1");
        postLocation(MANAGER, first).statusCode(201);

        var second = location("TRUCK", "Van 1 again");
        second.put("vehicleId", first.get("vehicleId"));
        postLocation(MANAGER, second).statusCode(409)
                .body("type", equalTo(PROBLEM + "vehicle-already-a-location"))
                .body("errors.field", hasItem("vehicleId"));
    }

    @Test
    void missing_or_bad_fields_are_400_naming_them() {
        var body = location("WAREHOUSE", " ");
        body.put("code", "x".repeat(65));
        postLocation(MANAGER, body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation-failed"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("code"));

        var noType = location("WAREHOUSE", "No type");
        noType.remove("type");
        postLocation(MANAGER, noType).statusCode(400).body("errors.field", hasItem("type"));

        var unknownType = location("WAREHOUSE", "Boat");
        unknownType.put("type", "BOAT");
        postLocation(MANAGER, unknownType).statusCode(400).body("errors.field", hasItem("type"));

        var blankCode = location("WAREHOUSE", "Blank code");
        blankCode.put("code", "  ");
        postLocation(MANAGER, blankCode).statusCode(400).body("errors.field", hasItem("code"));
    }

    @Test
    void lists_filter_by_type_and_are_paged_with_a_total() {
        String manager = managerOfNewTenant();
        newLocation(manager, "WAREHOUSE", "Bravo");
        newLocation(manager, "WAREHOUSE", "Alpha");
        newLocation(manager, "WAREHOUSE", "Charlie");
        newLocation(manager, "TRUCK", "Delta van");

        given().header("Authorization", manager).queryParam("type", "warehouse").queryParam("size", 2)
                .queryParam("orderBy", "name").queryParam("order", "asc")
                .get("/locations").then().statusCode(200)
                .body("items.name", contains("Alpha", "Bravo"))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("total", equalTo(3))
                .body("totalPages", equalTo(2));
        given().header("Authorization", manager).queryParam("type", "WAREHOUSE").queryParam("size", 2).queryParam("page", 2)
                .queryParam("orderBy", "name").queryParam("order", "asc")
                .get("/locations").then().statusCode(200)
                .body("items.name", contains("Charlie"))
                .body("total", equalTo(3));
        given().header("Authorization", manager).queryParam("type", "TRUCK").get("/locations").then().statusCode(200)
                .body("items.type", everyItem(equalTo("TRUCK")))
                .body("total", equalTo(1));
        given().header("Authorization", manager).get("/locations").then().statusCode(200).body("total", equalTo(4));
    }

    @Test
    void search_matches_name_or_code_case_insensitively() {
        String manager = managerOfNewTenant();
        var byCode = location("STORE", "Shop");
        byCode.put("code", "HH-ALTONA-1");
        postLocation(manager, byCode).statusCode(201);
        newLocation(manager, "WAREHOUSE", "Altona depot");
        newLocation(manager, "WAREHOUSE", "Harburg depot");

        given().header("Authorization", manager).queryParam("search", "altona").queryParam("orderBy", "name")
                .queryParam("order", "asc").get("/locations").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.name", contains("Altona depot", "Shop"));
        given().header("Authorization", manager).queryParam("search", "DEPOT").queryParam("type", "WAREHOUSE")
                .get("/locations").then().statusCode(200).body("total", equalTo(2));
        // Wildcards in the text are matched literally.
        given().header("Authorization", manager).queryParam("search", "%").get("/locations").then()
                .statusCode(200).body("total", equalTo(0));
        given().header("Authorization", manager).queryParam("search", "_").get("/locations").then()
                .statusCode(200).body("total", equalTo(0));
        // ... and find what holds them.
        newLocation(manager, "STORE", "Outlet 50%_Off");
        given().header("Authorization", manager).queryParam("search", "50%").get("/locations").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("Outlet 50%_Off"));
        given().header("Authorization", manager).queryParam("search", "%_off").get("/locations").then()
                .statusCode(200).body("total", equalTo(1));
    }

    @Test
    void bad_list_parameters_are_400_naming_them() {
        given().header("Authorization", MANAGER).queryParam("type", "BOAT").get("/locations").then()
                .statusCode(400).body("errors.field", hasItem("type"));
        given().header("Authorization", MANAGER).queryParam("active", "maybe").get("/locations").then()
                .statusCode(400).body("errors.field", hasItem("active"));
        given().header("Authorization", MANAGER).queryParam("orderBy", "vehicleId").get("/locations").then()
                .statusCode(400).body("errors.field", hasItem("orderBy"));
        given().header("Authorization", MANAGER).queryParam("search", "x".repeat(101)).get("/locations").then()
                .statusCode(400).body("errors.field", hasItem("search"));
        given().header("Authorization", MANAGER).queryParam("size", 0).get("/products").then()
                .statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void an_update_with_if_match_moves_the_etag_and_a_stale_one_is_412() {
        String id = newLocation(MANAGER, "STORE", "Store Eimsbuettel");
        String code = getLocation(MANAGER, id).extract().path("code");

        patchLocation(MANAGER, id, "\"0\"", "{\"name\":\" Store Eimsbüttel \",\"address\":\"Osterstrasse 5\"}")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Store Eimsbüttel"))
                .body("address", equalTo("Osterstrasse 5"))
                .body("code", equalTo(code))
                .body("type", equalTo("STORE"))
                .body("active", equalTo(true))
                .body("version", equalTo(1));

        patchLocation(MANAGER, id, "\"0\"", "{\"name\":\"Lost update\"}").statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "stale-version"))
                .body("errors.field", hasItem("If-Match"));

        // If-Match is optional; null fields stay as they are.
        patchLocation(MANAGER, id, null, "{\"active\":false,\"name\":null}").statusCode(200)
                .header("ETag", "\"2\"")
                .body("active", equalTo(false))
                .body("name", equalTo("Store Eimsbüttel"));
        getLocation(MANAGER, id).statusCode(200).header("ETag", "\"2\"").body("active", equalTo(false));
        given().header("Authorization", MANAGER).queryParam("active", "false").queryParam("size", 200)
                .get("/locations").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.active", everyItem(equalTo(false)));
    }

    @Test
    void a_patch_cannot_change_the_vehicle_or_the_type_and_names_the_field() {
        String id = newLocation(MANAGER, "TRUCK", "Van 9");
        String vehicle = getLocation(MANAGER, id).extract().path("vehicleId");

        patchLocation(MANAGER, id, null, "{\"name\":\"Van 10\",\"vehicleId\":\"" + UUID.randomUUID() + "\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "field-not-editable"))
                .body("errors.field", contains("vehicleId"));
        patchLocation(MANAGER, id, null, "{\"type\":\"WAREHOUSE\"}")
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "field-not-editable"))
                .body("errors.field", contains("type"));
        patchLocation(MANAGER, id, null, "{\"nmae\":\"typo\"}")
                .statusCode(400)
                .body("type", equalTo(PROBLEM + "unknown-field"))
                .body("errors.field", contains("nmae"))
                .body("detail", containsString("name"))
                .body(not(containsString("dev.opsuite")));

        getLocation(MANAGER, id).statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("Van 9"))
                .body("type", equalTo("TRUCK"))
                .body("vehicleId", equalTo(vehicle));
    }

    @Test
    void a_patch_with_bad_values_is_400_naming_them() {
        String id = newLocation(MANAGER, "WAREHOUSE", "Lager");

        patchLocation(MANAGER, id, null, "{\"name\":\"  \",\"code\":\"\"}").statusCode(400)
                .body("type", equalTo(PROBLEM + "validation-failed"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("code"));
        patchLocation(MANAGER, id, null, "{\"active\":\"sometimes\"}").statusCode(400)
                .body("errors.field", hasItem("active"));
        patchLocation(MANAGER, id, "not-an-etag", "{\"active\":false}").statusCode(400)
                .body("errors.field", hasItem("If-Match"));
        patchLocation(MANAGER, id, null, "").statusCode(400);
        getLocation(MANAGER, id).header("ETag", "\"0\"");
    }

    @Test
    void a_clerk_and_an_auditor_only_read_locations() {
        String id = newLocation(MANAGER, "WAREHOUSE", "Read only");

        postLocation(CLERK, location("WAREHOUSE", "Clerk's")).statusCode(403)
                .body("type", equalTo(PROBLEM + "forbidden"));
        postLocation(AUDITOR, location("WAREHOUSE", "Auditor's")).statusCode(403);
        patchLocation(CLERK, id, null, "{\"name\":\"Clerk's\"}").statusCode(403);
        patchLocation(AUDITOR, id, null, "{\"name\":\"Auditor's\"}").statusCode(403);

        given().header("Authorization", AUDITOR).get("/locations").then().statusCode(200);
        given().header("Authorization", CLERK).get("/locations").then().statusCode(200);
        getLocation(AUDITOR, id).statusCode(200).body("name", equalTo("Read only"));
    }

    @Test
    void another_businesses_location_is_404() {
        String id = newLocation(MANAGER, "WAREHOUSE", "Acme only");
        String globex = SuiteStack.bearer("globex", "inventory-manager");

        getLocation(globex, id).statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "location-not-found"));
        patchLocation(globex, id, null, "{\"name\":\"Hijacked\"}").statusCode(404);
        given().header("Authorization", globex).queryParam("size", 200).get("/locations").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        getLocation(MANAGER, id).statusCode(200).body("name", equalTo("Acme only"));
    }

    @Test
    void without_a_token_the_catalog_is_401() {
        given().get("/locations").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "unauthenticated"));
        given().get("/products").then().statusCode(401);
        given().get("/locations/{id}", UUID.randomUUID()).then().statusCode(401);
        postLocation("Bearer nope", location("WAREHOUSE", "Anonymous")).statusCode(401);
    }

    @Test
    void the_catalog_is_in_the_openapi_document() {
        dev.opsuite.testing.Management.given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/locations"))
                .body(containsString("/products"));
    }

    // ---- products ---------------------------------------------------------------------------------

    @Test
    void a_registered_product_is_active_with_pcs_as_its_default_unit() {
        String sku = unique("CABLE");

        String id = postProduct(MANAGER, product(" " + sku + " ", " NYM-J 3x1.5 ")).statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("sku", equalTo(sku))
                .body("name", equalTo("NYM-J 3x1.5"))
                .body("unit", equalTo("pcs"))
                .body("active", equalTo(true))
                .body("createdBy", equalTo("test-inventory-manager"))
                .extract().path("id");

        getProduct(AUDITOR, id).statusCode(200).header("ETag", "\"0\"").body("sku", equalTo(sku));
        getProduct(CLERK, id).statusCode(200);

        var metres = product(unique("WIRE"), "Wire");
        metres.put("unit", "m");
        postProduct(MANAGER, metres).statusCode(201).body("unit", equalTo("m"));
    }

    @Test
    void a_sku_taken_in_the_business_is_409_naming_it() {
        String sku = unique("BREAKER");
        postProduct(MANAGER, product(sku, "Breaker B16")).statusCode(201);

        postProduct(MANAGER, product(sku, "Breaker B16 again")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "sku-taken"))
                .body("errors.field", hasItem("sku"));
        postProduct(SuiteStack.bearer("globex", "inventory-manager"), product(sku, "Breaker B16")).statusCode(201);

        String other = newProduct(MANAGER, "FUSE", "Fuse");
        patchProduct(MANAGER, other, null, "{\"sku\":\"" + sku + "\"}").statusCode(409)
                .body("errors.field", hasItem("sku"));
    }

    @Test
    void missing_or_bad_product_fields_are_400_naming_them() {
        var body = product(null, "");
        body.put("unit", "u".repeat(21));
        postProduct(MANAGER, body).statusCode(400)
                .body("type", equalTo(PROBLEM + "validation-failed"))
                .body("errors.field", hasItem("sku"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("unit"));
    }

    @Test
    void a_product_update_with_if_match_moves_the_etag_and_a_stale_one_is_412() {
        String id = newProduct(MANAGER, "LAMP", "Lamp");

        patchProduct(MANAGER, id, "\"0\"", "{\"name\":\"LED lamp\",\"unit\":\"box\"}").statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("LED lamp"))
                .body("unit", equalTo("box"))
                .body("sku", containsString("LAMP-"))
                .body("updatedBy", equalTo("test-inventory-manager"));
        patchProduct(MANAGER, id, "\"0\"", "{\"active\":false}").statusCode(412)
                .body("type", equalTo(PROBLEM + "stale-version"));
        patchProduct(MANAGER, id, "W/\"1\"", "{\"active\":false}").statusCode(200)
                .header("ETag", "\"2\"").body("active", equalTo(false));
        patchProduct(MANAGER, id, null, "{\"vehicleId\":\"" + UUID.randomUUID() + "\"}").statusCode(400)
                .body("errors.field", contains("vehicleId"));
        patchProduct(MANAGER, id, null, "{\"sku\":\" \"}").statusCode(400)
                .body("errors.field", hasItem("sku"));
        getProduct(MANAGER, id).header("ETag", "\"2\"");
    }

    @Test
    void products_are_searched_by_sku_or_name_filtered_and_paged() {
        String manager = managerOfNewTenant();
        postProduct(manager, product("CAB-100", "Cable drum")).statusCode(201);
        postProduct(manager, product("BRK-200", "Breaker")).statusCode(201);
        String retired = postProduct(manager, product("CAB-300", "Old cable")).statusCode(201).extract().path("id");
        patchProduct(manager, retired, null, "{\"active\":false}").statusCode(200);

        given().header("Authorization", manager).queryParam("search", "cab").queryParam("orderBy", "sku")
                .queryParam("order", "asc").get("/products").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.sku", contains("CAB-100", "CAB-300"));
        given().header("Authorization", manager).queryParam("search", "breaker").get("/products").then()
                .statusCode(200).body("items.sku", contains("BRK-200"));
        given().header("Authorization", manager).queryParam("search", "cab").queryParam("active", "true")
                .get("/products").then().statusCode(200).body("items.sku", contains("CAB-100"));
        given().header("Authorization", manager).queryParam("size", 2).queryParam("page", 2).queryParam("orderBy", "name")
                .queryParam("order", "asc").get("/products").then().statusCode(200)
                .body("items.name", contains("Old cable"))
                .body("total", equalTo(3))
                .body("totalPages", equalTo(2));
    }

    @Test
    void a_clerk_and_an_auditor_only_read_products_and_another_business_sees_none() {
        String id = newProduct(MANAGER, "SOCKET", "Socket");

        postProduct(CLERK, product(unique("CLERK"), "Clerk's")).statusCode(403);
        postProduct(AUDITOR, product(unique("AUDITOR"), "Auditor's")).statusCode(403);
        patchProduct(CLERK, id, null, "{\"name\":\"Clerk's\"}").statusCode(403);
        given().header("Authorization", AUDITOR).get("/products").then().statusCode(200);

        getProduct(SuiteStack.bearer("globex", "auditor"), id).statusCode(404)
                .body("type", equalTo(PROBLEM + "product-not-found"));
    }
}
