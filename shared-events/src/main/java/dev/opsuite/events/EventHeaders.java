package dev.opsuite.events;

/**
 * Kafka header names every event of the suite carries. The payload is the bare event record as
 * JSON; everything about the event travels here, following the CloudEvents Kafka binding
 * (binary mode) so that generic tooling can read it.
 */
public final class EventHeaders {

    /** Unique event id (UUID). Consumers deduplicate on it. */
    public static final String ID = "ce_id";
    /** Event type, kebab-case past tense, e.g. {@code goods-receipt-approved}. */
    public static final String TYPE = "ce_type";
    /** The producing service, e.g. {@code /opsuite/inventory-transfer-service}. */
    public static final String SOURCE = "ce_source";
    /** Always {@link #SPEC_VERSION_VALUE}. */
    public static final String SPEC_VERSION = "ce_specversion";
    /** When the business change happened, ISO-8601 UTC instant. */
    public static final String TIME = "ce_time";
    /** The aggregate id, also the record key. */
    public static final String SUBJECT = "ce_subject";
    /** Schema version of the payload (an integer as text). */
    public static final String SCHEMA_VERSION = "ce_schemaversion";
    /** Tenant (business / organization) the event belongs to. */
    public static final String TENANT = "ce_tenant";
    /** W3C trace context of the request that caused the event. */
    public static final String TRACEPARENT = "traceparent";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private EventHeaders() {
    }
}
