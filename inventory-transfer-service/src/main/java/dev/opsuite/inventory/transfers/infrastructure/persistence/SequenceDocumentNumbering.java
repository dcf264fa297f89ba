package dev.opsuite.inventory.transfers.infrastructure.persistence;

import dev.opsuite.inventory.transfers.application.port.out.DocumentNumbering;
import dev.opsuite.support.numbering.DocumentNumbers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Document numbers from the service's document_sequence table (suite-support's DocumentNumbers). */
@ApplicationScoped
class SequenceDocumentNumbering implements DocumentNumbering {

    private final DocumentNumbers numbers;

    SequenceDocumentNumbering(DocumentNumbers numbers) {
        this.numbers = numbers;
    }

    @Override
    public Uni<String> next(String tenantId, String prefix, int year) {
        return numbers.next(tenantId, prefix, year);
    }
}
