package dev.opsuite.support.rest;

import dev.opsuite.support.application.Rejection;
import jakarta.ws.rs.core.EntityTag;

/** Optimistic locking over HTTP: the ETag is the record's version; If-Match must name it. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names, or null when there is none. */
    public static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
            return null;
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Rejection.invalid("malformed-if-match", "If-Match", "If-Match must be an ETag this API returned, like \"3\".").toException();
        }
    }
}
