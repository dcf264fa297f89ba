package dev.opsuite.console.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;

import dev.opsuite.console.fleet.FleetViews.Driver;
import dev.opsuite.console.fleet.FleetViews.Vehicle;

/**
 * The business's vehicles and drivers by id, for the lists' labels and the forms' selects (the first 200 of each,
 * the service's largest page). A role that may not read drivers gets none (the ids stay, as short ids).
 */
public record FleetNames(List<Vehicle> vehicles, List<Driver> drivers) {

    static FleetNames read(FleetApi fleet) {
        List<Vehicle> vehicles = fleet.vehicles(1, 200, "registrationNumber", "asc", null).items();
        List<Driver> drivers;
        try {
            drivers = fleet.drivers(1, 200, "name", "asc").items();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 403) {
                throw e;
            }
            drivers = List.of();
        }
        return new FleetNames(vehicles, drivers);
    }

    public String vehicle(UUID id) {
        return id == null ? "" : vehicleLabels().getOrDefault(id, id.toString().substring(0, 8));
    }

    public String driver(UUID id) {
        if (id == null) {
            return "";
        }
        return drivers.stream().filter(d -> d.id().equals(id)).findFirst().map(d -> d.name() + " (" + d.employeeNumber() + ")")
                .orElse(id.toString().substring(0, 8));
    }

    Map<UUID, String> vehicleLabels() {
        Map<UUID, String> labels = new LinkedHashMap<>();
        vehicles.forEach(v -> labels.put(v.id(), v.registrationNumber()));
        return labels;
    }
}
