package dev.opsuite.billing.ledger.domain;

import java.util.List;

/**
 * How a tenant's invoices map onto its QuickBooks company: the accounts receivable account, the income account and
 * item of each line kind (a part's sku may have an item of its own), the sales tax payable account and the sales tax
 * item with its agency (vendor). {@link #defaults()} are QuickBooks' usual names.
 */
public record LedgerSettings(String arAccount, String laborIncomeAccount, String partIncomeAccount,
        String salesTaxAccount, String taxItem, String taxVendor, String laborItem, String partItem,
        List<SkuItem> skuItems) {

    public LedgerSettings {
        skuItems = List.copyOf(skuItems);
    }

    public static LedgerSettings defaults() {
        return new LedgerSettings("Accounts Receivable", "Service Income", "Parts Income", "Sales Tax Payable",
                "Sales Tax", "State Tax Agency", "Labor", "Parts", List.of());
    }

    public String incomeAccount(IncomeKind kind) {
        return kind == IncomeKind.LABOR ? laborIncomeAccount : partIncomeAccount;
    }

    /** The sku's own item if it has one, else the kind's. */
    public String item(IncomeKind kind, String sku) {
        if (sku != null) {
            for (SkuItem mapped : skuItems) {
                if (mapped.sku().equals(sku)) {
                    return mapped.item();
                }
            }
        }
        return kind == IncomeKind.LABOR ? laborItem : partItem;
    }
}
