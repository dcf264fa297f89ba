package dev.opsuite.field.estimates.interfaces.rest;

import dev.opsuite.field.estimates.application.port.in.PriceBookUseCase.PricedItem;
import dev.opsuite.field.estimates.domain.PriceBookItem;
import dev.opsuite.field.estimates.domain.PriceBookItem.Terms;
import dev.opsuite.field.estimates.domain.PricingMethod;
import dev.opsuite.field.estimates.domain.PricingSettings;
import dev.opsuite.field.estimates.domain.RateClass;
import dev.opsuite.support.application.Rejection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;

/** The price book's and the pricing settings' bodies. */
final class PricingDtos {

    private PricingDtos() {
    }

    /** An hour of labor, per rate class. */
    record LaborRates(
            @NotNull @DecimalMin("0") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2) BigDecimal STANDARD,
            @NotNull @DecimalMin("0") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2) BigDecimal OVERTIME,
            @NotNull @DecimalMin("0") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2) BigDecimal EMERGENCY) {

        static LaborRates of(Map<RateClass, BigDecimal> rates) {
            return new LaborRates(rates.get(RateClass.STANDARD), rates.get(RateClass.OVERTIME),
                    rates.get(RateClass.EMERGENCY));
        }

        Map<RateClass, BigDecimal> toDomain() {
            return Map.of(RateClass.STANDARD, STANDARD, RateClass.OVERTIME, OVERTIME, RateClass.EMERGENCY, EMERGENCY);
        }
    }

    /** Currency USD, labor untaxed and the owner's threshold at 5,000.00 unless given. */
    record SettingsRequest(@Size(max = 3) @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal taxRate,
            Boolean laborTaxable,
            @DecimalMin("0") @DecimalMax("999999999.99") @Digits(integer = 9, fraction = 2) BigDecimal ownerApprovalThreshold,
            @NotNull @Valid LaborRates laborRates) {

        PricingSettings toDomain() {
            String code = currency == null ? PricingSettings.DEFAULT_CURRENCY : currency;
            try {
                Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                throw Rejection.invalid("unknown-currency", "currency", "Not an ISO 4217 currency: " + code + ".")
                        .toException();
            }
            return new PricingSettings(code, taxRate, Boolean.TRUE.equals(laborTaxable),
                    ownerApprovalThreshold == null ? PricingSettings.DEFAULT_THRESHOLD : ownerApprovalThreshold,
                    laborRates.toDomain());
        }
    }

    record SettingsResponse(String currency, BigDecimal taxRate, boolean laborTaxable,
            BigDecimal ownerApprovalThreshold, LaborRates laborRates) {

        static SettingsResponse of(PricingSettings s) {
            return new SettingsResponse(s.currency(), s.taxRate(), s.laborTaxable(), s.ownerApprovalThreshold(),
                    LaborRates.of(s.laborRates()));
        }
    }

    /** An item's terms; taxable unless it says otherwise. */
    record ItemTerms(@NotBlank @Size(max = 200) String name, UUID productId, Boolean taxable,
            @NotNull PricingMethod pricing,
            @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal markupPercent,
            @DecimalMin("0") @DecimalMax("9999999.99") @Digits(integer = 7, fraction = 2) BigDecimal price) {

        Terms toDomain() {
            return new Terms(name.strip(), productId, !Boolean.FALSE.equals(taxable), pricing, markupPercent, price);
        }
    }

    record AddItemRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String sku,
            @NotBlank @Size(max = 200) String name, UUID productId, Boolean taxable, @NotNull PricingMethod pricing,
            @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal markupPercent,
            @DecimalMin("0") @DecimalMax("9999999.99") @Digits(integer = 7, fraction = 2) BigDecimal price) {

        Terms terms() {
            return new ItemTerms(name, productId, taxable, pricing, markupPercent, price).toDomain();
        }
    }

    /** An item with what its product costs now and its unit price now (null when it cannot be priced). */
    record ItemResponse(UUID id, String sku, String name, UUID productId, boolean taxable, PricingMethod pricing,
            BigDecimal markupPercent, BigDecimal price, BigDecimal cost, BigDecimal unitPrice, String updatedBy,
            Instant updatedAt, long version) {

        static ItemResponse of(PricedItem priced) {
            PriceBookItem i = priced.item();
            return new ItemResponse(i.id(), i.sku(), i.name(), i.productId(), i.taxable(), i.pricing(),
                    i.markupPercent(), i.price(), priced.cost(), priced.unitPrice(), i.envelope().updatedBy(),
                    i.envelope().updatedAt(), i.version());
        }
    }
}
