package dev.opsuite.fleet.testing;

import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.fleet.accidents.application.service.AccidentsWiring;
import dev.opsuite.testing.fakes.ControlledClock;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import dev.opsuite.fleet.costs.application.service.CostsWiring;
import dev.opsuite.fleet.dashboard.application.port.in.FleetDashboardQuery;
import dev.opsuite.fleet.dashboard.application.service.DashboardWiring;
import dev.opsuite.fleet.documents.application.service.DocumentsWiring;
import dev.opsuite.fleet.drivers.application.service.DriversWiring;
import dev.opsuite.fleet.ledger.application.service.LedgerWiring;
import dev.opsuite.fleet.readiness.application.service.ReadinessWiring;
import dev.opsuite.fleet.service.application.service.ServiceWiring;
import dev.opsuite.fleet.trailers.application.service.TrailersWiring;
import dev.opsuite.fleet.trips.application.port.in.FindDriverAtQuery;
import dev.opsuite.fleet.trips.application.port.in.RecordDispatchDrivingUseCase;
import dev.opsuite.fleet.trips.application.service.TripsWiring;
import dev.opsuite.fleet.vehicles.application.service.VehiclesWiring;
import java.time.ZoneId;

/**
 * The fleet without a server: every out-port an in-memory fake, one recording publisher, one controlled clock, and
 * the capabilities' use cases wired on them as the application wires them. A use case under test takes what it needs
 * of another capability from here (its port.in), as in production.
 */
public final class InMemoryFleet {

    public final ControlledClock clock;
    public final RecordingEventPublisher events = new RecordingEventPublisher();
    public final InMemoryVehicles vehicleStore = new InMemoryVehicles();
    public final InMemoryDrivers driverStore = new InMemoryDrivers();
    public final InMemoryTrailers trailerStore = new InMemoryTrailers();
    public final InMemoryDrivingRecord drivingRecord = new InMemoryDrivingRecord();
    public final InMemoryExpenses expenseStore = new InMemoryExpenses();
    public final InMemoryLedger ledgerStore = new InMemoryLedger();
    public final InMemoryFines fineStore = new InMemoryFines();
    public final InMemoryAccidents accidentStore = new InMemoryAccidents();
    public final CountingDocumentNumbers numbers = new CountingDocumentNumbers();
    public final InMemoryServiceRequests serviceRequestStore = new InMemoryServiceRequests();
    public final InMemoryServiceProviders providerStore = new InMemoryServiceProviders();
    public final InMemoryServiceRules ruleStore = new InMemoryServiceRules();
    public final InMemoryDocuments documentStore = new InMemoryDocuments();
    public final InMemoryTransportUnits unitStore = new InMemoryTransportUnits();

    public final VehiclesWiring.Vehicles vehicles;
    public final DriversWiring.Drivers drivers;
    public final TrailersWiring.Trailers trailers;
    public final FindDriverAtQuery driverAt;
    /** What dispatch-service's events do to the driving record (the consumer's use case). */
    public final RecordDispatchDrivingUseCase dispatches;
    public final CostsWiring.Costs costs;
    public final LedgerWiring.Ledger ledger;
    /** An accident keeps at most 3 photos of 1 KiB here (20 of 10 MiB in production). */
    public final AccidentsWiring.Accidents accidents;
    public final ServiceWiring.Service service;
    public final DocumentsWiring.Documents documents;
    /** Recomputed in batches of 2 units here (500 in production), so that a test sees more than one batch. */
    public final ReadinessWiring.Readiness readiness;
    public final FleetDashboardQuery dashboard;

    /** At {@code now} (ISO-8601), with pay periods and documents' days counted in {@code payrollZone}. */
    public InMemoryFleet(String now, ZoneId payrollZone) {
        clock = ControlledClock.at(now);
        vehicles = VehiclesWiring.vehicles(vehicleStore, events, clock);
        drivers = DriversWiring.drivers(driverStore, events, clock);
        trailers = TrailersWiring.trailers(trailerStore, events, clock);
        driverAt = TripsWiring.driverAt(vehicles.find(), drivers.find(), trailers.find(), drivingRecord);
        dispatches = TripsWiring.dispatches(drivingRecord);
        costs = CostsWiring.costs(expenseStore, vehicles.find(), events, clock);
        ledger = LedgerWiring.ledger(ledgerStore, drivers.find(), events, payrollZone, clock);
        accidents = AccidentsWiring.accidents(accidentStore, vehicles.find(), vehicles.status(), drivers.find(),
                trailers.find(), costs.book(), ledger.bookTransaction(), ledger.bookOrderCost(), events, numbers, 1024, 3,
                clock);
        service = ServiceWiring.service(serviceRequestStore, providerStore, ruleStore, vehicles.find(), vehicles.status(),
                costs.book(), events, numbers, clock);
        documents = DocumentsWiring.documents(documentStore, events, payrollZone, clock);
        readiness = ReadinessWiring.readiness(unitStore, drivers.find(), vehicles.find(), trailers.find(), documents.status(),
                events, 2, clock);
        dashboard = DashboardWiring.dashboard(vehicles.find(), service.find(), costs.find(), readiness.units(),
                documents.status(), service.rules(), clock);
    }
}
