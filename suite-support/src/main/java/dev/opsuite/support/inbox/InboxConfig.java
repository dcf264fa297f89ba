package dev.opsuite.support.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code opsuite.inbox.*}: how often a failing event is retried before it is dead-lettered. */
@ConfigMapping(prefix = "opsuite.inbox")
public interface InboxConfig {

    @WithDefault("3")
    int retries();

    @WithDefault("100ms")
    Duration initialBackoff();

    @WithDefault("2s")
    Duration maxBackoff();
}
