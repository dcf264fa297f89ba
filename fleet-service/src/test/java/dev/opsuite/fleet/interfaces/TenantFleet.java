package dev.opsuite.fleet.interfaces;

import static dev.opsuite.fleet.interfaces.UnitRequests.DRIVER_DOCUMENTS;
import static dev.opsuite.fleet.interfaces.UnitRequests.LKV_DOCUMENTS;
import static dev.opsuite.fleet.interfaces.UnitRequests.TRAILER_DOCUMENTS;
import static dev.opsuite.fleet.interfaces.UnitRequests.addDocument;
import static dev.opsuite.fleet.interfaces.UnitRequests.formUnit;
import static dev.opsuite.fleet.interfaces.UnitRequests.registerTrailer;
import static dev.opsuite.fleet.interfaces.UnitRequests.today;
import static dev.opsuite.fleet.interfaces.UnitRequests.trailerBody;

import java.util.List;
import java.util.Map;

/** Units of a tenant of the test's own (so that lists and totals are exact), made with that tenant's manager token. */
final class TenantFleet {

    private final String manager;

    private TenantFleet(String manager) {
        this.manager = manager;
    }

    static TenantFleet of(String managerToken) {
        return new TenantFleet(managerToken);
    }

    String readyUnit() {
        String driver = UnitRequests.driver(manager);
        String truck = truck();
        String trailer = registerTrailer(manager, trailerBody(VehicleRequests.plate(), "MEGA")).statusCode(201)
                .extract().path("id");
        documents("drivers", driver, DRIVER_DOCUMENTS);
        documents("vehicles", truck, LKV_DOCUMENTS);
        documents("trailers", trailer, TRAILER_DOCUMENTS);
        return formUnit(manager, driver, truck, trailer).statusCode(201).extract().path("id");
    }

    String unitWithoutDocuments() {
        String trailer = registerTrailer(manager, trailerBody(VehicleRequests.plate(), "STANDARD")).statusCode(201)
                .extract().path("id");
        return formUnit(manager, UnitRequests.driver(manager), truck(), trailer).statusCode(201).extract().path("id");
    }

    private String truck() {
        return VehicleRequests.register(manager, VehicleRequests.truck(VehicleRequests.plate(), 1)).statusCode(201)
                .extract().path("id");
    }

    private void documents(String holders, String id, List<String> types) {
        for (String type : types) {
            addDocument(manager, holders, id, Map.of("type", type, "number", "N-" + type,
                    "validFrom", today().minusYears(1).toString(), "validUntil", today().plusYears(2).toString()))
                    .statusCode(201);
        }
    }
}
