package dev.opsuite.fleet.costs.domain;


/** What a vehicle's cost was for. A completed service logs INTERNAL_SERVICE or EXTERNAL_SERVICE by its workshop. */
public enum ExpenseCategory {
    FUEL, TOLL, PARKING, INTERNAL_SERVICE, EXTERNAL_SERVICE, REPAIR, TYRES, INSURANCE, FINE, OTHER
}
