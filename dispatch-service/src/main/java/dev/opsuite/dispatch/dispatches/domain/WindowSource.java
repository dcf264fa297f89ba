package dev.opsuite.dispatch.dispatches.domain;

/** Where the window a dispatch books its unit for comes from: its trip ticket's planned window, or a duration around datetime. */
public enum WindowSource {
    TRIP_TICKET, DURATION
}
