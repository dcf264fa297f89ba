package dev.opsuite.support.rest;

import dev.opsuite.support.application.Rejection;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Optimistic locking over HTTP: the ETag is the record's version; If-Match must name it. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with {@code body}, its ETag {@code version}: what a read or a change of one record answers. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(of(version)).build();
    }

    /** 201 with {@code body}, at the request's path followed by {@code id}, its ETag {@code version}. */
    public static Response created(UriInfo uri, Object id, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).tag(of(version)).entity(body)
                .build();
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
