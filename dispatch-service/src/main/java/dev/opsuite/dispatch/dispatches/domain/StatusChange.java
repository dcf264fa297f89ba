package dev.opsuite.dispatch.dispatches.domain;

import java.time.Instant;

/** One line of a dispatch's status history: from (null at creation), to, who and when. */
public record StatusChange(DispatchStatus from, DispatchStatus to, String by, Instant at) {
}
