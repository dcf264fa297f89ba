package dev.opsuite.fleet.trips.application.service;

import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.trailers.application.port.in.FindTrailersQuery;
import dev.opsuite.fleet.readiness.application.port.in.ManageTransportUnitsUseCase;
import dev.opsuite.fleet.trips.application.port.in.CloseTripTicketUseCase;
import dev.opsuite.fleet.trips.application.port.in.FindDriverAtQuery;
import dev.opsuite.fleet.trips.application.port.in.FindTripTicketsQuery;
import dev.opsuite.fleet.trips.application.port.in.IssueTripTicketUseCase;
import dev.opsuite.fleet.trips.application.port.in.RecordDispatchDrivingUseCase;
import dev.opsuite.fleet.trips.application.port.out.TripTicketStore;
import dev.opsuite.fleet.vehicles.application.port.in.RecordOdometerReadingUseCase;
import dev.opsuite.support.application.EventPublisher;
import dev.opsuite.support.application.DocumentNumbering;
import java.time.Clock;
import dev.opsuite.fleet.trips.application.port.out.DrivingRecordStore;
import dev.opsuite.fleet.vehicles.application.port.in.FindVehiclesQuery;

/** "Who was driving?" on the ports a fast test gives it. */
public final class TripsWiring {

    private TripsWiring() {
    }

    public record Trips(IssueTripTicketUseCase issue, CloseTripTicketUseCase close, FindTripTicketsQuery find) {
    }

    /** Trip tickets on their fakes; a ticket naming a transport unit asks {@code units}. */
    public static Trips tickets(TripTicketStore store, FindVehiclesQuery vehicles, RecordOdometerReadingUseCase odometer,
            FindDriversQuery drivers, FindTrailersQuery trailers, ManageTransportUnitsUseCase units, DrivingRecordStore record,
            EventPublisher events, DocumentNumbering numbers, Clock clock) {
        TripTicketService service = new TripTicketService(store, vehicles, odometer, drivers, trailers, units, record, events,
                numbers, clock);
        return new Trips(service, service, service);
    }

    /** The driving record's DISPATCH source, as dispatch-service's events drive it. */
    public static RecordDispatchDrivingUseCase dispatches(DrivingRecordStore record) {
        return new DispatchDrivingService(record);
    }

    public static FindDriverAtQuery driverAt(FindVehiclesQuery vehicles, FindDriversQuery drivers, FindTrailersQuery trailers,
            DrivingRecordStore record) {
        return new DriverAtService(vehicles, drivers, trailers, record);
    }
}
