package dev.opsuite.fleet.documents.domain;

/**
 * The traffic light of a document type and of a holder (seed 004): green, yellow (the cover ends
 * within the warning window) or red (expired, or a required document missing). Ordered from best
 * to worst.
 */
public enum DocumentState {
    GREEN, YELLOW, RED;

    public DocumentState worse(DocumentState other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
