package dev.opsuite.support.tenancy;

/** The tenant and user an application command runs for; built by the REST layer from the token. */
public record Actor(String tenantId, String userId) {
}
