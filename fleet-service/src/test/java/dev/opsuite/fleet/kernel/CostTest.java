package dev.opsuite.fleet.kernel;

import static dev.opsuite.fleet.testing.Results.accepted;
import static dev.opsuite.fleet.testing.Results.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostTest {

    @Test
    void seed_scenario_2_reverse_charge_500_eur_has_no_vat() {
        Cost cost = accepted(Cost.compute("cost.", "EUR", VatMode.REVERSE_CHARGE, new BigDecimal("500"), null, null));

        assertThat(cost.currency()).isEqualTo("EUR");
        assertThat(cost.net()).isEqualTo(new BigDecimal("500.00"));
        assertThat(cost.vatRate()).isEqualTo(new BigDecimal("0.00"));
        assertThat(cost.vat()).isEqualTo(new BigDecimal("0.00"));
        assertThat(cost.gross()).isEqualTo(new BigDecimal("500.00"));
    }

    @Test
    void an_exempt_cost_has_no_vat_either() {
        Cost cost = accepted(Cost.compute("", "CZK", VatMode.EXEMPT, new BigDecimal("3500"), null, BigDecimal.ZERO));

        assertThat(cost.vat()).isEqualTo(new BigDecimal("0.00"));
        assertThat(cost.gross()).isEqualTo(new BigDecimal("3500.00"));
    }

    @ParameterizedTest(name = "{0} {1} at {2} % -> VAT {3}, gross {4}")
    @CsvSource({
            "1000,  CZK, 21,    210.00, 1210.00",
            "33.33, EUR, 21,    7.00,   40.33",   // 6.9993
            "10.05, EUR, 10,    1.01,   11.06",   // 1.005: half-up, not half-even (1.00)
            "0.05,  EUR, 10,    0.01,   0.06",    // 0.005
            "0.04,  EUR, 10,    0.00,   0.04",    // 0.004
            "999.99, PLN, 23,   230.00, 1229.99", // 229.9977
            "100,   EUR, 5.5,   5.50,   105.50",
            "1000,  JPY, 10,    100,    1100"     // no minor unit
    })
    void standard_vat_is_net_times_rate_rounded_half_up_to_the_minor_unit(String net, String currency, String rate,
            String vat, String gross) {
        Cost cost = accepted(Cost.compute("", currency, VatMode.STANDARD, new BigDecimal(net), null, new BigDecimal(rate)));

        assertThat(cost.vat()).isEqualTo(new BigDecimal(vat));
        assertThat(cost.gross()).isEqualTo(new BigDecimal(gross));
        assertThat(cost.net().add(cost.vat())).isEqualTo(cost.gross());
    }

    @ParameterizedTest(name = "gross {0} at {1} % -> net {2}, VAT {3}")
    @CsvSource({
            "1210, 21, 1000.00, 210.00",
            "100,  21, 82.64,   17.36",  // 82.6446...
            "11.06, 10, 10.05,  1.01"
    })
    void from_a_gross_amount_the_net_is_rounded_and_vat_is_the_rest(String gross, String rate, String net, String vat) {
        Cost cost = accepted(Cost.compute("", "EUR", VatMode.STANDARD, null, new BigDecimal(gross), new BigDecimal(rate)));

        assertThat(cost.net()).isEqualTo(new BigDecimal(net));
        assertThat(cost.vat()).isEqualTo(new BigDecimal(vat));
        assertThat(cost.gross()).isEqualTo(new BigDecimal(gross).setScale(2));
    }

    @Test
    void a_reverse_charge_gross_is_its_net() {
        Cost cost = accepted(Cost.compute("", "EUR", VatMode.REVERSE_CHARGE, null, new BigDecimal("500"), null));
        assertThat(cost.net()).isEqualTo(new BigDecimal("500.00"));
        assertThat(cost.vat()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void what_is_wrong_is_named() {
        assertRejected(Cost.compute("cost.", "XYZ", VatMode.EXEMPT, BigDecimal.ONE, null, null), "unknown-currency", "cost.currency");
        assertRejected(Cost.compute("cost.", "eur", VatMode.EXEMPT, BigDecimal.ONE, null, null), "unknown-currency", "cost.currency");
        assertRejected(Cost.compute("", "EUR", null, BigDecimal.ONE, null, null), "vat-mode-required", "vatMode");
        assertRejected(Cost.compute("", "EUR", VatMode.EXEMPT, null, null, null), "amount-required", "net");
        assertRejected(Cost.compute("", "EUR", VatMode.EXEMPT, BigDecimal.ONE, BigDecimal.ONE, null), "amount-ambiguous", "gross");
        assertRejected(Cost.compute("", "EUR", VatMode.EXEMPT, new BigDecimal("-1"), null, null), "negative-amount", "net");
        assertRejected(Cost.compute("", "EUR", VatMode.EXEMPT, new BigDecimal("1.005"), null, null), "too-many-decimals", "net");
        assertRejected(Cost.compute("", "JPY", VatMode.EXEMPT, null, new BigDecimal("10.5"), null), "too-many-decimals", "gross");
        assertRejected(Cost.compute("", "EUR", VatMode.STANDARD, BigDecimal.TEN, null, null), "vat-rate-required", "vatRate");
        assertRejected(Cost.compute("", "EUR", VatMode.STANDARD, BigDecimal.TEN, null, BigDecimal.ZERO), "invalid-vat-rate", "vatRate");
        assertRejected(Cost.compute("", "EUR", VatMode.STANDARD, BigDecimal.TEN, null, new BigDecimal("100")), "invalid-vat-rate", "vatRate");
        assertRejected(Cost.compute("", "EUR", VatMode.STANDARD, BigDecimal.TEN, null, new BigDecimal("21.005")), "invalid-vat-rate", "vatRate");
        assertRejected(Cost.compute("cost.", "EUR", VatMode.REVERSE_CHARGE, BigDecimal.TEN, null, new BigDecimal("21")),
                "vat-rate-not-allowed", "cost.vatRate");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "1e99999999", "1e100000", "1000000000000", "999999999999.991" })
    void an_amount_beyond_the_maximum_is_refused_at_once_naming_it(String amount) {
        // Rescaled to cents, 1e99999999 kept a core busy for minutes: the bound is checked before any arithmetic.
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertRejected(Cost.compute("cost.", "CZK", VatMode.STANDARD, new BigDecimal(amount), null, new BigDecimal("21")),
                    "amount-too-large", "cost.net");
            assertRejected(Cost.compute("", "EUR", VatMode.EXEMPT, null, new BigDecimal(amount), null),
                    "amount-too-large", "gross");
        });
    }

    @Test
    void the_maximum_is_booked_when_its_vat_fits_too() {
        BigDecimal max = new BigDecimal(Money.MAX_AMOUNT);
        assertThat(accepted(Cost.compute("", "CZK", VatMode.EXEMPT, max, null, null)).gross()).isEqualTo(max);
        assertThat(accepted(Cost.compute("", "CZK", VatMode.STANDARD, null, max, new BigDecimal("21"))).gross()).isEqualTo(max);
        // 21 % on top of the maximum net would be a gross no column of the fleet takes.
        assertRejected(Cost.compute("", "CZK", VatMode.STANDARD, max, null, new BigDecimal("21")), "amount-too-large", "net");
        assertThat(accepted(Cost.compute("", "CZK", VatMode.STANDARD, new BigDecimal("826446280991.73"), null,
                new BigDecimal("21"))).gross()).isEqualTo(new BigDecimal("999999999999.99"));
    }

    @Test
    void trailing_zeros_beyond_the_minor_unit_are_fine() {
        assertThat(accepted(Cost.compute("", "EUR", VatMode.EXEMPT, new BigDecimal("12.5000"), null, null)).net())
                .isEqualTo(new BigDecimal("12.50"));
    }

    private static void assertRejected(Result<Cost> result, String code, String field) {
        var r = rejected(result);
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.field()).isEqualTo(field);
        assertThat(r.reason()).isEqualTo(Result.Reason.INVALID_VALUE);
    }
}
