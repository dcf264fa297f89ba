package dev.opsuite.support.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code opsuite.inbox.*}: how a consumer waits out a transient failure. It retries without limit,
 * each wait doubling from the initial back-off up to the maximum.
 */
@ConfigMapping(prefix = "opsuite.inbox")
public interface InboxConfig {

    @WithDefault("100ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /** A consumer paused this long logs at ERROR (and again each time this much more has passed). */
    @WithDefault("30s")
    Duration pauseAlarm();
}
