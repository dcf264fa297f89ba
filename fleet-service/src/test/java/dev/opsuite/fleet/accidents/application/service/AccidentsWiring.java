package dev.opsuite.fleet.accidents.application.service;

import dev.opsuite.fleet.accidents.application.port.in.FindAccidentsQuery;
import dev.opsuite.fleet.accidents.application.port.in.InsuranceClaimUseCase;
import dev.opsuite.fleet.accidents.application.port.in.ReportAccidentUseCase;
import dev.opsuite.fleet.accidents.application.port.in.SettleAccidentUseCase;
import dev.opsuite.fleet.costs.application.port.in.BookVehicleExpenseUseCase;
import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.ledger.application.port.in.BookDriverTransactionUseCase;
import dev.opsuite.fleet.ledger.application.port.in.BookOrderCostUseCase;
import dev.opsuite.fleet.testing.InMemoryAccidents;
import dev.opsuite.fleet.trailers.application.port.in.FindTrailersQuery;
import dev.opsuite.fleet.vehicles.application.port.in.ChangeVehicleStatusUseCase;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.DocumentNumbering;
import java.time.Clock;

/** Accidents' use cases on the ports a fast test gives them: at most {@code maxPhotos} photos of {@code photoMaxBytes}. */
public final class AccidentsWiring {

    public record Accidents(ReportAccidentUseCase report, InsuranceClaimUseCase claim, SettleAccidentUseCase settle,
            FindAccidentsQuery find) {
    }

    private AccidentsWiring() {
    }

    @SuppressWarnings("java:S107")
    public static Accidents accidents(InMemoryAccidents store, FindVehiclesQuery vehicles,
            ChangeVehicleStatusUseCase vehicleStatus, FindDriversQuery drivers, FindTrailersQuery trailers,
            BookVehicleExpenseUseCase expenses, BookDriverTransactionUseCase ledger, BookOrderCostUseCase orderCosts,
            EventPublisher events, DocumentNumbering numbers, long photoMaxBytes, int maxPhotos, Clock clock) {
        AccidentsConfig config = new AccidentsConfig() {
            @Override
            public long photoMaxBytes() {
                return photoMaxBytes;
            }

            @Override
            public int maxPhotos() {
                return maxPhotos;
            }
        };
        AccidentService service = new AccidentService(store, store, vehicles, vehicleStatus, drivers, trailers, expenses,
                ledger, orderCosts, events, numbers, config, clock);
        return new Accidents(service, service, service, service);
    }
}
