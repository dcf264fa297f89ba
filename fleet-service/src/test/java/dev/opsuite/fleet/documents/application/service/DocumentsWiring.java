package dev.opsuite.fleet.documents.application.service;

import dev.opsuite.fleet.documents.application.port.in.DocumentStatusQuery;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase;
import dev.opsuite.fleet.testing.InMemoryDocuments;
import dev.opsuite.support.application.EventPublisher;
import java.time.Clock;
import java.time.ZoneId;

/** Documents' use cases on the ports a fast test gives them: a 30-day warning, days counted in {@code zone}. */
public final class DocumentsWiring {

    public record Documents(ManageDocumentsUseCase manage, DocumentStatusQuery status) {
    }

    private DocumentsWiring() {
    }

    public static Documents documents(InMemoryDocuments store, EventPublisher events, ZoneId zone, Clock clock) {
        DocumentService service = service(store, events, zone, clock);
        return new Documents(service, service);
    }

    /** The service itself, for this package's tests of it. */
    static DocumentService service(InMemoryDocuments store, EventPublisher events, ZoneId zone, Clock clock) {
        return new DocumentService(store, store, events, clock, new DocumentsConfig() {
            @Override
            public int expiryWarningDays() {
                return 30;
            }

            @Override
            public ZoneId timeZone() {
                return zone;
            }
        });
    }
}
