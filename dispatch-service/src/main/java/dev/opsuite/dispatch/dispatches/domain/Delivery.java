package dev.opsuite.dispatch.dispatches.domain;

import java.time.Instant;

/** Proof of delivery: who received the goods and when, and whether a signature or photo was uploaded. */
public record Delivery(String recipientName, Instant receivedAt, boolean proofAttached) {
}
