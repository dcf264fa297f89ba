package dev.opsuite.fleet.readiness.application.service;

import dev.opsuite.fleet.kernel.TrailerType;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

/**
 * {@code fleet.*}: the document warning window, the day's time zone, the ready trailer types, how
 * all units are reassessed (batch size, sweep interval), and the payroll time zone of the driver ledger.
 */
@ConfigMapping(prefix = "fleet")
public interface FleetConfig {

    Documents documents();

    TransportUnits transportUnits();

    Payroll payroll();

    Accidents accidents();

    interface Accidents {

        /** The largest photo an accident report takes (bytes); quarkus.http.limits.max-body-size must exceed it. */
        @WithDefault("10485760")
        long photoMaxBytes();

        /** How many photos one accident keeps at most. */
        @WithDefault("20")
        int maxPhotos();
    }

    interface Payroll {

        /** The zone whose calendar day decides the pay period (year-month) a ledger entry falls into. */
        @WithDefault("Europe/Prague")
        ZoneId timeZone();
    }

    interface Documents {

        /** A document ending within this many days from today is yellow (and on the expiring list). */
        @WithDefault("30")
        int expiryWarningDays();

        /** The zone whose calendar day decides whether a document is valid (its dates are local dates). */
        @WithDefault("UTC")
        ZoneId timeZone();
    }

    interface TransportUnits {

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
}
