package dev.opsuite.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsuite.support.json.InputLimits;
import dev.opsuite.support.problem.Problem;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;

/**
 * A JSON request body over {@link InputLimits#MAX_JSON_BODY_BYTES} (1 MiB) is refused with 413 problem+json
 * on its Content-Length, before a byte of it is parsed. It runs ahead of Quarkus' own body limit
 * ({@code quarkus.http.limits.max-body-size}, route order -2), which stays the net for chunked bodies and
 * for other media types (fleet's multipart photos) and answers a bare 413.
 */
@ApplicationScoped
public class JsonBodyLimit {

    private final ObjectMapper json;

    public JsonBodyLimit(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::check);
    }

    /** Up to this much of a refused body is read and dropped, so that the client, still sending, gets the 413. */
    static final long DRAINED_AT_MOST = 16L * 1024 * 1024;

    void check(RoutingContext context) {
        long length = declaredLength(context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH));
        if (length <= InputLimits.MAX_JSON_BODY_BYTES || !isJson(context.request().getHeader(HttpHeaderNames.CONTENT_TYPE))) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        if (length > DRAINED_AT_MOST || request.isEnded()) {
            // As Quarkus' own limit does: answer, then close rather than read on.
            refuse(context, true);
            return;
        }
        request.handler(dropped -> { }).endHandler(done -> refuse(context, false)).resume();
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed Content-Length itself
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    private void refuse(RoutingContext context, boolean close) {
        Problem problem = Problem.of("payload-too-large", 413, "Payload too large",
                "A JSON request body may be at most " + InputLimits.MAX_JSON_BODY_BYTES + " bytes.",
                context.request().path(), List.of(new Problem.FieldError("Content-Length",
                        "at most " + InputLimits.MAX_JSON_BODY_BYTES + " bytes")));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(413).putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            context.response().putHeader(HttpHeaderNames.CONNECTION, "close")
                    .endHandler(done -> context.request().connection().close());
        }
        context.response().end(body);
    }
}
