package dev.opsuite.fleet.costs.domain;

import dev.opsuite.fleet.service.domain.Workshop;

/** What a vehicle's cost was for. A completed service logs INTERNAL_SERVICE or EXTERNAL_SERVICE by its workshop. */
public enum ExpenseCategory {
    FUEL, TOLL, PARKING, INTERNAL_SERVICE, EXTERNAL_SERVICE, REPAIR, TYRES, INSURANCE, FINE, OTHER;

    public static ExpenseCategory ofService(Workshop workshop) {
        return workshop == Workshop.INTERNAL ? INTERNAL_SERVICE : EXTERNAL_SERVICE;
    }
}
