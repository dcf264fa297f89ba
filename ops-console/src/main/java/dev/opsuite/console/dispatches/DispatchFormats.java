package dev.opsuite.console.dispatches;

import java.time.Instant;
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

    static String shortId(UUID id) {
        return Lifecycle.shortId(id);
    }
}
