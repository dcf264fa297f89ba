package dev.opsuite.field.estimates.infrastructure.persistence;

import dev.opsuite.field.estimates.domain.PricingMethod;
import dev.opsuite.support.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "price_book_item")
class PriceBookItemEntity extends AuditedEntity {

    @Id
    UUID id;
    @Column(nullable = false, updatable = false)
    String sku;
    @Column(nullable = false)
    String name;
    @Column(name = "product_id")
    UUID productId;
    @Column(nullable = false)
    boolean taxable;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PricingMethod pricing;
    @Column(name = "markup_percent")
    BigDecimal markupPercent;
    BigDecimal price;
}
