package dev.opsuite.fleet.readiness.application.service;

import dev.opsuite.fleet.kernel.TrailerType;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/**
 * {@code fleet.transport-units.*}: the trailer types fit for orders, and how all units are reassessed (batch size,
 * sweep interval).
 */
@ConfigMapping(prefix = "fleet.transport-units")
public interface TransportUnitsConfig {

    /** Trailer types fit for orders; the seed's TransportUnit interface lists standard, mega and frigo. */
    @WithDefault("STANDARD,MEGA,FRIGO")
    Set<TrailerType> readyTrailerTypes();

    /** How many units one transaction of a recompute of all units reassesses. */
    @WithDefault("500")
    int recomputeBatchSize();

    /**
     * How often every active unit of every business is reassessed (documents expire as days pass,
     * without any request); 0 turns the sweep off.
     */
    @WithDefault("1h")
    Duration readinessSweepInterval();
}
