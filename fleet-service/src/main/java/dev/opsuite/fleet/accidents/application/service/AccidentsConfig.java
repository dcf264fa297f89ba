package dev.opsuite.fleet.accidents.application.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code fleet.accidents.*}: how large a photo and how many photos an accident report takes. */
@ConfigMapping(prefix = "fleet.accidents")
public interface AccidentsConfig {

    /** The largest photo an accident report takes (bytes); quarkus.http.limits.max-body-size must exceed it. */
    @WithDefault("10485760")
    long photoMaxBytes();

    /** How many photos one accident keeps at most. */
    @WithDefault("20")
    int maxPhotos();
}
