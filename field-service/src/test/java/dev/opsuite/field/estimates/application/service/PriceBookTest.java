package dev.opsuite.field.estimates.application.service;

import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.estimates.application.port.in.PriceBookUseCase.AddItemCommand;
import dev.opsuite.field.estimates.application.port.in.PriceBookUseCase.PricedItem;
import dev.opsuite.field.estimates.application.port.in.PriceBookUseCase.ReviseItemCommand;
import dev.opsuite.field.estimates.domain.PriceBookItem.Terms;
import dev.opsuite.field.estimates.domain.PricingMethod;
import dev.opsuite.field.estimates.domain.PricingSettings;
import dev.opsuite.field.estimates.domain.RateClass;
import dev.opsuite.field.parts.domain.TruckStock;
import dev.opsuite.field.testing.InMemoryPriceBook;
import dev.opsuite.field.testing.InMemoryPricingSettings;
import dev.opsuite.field.testing.InMemoryTruckStock;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: the estimator keeps a price book. A part is marked up over what it costs (inventory's weighted average
 * cost, as the newest truck report says) or has a fixed price; the owner sets tax, labor rates and the threshold.
 */
class PriceBookTest {

    static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    static final Actor ESTIMATOR = new Actor("acme", "eva");
    static final UUID CAPACITOR = UUID.randomUUID();

    final InMemoryTruckStock trucks = new InMemoryTruckStock();
    final InMemoryPricingSettings settings = new InMemoryPricingSettings();
    final PriceBookService service = new PriceBookService(new InMemoryPriceBook(), settings,
            trucks::newestUnitCosts, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_markup_is_over_the_newest_cost_any_truck_reported_and_a_fixed_price_is_its_own() {
        cost(UUID.randomUUID(), "18.40", "2026-12-05T08:00:00Z");
        cost(UUID.randomUUID(), "18.50", "2026-12-05T08:30:00Z"); // the newest report: inventory's WAC now
        cost(UUID.randomUUID(), "17.00", "2026-12-04T08:00:00Z");

        // 18.50 × 1.40 = 25.90; 18.50 × 1.333 = 24.6605 → 24.66 (half-up to cents)
        assertThat(add("CAP-45", markup("40")).unitPrice()).isEqualByComparingTo("25.90");
        assertThat(add("CAP-THIRD", markup("33.30")).unitPrice()).isEqualByComparingTo("24.66");
        PricedItem trip = add("TRIP", new Terms("Trip charge", null, false, PricingMethod.FIXED, null,
                new BigDecimal("89.00")));
        assertThat(trip.unitPrice()).isEqualByComparingTo("89.00");
        assertThat(trip.item().taxable()).isFalse();
        assertThat(done(service.items("acme", new PageRequest(1, 10, "sku", true))).items())
                .extracting(p -> p.item().sku()).containsExactly("CAP-45", "CAP-THIRD", "TRIP");
        assertThat(done(service.priced("acme", List.of("TRIP", "NONE"))).keySet()).containsExactly("TRIP");
    }

    @Test
    void a_markup_over_a_cost_no_truck_reported_cannot_be_priced() {
        PricedItem item = add("CAP-45", markup("40"));

        assertThat(item.unitPrice()).isNull();
        assertThat(item.cost()).isNull();
        Rejection no = refused(service.price("acme", "CAP-45"));
        assertThat(no.code()).isEqualTo("no-known-cost");
        assertThat(no.field()).isEqualTo("sku");
        assertThat(no.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
    }

    @Test
    void items_are_revised_at_the_version_read_and_their_terms_must_agree_with_their_pricing() {
        add("CAP-45", markup("40"));
        cost(UUID.randomUUID(), "10.00", "2026-12-05T08:00:00Z");

        PricedItem revised = done(service.revise(new ReviseItemCommand(ESTIMATOR, "CAP-45", 0L, markup("50"))));
        assertThat(revised.unitPrice()).isEqualByComparingTo("15.00");
        assertThat(revised.item().version()).isEqualTo(1);
        assertThat(refused(service.revise(new ReviseItemCommand(ESTIMATOR, "CAP-45", 0L, markup("60")))).kind())
                .isEqualTo(Rejection.Kind.STALE);
        assertThat(refused(service.add(new AddItemCommand(ESTIMATOR, "CAP-45", markup("1")))).code())
                .isEqualTo("sku-taken");
        Rejection noPrice = refused(service.add(new AddItemCommand(ESTIMATOR, "X", new Terms("X", null, true,
                PricingMethod.FIXED, null, null))));
        assertThat(noPrice.field()).isEqualTo("price");
        Rejection noProduct = refused(service.add(new AddItemCommand(ESTIMATOR, "Y", new Terms("Y", null, true,
                PricingMethod.MARKUP, BigDecimal.TEN, null))));
        assertThat(noProduct.field()).isEqualTo("productId");
        assertThat(refused(service.item("globex", "CAP-45")).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }

    @Test
    void settings_are_the_tenants_own_and_none_until_set() {
        assertThat(refused(service.settings("acme")).code()).isEqualTo("pricing-settings-not-found");
        PricingSettings set = new PricingSettings("USD", new BigDecimal("0.0825"), false, new BigDecimal("5000.00"),
                Map.of(RateClass.STANDARD, new BigDecimal("95.00"), RateClass.OVERTIME, new BigDecimal("142.50"),
                        RateClass.EMERGENCY, new BigDecimal("190.00")));

        done(service.setSettings(new Actor("acme", "olga"), set));

        assertThat(done(service.settings("acme"))).isEqualTo(set);
        assertThat(done(service.find("globex"))).isEmpty();
    }

    private PricedItem add(String sku, Terms terms) {
        return done(service.add(new AddItemCommand(ESTIMATOR, sku, terms)));
    }

    private static Terms markup(String percent) {
        return new Terms("Run capacitor 45/5 µF", CAPACITOR, true, PricingMethod.MARKUP, new BigDecimal(percent), null);
    }

    private void cost(UUID truck, String unitCost, String asOf) {
        trucks.keep(new TruckStock("acme", truck, null, CAPACITOR, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE,
                new BigDecimal(unitCost), "USD", Instant.parse(asOf))).await().indefinitely();
    }
}
