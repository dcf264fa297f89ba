package dev.opsuite.dispatch.dispatches.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A business's operational choices about dispatches (seed 000's "optional" rules): whether datetime may lie in the past,
 * and which window books the unit: the trip ticket's planned window, or {@code windowMinutes} centred on datetime.
 */
public record DispatchPolicy(boolean pastDatetimeAllowed, WindowSource windowSource, int windowMinutes) {

    public static final int MIN_WINDOW_MINUTES = 15;
    public static final int MAX_WINDOW_MINUTES = 24 * 60;

    /** Until a manager says otherwise: no datetime in the past, the trip ticket's window, 120 minutes when asked for. */
    public static final DispatchPolicy DEFAULT = new DispatchPolicy(false, WindowSource.TRIP_TICKET, 120);

    /** The window the unit is booked for. */
    public Window window(Dispatch.Ticket ticket, Instant datetime) {
        if (windowSource == WindowSource.TRIP_TICKET) {
            return new Window(ticket.plannedFrom(), ticket.plannedTo());
        }
        Duration half = Duration.ofMinutes(windowMinutes).dividedBy(2);
        return new Window(datetime.minus(half), datetime.plus(half));
    }

    /** A time range, {@code from} included, {@code to} excluded. */
    public record Window(Instant from, Instant to) {
    }
}
