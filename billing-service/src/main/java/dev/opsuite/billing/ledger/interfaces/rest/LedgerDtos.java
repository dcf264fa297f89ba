package dev.opsuite.billing.ledger.interfaces.rest;

import dev.opsuite.billing.ledger.domain.EntryKind;
import dev.opsuite.billing.ledger.domain.ExportBatch;
import dev.opsuite.billing.ledger.domain.ExportEntry;
import dev.opsuite.billing.ledger.domain.LedgerSettings;
import dev.opsuite.billing.ledger.domain.SkuItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the ledger export. */
final class LedgerDtos {

    private LedgerDtos() {
    }

    /** QuickBooks names are at most 31 characters (its account and item names). */
    record SkuItemBody(@NotBlank @Size(max = 64) String sku, @NotBlank @Size(max = 31) String item) {
    }

    record SettingsBody(@NotBlank @Size(max = 31) String arAccount, @NotBlank @Size(max = 31) String laborIncomeAccount,
            @NotBlank @Size(max = 31) String partIncomeAccount, @NotBlank @Size(max = 31) String salesTaxAccount,
            @NotBlank @Size(max = 31) String taxItem, @NotBlank @Size(max = 41) String taxVendor,
            @NotBlank @Size(max = 31) String laborItem, @NotBlank @Size(max = 31) String partItem,
            @Size(max = 500) List<@Valid @NotNull SkuItemBody> skuItems) {

        LedgerSettings settings() {
            return new LedgerSettings(arAccount.strip(), laborIncomeAccount.strip(), partIncomeAccount.strip(),
                    salesTaxAccount.strip(), taxItem.strip(), taxVendor.strip(), laborItem.strip(), partItem.strip(),
                    skuItems == null ? List.of()
                            : skuItems.stream().map(i -> new SkuItem(i.sku().strip(), i.item().strip())).toList());
        }

        static SettingsBody of(LedgerSettings s) {
            return new SettingsBody(s.arAccount(), s.laborIncomeAccount(), s.partIncomeAccount(), s.salesTaxAccount(),
                    s.taxItem(), s.taxVendor(), s.laborItem(), s.partItem(),
                    s.skuItems().stream().map(i -> new SkuItemBody(i.sku(), i.item())).toList());
        }
    }

    record EntryResponse(UUID invoiceId, String invoiceNumber, int invoiceVersion, EntryKind kind, BigDecimal amount,
            String currency) {

        static EntryResponse of(ExportEntry e) {
            return new EntryResponse(e.exported().invoiceId(), e.exported().invoiceNumber(), e.exported().version(),
                    e.kind(), e.amount(), e.exported().currency());
        }
    }

    /** What a batch held: {@code invoices} first exported, {@code adjustments} of invoices changed since. */
    record ExportResponse(UUID id, String exportedBy, Instant exportedAt, long invoices, long adjustments,
            BigDecimal total, List<EntryResponse> entries) {

        static ExportResponse of(ExportBatch b) {
            return new ExportResponse(b.id(), b.envelope().createdBy(), b.envelope().createdAt(),
                    b.entries().stream().filter(e -> e.kind() == EntryKind.ORIGINAL).count(),
                    b.entries().stream().filter(e -> e.kind() == EntryKind.ADJUSTMENT).count(), b.total(),
                    b.entries().stream().map(EntryResponse::of).toList());
        }
    }
}
