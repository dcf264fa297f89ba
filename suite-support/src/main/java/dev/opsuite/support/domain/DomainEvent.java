package dev.opsuite.support.domain;

/**
 * Something that happened to an aggregate, in its domain's words: returned by the aggregate method that
 * caused it, handed by the application to its {@code EventPublisher}, and mapped to a shared-events
 * contract only by that publisher's adapter. Plain Java, like the rest of the domain.
 */
public interface DomainEvent {

    /** The business (tenant) the aggregate belongs to. */
    String tenantId();
}
