package dev.opsuite.console.dispatches;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.quarkus.qute.TemplateExtension;

/** Formatting of the dispatch templates: {@code {dsp:local(d.datetime)}} for a datetime-local input, short ids. */
@TemplateExtension(namespace = "dsp")
public final class DispatchFormats {

    private DispatchFormats() {
    }

    static String local(Instant instant) {
        return DispatchForms.local(instant);
    }

    static String window(Instant from, Instant to) {
        return DispatchForms.window(from, to);
    }

    /** Now, to the second, for "received at" (the service wants it after the departure, which has seconds). */
    static String nowLocal() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                .format(Instant.now().atOffset(ZoneOffset.UTC));
    }

    static String shortId(UUID id) {
        return Lifecycle.shortId(id);
    }
}
