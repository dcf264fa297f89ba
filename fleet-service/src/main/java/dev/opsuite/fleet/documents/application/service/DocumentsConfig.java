package dev.opsuite.fleet.documents.application.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** {@code fleet.documents.*}: the warning window of the traffic light and the time zone whose day decides validity. */
@ConfigMapping(prefix = "fleet.documents")
public interface DocumentsConfig {

    /** A document ending within this many days from today is yellow (and on the expiring list). */
    @WithDefault("30")
    int expiryWarningDays();

    /** The zone whose calendar day decides whether a document is valid (its dates are local dates). */
    @WithDefault("UTC")
    ZoneId timeZone();
}
