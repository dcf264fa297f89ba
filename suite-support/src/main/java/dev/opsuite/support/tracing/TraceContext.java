package dev.opsuite.support.tracing;

import io.smallrye.common.vertx.ContextLocals;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Carries the caller's W3C {@code traceparent} from the HTTP request into the outbox row, and from
 * there into the Kafka headers, so that the request and every event it caused share one trace id.
 * Kept in the request's Vert.x duplicated context, which the reactive pipeline runs on.
 */
public final class TraceContext {

    private static final String KEY = "opsuite.traceparent";
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    @ServerRequestFilter(preMatching = true)
    public void remember(ContainerRequestContext request) {
        String value = request.getHeaderString("traceparent");
        if (value != null && TRACEPARENT.matcher(value).matches()) {
            ContextLocals.put(KEY, value);
        }
    }

    public static String currentTraceparent() {
        try {
            return ContextLocals.<String>get(KEY).orElse(null);
        } catch (UnsupportedOperationException | IllegalStateException notOnADuplicatedContext) {
            return null;
        }
    }
}
