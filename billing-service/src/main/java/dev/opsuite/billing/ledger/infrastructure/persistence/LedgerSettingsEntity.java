package dev.opsuite.billing.ledger.infrastructure.persistence;

import dev.opsuite.billing.ledger.domain.SkuItem;
import dev.opsuite.support.persistence.JsonList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "ledger_settings")
class LedgerSettingsEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;
    @Column(name = "ar_account", nullable = false)
    String arAccount;
    @Column(name = "labor_income_account", nullable = false)
    String laborIncomeAccount;
    @Column(name = "part_income_account", nullable = false)
    String partIncomeAccount;
    @Column(name = "sales_tax_account", nullable = false)
    String salesTaxAccount;
    @Column(name = "tax_item", nullable = false)
    String taxItem;
    @Column(name = "tax_vendor", nullable = false)
    String taxVendor;
    @Column(name = "labor_item", nullable = false)
    String laborItem;
    @Column(name = "part_item", nullable = false)
    String partItem;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sku_items", nullable = false)
    JsonList<SkuItem> skuItems;
    @Column(name = "updated_by", nullable = false)
    String updatedBy;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
