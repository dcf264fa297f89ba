package dev.opsuite.billing.ledger.infrastructure.persistence;

import dev.opsuite.support.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "ledger_export_batch")
class ExportBatchEntity extends TenantOwnedEntity {

    @Id
    UUID id;
    @Column(nullable = false, updatable = false)
    String file;
}
