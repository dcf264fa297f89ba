package dev.opsuite.fleet.readiness.infrastructure.scheduling;

import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase;
import dev.opsuite.fleet.readiness.application.service.TransportUnitsConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Reassesses every active transport unit periodically ({@code fleet.transport-units.readiness-sweep-interval}):
 * a document that was yellow yesterday is red today without anyone touching it, and dispatch must
 * hear of it. The first sweep runs shortly after start (the service may have been down over
 * midnight); a sweep still running when the next is due lets it pass.
 */
@ApplicationScoped
class ReadinessSweep {

    private static final Logger LOG = Logger.getLogger(ReadinessSweep.class);
    private static final Duration FIRST_SWEEP_AFTER = Duration.ofSeconds(30);

    private final ManageTransportUnitsUseCase units;
    private final Vertx vertx;
    private final Duration interval;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    ReadinessSweep(ManageTransportUnitsUseCase units, Vertx vertx, TransportUnitsConfig config) {
        this.units = units;
        this.vertx = vertx;
        this.interval = config.readinessSweepInterval();
    }

    void start(@Observes StartupEvent started) {
        if (interval.isZero() || interval.isNegative()) {
            LOG.info("readiness sweep is off");
            return;
        }
        long first = Math.min(FIRST_SWEEP_AFTER.toMillis(), interval.toMillis());
        timer = vertx.setPeriodic(first, interval.toMillis(), id -> sweep());
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void sweep() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        // Hibernate Reactive needs a duplicated context flagged safe; a timer does not run on one.
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> units.recomputeAllTenants().subscribe().with(report -> {
            running.set(false);
            LOG.infof("readiness sweep: %d active units reassessed, %d changed, in %d ms", report.units(),
                    report.changed(), report.millis());
        }, failure -> {
            running.set(false);
            LOG.errorf(failure, "readiness sweep failed; the next one runs in %s", interval);
        }));
    }
}
