package dev.opsuite.console.fleet;

import java.util.Locale;

/**
 * Who holds a document: a vehicle, a trailer or a driver. Each has its own documents path in fleet-service
 * ({@code /vehicles/{id}/documents}, ...), which is also the console's URL segment for it.
 */
public enum Holder {
    VEHICLE("vehicles", "Vehicle"), TRAILER("trailers", "Trailer"), DRIVER("drivers", "Driver");

    private final String path;
    private final String label;

    Holder(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** From the service's subjectType (VEHICLE) or a URL segment (vehicles); null for anything else. */
    public static Holder of(String name) {
        if (name == null) {
            return null;
        }
        for (Holder h : values()) {
            if (h.name().equals(name.toUpperCase(Locale.ROOT)) || h.path.equals(name)) {
                return h;
            }
        }
        return null;
    }
}
