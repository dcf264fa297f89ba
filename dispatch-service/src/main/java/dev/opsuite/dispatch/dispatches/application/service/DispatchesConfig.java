package dev.opsuite.dispatch.dispatches.application.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code dispatch.proof.*}: the proof of delivery takes a photo within the limits of fleet's accident photos. */
@ConfigMapping(prefix = "dispatch.proof")
public interface DispatchesConfig {

    /** The largest signature or photo (bytes), fleet's accident photo limit; quarkus.http.limits.max-body-size must exceed it. */
    @WithDefault("10485760")
    long maxBytes();
}
