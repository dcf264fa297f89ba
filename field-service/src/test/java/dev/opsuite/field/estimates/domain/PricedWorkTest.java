package dev.opsuite.field.estimates.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.estimates.domain.EstimateLine.Kind;
import dev.opsuite.support.domain.Envelope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A completed job's work priced: the approved estimate's rates first, then the book and the business's rates. */
class PricedWorkTest {

    static final PricingSettings SETTINGS = new PricingSettings("USD", new BigDecimal("0.0825"), false,
            new BigDecimal("5000.00"), Map.of(RateClass.STANDARD, new BigDecimal("95.00"), RateClass.OVERTIME,
                    new BigDecimal("142.50"), RateClass.EMERGENCY, new BigDecimal("190.00")));
    static final Map<String, PartPrice> BOOK = Map.of(
            "CAP-45", new PartPrice("CAP-45", "Capacitor", new BigDecimal("25.90"), true),
            "CONT-40A", new PartPrice("CONT-40A", "Contactor", null, true));

    final List<PricedWork.Item> work = List.of(
            new PricedWork.Item(UUID.randomUUID(), Kind.LABOR, null, RateClass.STANDARD, new BigDecimal("2.5")),
            new PricedWork.Item(UUID.randomUUID(), Kind.LABOR, null, RateClass.OVERTIME, new BigDecimal("1")),
            new PricedWork.Item(UUID.randomUUID(), Kind.PART, "CAP-45", null, new BigDecimal("2")),
            new PricedWork.Item(UUID.randomUUID(), Kind.PART, "CONT-40A", null, BigDecimal.ONE),
            new PricedWork.Item(UUID.randomUUID(), Kind.PART, "NOPE", null, BigDecimal.ONE));

    @Test
    void by_the_book_and_rates_a_part_without_a_price_at_zero_saying_so() {
        PricedWork priced = PricedWork.of(work, SETTINGS, Optional.empty(), BOOK);

        // 2.5 × 95.00 = 237.50; 1 × 142.50; 2 × 25.90 = 51.80 (taxable); 0.00; 0.00
        assertThat(priced.lines()).extracting(l -> l.line().amount().toPlainString())
                .containsExactly("237.50", "142.50", "51.80", "0.00", "0.00");
        assertThat(priced.lines().get(3).line().description()).isEqualTo("Contactor (needs a price)");
        assertThat(priced.lines().get(4).line().description()).isEqualTo("NOPE (needs a price)");
        // tax 8.25 % × 51.80 = 4.2735 → 4.27; subtotal 431.80; total 436.07
        assertThat(priced.totals().tax()).isEqualByComparingTo("4.27");
        assertThat(priced.totals().total()).isEqualByComparingTo("436.07");
        assertThat(priced.estimateId()).isNull();
    }

    @Test
    void the_approved_estimates_rate_per_class_and_price_per_sku_win() {
        Estimate approved = new Estimate(Envelope.created(UUID.randomUUID(), "acme", "eva", Instant.EPOCH),
                UUID.randomUUID(), UUID.randomUUID(), "USD", List.of(
                        EstimateLine.labor(BigDecimal.ONE, RateClass.STANDARD, new BigDecimal("85.00"), false),
                        EstimateLine.part("CONT-40A", "Contactor", BigDecimal.ONE, new BigDecimal("30.00"), true)),
                new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), EstimateStatus.APPROVED,
                CustomerStatus.PRESENTED, List.of());

        PricedWork priced = PricedWork.of(work, SETTINGS, Optional.of(approved), BOOK);

        // STANDARD at the estimate's 85.00, OVERTIME (not on it) at 142.50; CONT-40A at its 30.00, CAP-45 by the book
        assertThat(priced.lines()).extracting(l -> l.line().unitPrice().toPlainString())
                .containsExactly("85.00", "142.50", "25.90", "30.00", "0.00");
        assertThat(priced.estimateId()).isEqualTo(approved.id());
    }
}
