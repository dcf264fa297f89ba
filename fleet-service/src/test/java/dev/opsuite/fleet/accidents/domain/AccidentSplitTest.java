package dev.opsuite.fleet.accidents.domain;

import dev.opsuite.fleet.kernel.Cost;
import dev.opsuite.support.domain.ImageType;
import dev.opsuite.fleet.kernel.VatMode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccidentSplitTest {

    static Cost invoice(String net, String rate) {
        return ((Result.Accepted<Cost>) Cost.compute("", "CZK", VatMode.STANDARD, new BigDecimal(net), null,
                new BigDecimal(rate))).value();
    }

    @Test
    void the_seeds_48000_invoice_splits_into_40000_insurer_8000_company_of_which_5000_driver() {
        var split = ((Result.Accepted<AccidentSplit>) AccidentSplit.of(invoice("48000", "21"), new BigDecimal("40000"),
                new BigDecimal("5000"))).value();
        assertThat(split.repairCost()).isEqualByComparingTo("48000");
        assertThat(split.companyShare()).isEqualTo(new BigDecimal("8000.00"));
        assertThat(split.driverDeductible()).isEqualTo(new BigDecimal("5000.00"));
    }

    @Test
    void the_split_is_of_the_net_so_vat_is_nobodys_share() {
        var rejected = (Result.Rejected<AccidentSplit>) AccidentSplit.of(invoice("48000", "21"), new BigDecimal("58080"), null);
        assertThat(rejected.field()).isEqualTo("insurerShare");
    }

    @Test
    void a_deductible_above_the_company_share_or_a_negative_share_is_rejected() {
        assertThat(((Result.Rejected<AccidentSplit>) AccidentSplit.of(invoice("48000", "21"), new BigDecimal("40000"),
                new BigDecimal("8000.01"))).field()).isEqualTo("driverDeductible");
        assertThat(((Result.Rejected<AccidentSplit>) AccidentSplit.of(invoice("48000", "21"), new BigDecimal("-1"), null))
                .field()).isEqualTo("insurerShare");
    }

    @Test
    void shares_beyond_the_maximum_amount_are_refused_before_any_arithmetic() {
        var insurer = (Result.Rejected<AccidentSplit>) AccidentSplit.of(invoice("48000", "21"), new BigDecimal("1e99999999"), null);
        assertThat(insurer.code()).isEqualTo("amount-too-large");
        assertThat(insurer.field()).isEqualTo("insurerShare");
        var driver = (Result.Rejected<AccidentSplit>) AccidentSplit.of(invoice("48000", "21"), BigDecimal.ZERO,
                new BigDecimal("1e100000"));
        assertThat(driver.field()).isEqualTo("driverDeductible");
    }

    @Test
    void an_accident_settles_once_and_its_claim_moves_pending_approved_paid_only() {
        Instant now = Instant.parse("2025-11-20T09:00:00Z");
        Accident a = ((Result.Accepted<Accident>) Accident.report(UUID.randomUUID(), "t", "ACC-2025-000001",
                new Accident.Report(new Accident.Circumstances(UUID.randomUUID(), UUID.randomUUID(), null, "ORD-2025-0087",
                        now.minusSeconds(3600)), new Accident.Damage("D1", "Cargo damaged", new BigDecimal("50000"), "CZK",
                        null)), "d", now)).value();
        assertThat(a.claimPaid("m", now)).isInstanceOf(Result.Rejected.class);
        a.fileClaim("INS-2025-123", "Kooperativa", "m", now);
        assertThat(a.fileClaim("INS-2025-124", "Kooperativa", "m", now)).isInstanceOf(Result.Rejected.class);
        assertThat(a.claimPaid("m", now)).isInstanceOf(Result.Rejected.class);
        assertThat(a.approveClaim(new BigDecimal("40000"), "CZK", "m", now)).isInstanceOf(Result.Accepted.class);
        assertThat(a.claimPaid("m", now)).isInstanceOf(Result.Accepted.class);
        assertThat(a.claim().status()).isEqualTo(ClaimStatus.PAID);
        var completion = new Accident.RepairCompletion(invoice("48000", "21"), "Body shop", "FV-1", new BigDecimal("40000"),
                new BigDecimal("5000"), LocalDate.of(2025, 11, 20));
        assertThat(a.settle(completion, UUID.randomUUID(), LocalDate.of(2025, 11, 20), "m", now)).isInstanceOf(Result.Accepted.class);
        assertThat(a.status()).isEqualTo(AccidentStatus.SETTLED);
        assertThat(((Result.Rejected<AccidentSplit>) a.settle(completion, UUID.randomUUID(), LocalDate.of(2025, 11, 20), "m", now))
                .code()).isEqualTo("accident-settled");
    }

    @Test
    void photos_are_recognised_by_their_first_bytes() {
        assertThat(ImageType.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).contains(ImageType.JPEG);
        assertThat(ImageType.detect(new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c' })).contains(ImageType.HEIC);
        assertThat(ImageType.detect("hello.jpg".getBytes())).isEmpty();
    }
}
