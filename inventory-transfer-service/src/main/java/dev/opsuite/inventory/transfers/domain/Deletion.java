package dev.opsuite.inventory.transfers.domain;

import java.time.Instant;

/** Who soft-deleted a draft note and when: it leaves every list, but its row stays for the audit trail. */
public record Deletion(String by, Instant at) {
}
