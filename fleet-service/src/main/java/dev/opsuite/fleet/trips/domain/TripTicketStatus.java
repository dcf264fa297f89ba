package dev.opsuite.fleet.trips.domain;

/** ISSUED (the driver has the vehicle, or will have it in the planned window), CLOSED (back), CANCELLED (never driven). */
public enum TripTicketStatus {
    ISSUED, CLOSED, CANCELLED
}
