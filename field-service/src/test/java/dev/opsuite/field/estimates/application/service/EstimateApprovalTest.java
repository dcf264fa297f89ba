package dev.opsuite.field.estimates.application.service;

import static dev.opsuite.field.testing.Decisions.accepted;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.CreateEstimateCommand;
import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.DecideCommand;
import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.EstimateFilter;
import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.LineOrder;
import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.ReviseEstimateCommand;
import dev.opsuite.field.estimates.application.port.in.PriceBookUseCase.AddItemCommand;
import dev.opsuite.field.estimates.domain.ApprovalDecision;
import dev.opsuite.field.estimates.domain.ApprovalDecision.Decision;
import dev.opsuite.field.estimates.domain.CustomerStatus;
import dev.opsuite.field.estimates.domain.Estimate;
import dev.opsuite.field.estimates.domain.EstimateLine.Kind;
import dev.opsuite.field.estimates.domain.EstimateStatus;
import dev.opsuite.field.estimates.domain.PriceBookItem.Terms;
import dev.opsuite.field.estimates.domain.PricingMethod;
import dev.opsuite.field.estimates.domain.PricingSettings;
import dev.opsuite.field.estimates.domain.RateClass;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.testing.InMemoryEstimates;
import dev.opsuite.field.testing.InMemoryPriceBook;
import dev.opsuite.field.testing.InMemoryPricingSettings;
import dev.opsuite.field.testing.InMemoryTruckStock;
import dev.opsuite.field.testing.JobsAndTechnicians;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's approval path: an estimate over the owner's threshold (tax included) routes itself to the owner, who
 * approves, rejects or sends it back; the customer sees it only after the decision.
 */
class EstimateApprovalTest {

    static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    static final Actor ESTIMATOR = new Actor("acme", "eva");
    static final Actor OWNER = new Actor("acme", "olga");

    final JobsAndTechnicians jobs = new JobsAndTechnicians(NOW);
    final InMemoryPricingSettings settingsStore = new InMemoryPricingSettings();
    final InMemoryTruckStock trucks = new InMemoryTruckStock();
    final PriceBookService book = new PriceBookService(new InMemoryPriceBook(), settingsStore, trucks::newestUnitCosts,
            Clock.fixed(NOW, ZoneOffset.UTC));
    final InMemoryEstimates estimates = new InMemoryEstimates();
    final EstimateService service = new EstimateService(estimates, book, book, jobs, Clock.fixed(NOW, ZoneOffset.UTC));
    final Job job = job();

    EstimateApprovalTest() {
        done(book.setSettings(OWNER, new PricingSettings("USD", new BigDecimal("0.08"), false,
                new BigDecimal("5000.00"), Map.of(RateClass.STANDARD, new BigDecimal("100.00"), RateClass.OVERTIME,
                        new BigDecimal("150.00"), RateClass.EMERGENCY, new BigDecimal("200.00")))));
        done(book.add(new AddItemCommand(ESTIMATOR, "COMP-3T", new Terms("Compressor 3 ton", null, true,
                PricingMethod.FIXED, null, new BigDecimal("4074.07")))));
    }

    @Test
    void over_the_threshold_to_the_owner_changes_requested_revised_under_it_and_approved_at_once() {
        // 10 h × 100.00 = 1,000.00 (labor untaxed) + 4,074.07 + tax 8% of 4,074.07 = 325.9256 → 325.93 = 5,400.00
        Estimate estimate = create(labor("10"), part("COMP-3T", "1"));
        assertThat(estimate.totals().subtotal()).isEqualByComparingTo("5074.07");
        assertThat(estimate.totals().tax()).isEqualByComparingTo("325.93");
        assertThat(estimate.totals().total()).isEqualByComparingTo("5400.00");

        Estimate routed = done(service.submit(ESTIMATOR, estimate.id(), 0L));
        assertThat(routed.status()).isEqualTo(EstimateStatus.OWNER_APPROVAL_REQUIRED);
        assertThat(routed.customerStatus()).isEqualTo(CustomerStatus.NOT_SENT);
        assertThat(done(service.estimates("acme", new EstimateFilter(EstimateStatus.OWNER_APPROVAL_REQUIRED, null,
                null), new PageRequest(1, 20, "createdAt", true))).items()).extracting(Estimate::id)
                .containsExactly(estimate.id());

        Rejection noComment = refused(service.decide(new DecideCommand(OWNER, estimate.id(), null,
                Decision.REQUEST_CHANGES, " ")));
        assertThat(noComment.field()).isEqualTo("comment");
        Estimate sentBack = done(service.decide(new DecideCommand(OWNER, estimate.id(), null, Decision.REQUEST_CHANGES,
                "Quote the repair at 5.5 hours.")));
        assertThat(sentBack.status()).isEqualTo(EstimateStatus.CHANGES_REQUESTED);
        assertThat(sentBack.customerStatus()).isEqualTo(CustomerStatus.NOT_SENT);

        // 5.5 h × 100.00 = 550.00 + 4,074.07 + 325.93 = 4,950.00
        Estimate revised = done(service.revise(new ReviseEstimateCommand(ESTIMATOR, estimate.id(), sentBack.version(),
                List.of(labor("5.5"), part("COMP-3T", "1")))));
        assertThat(revised.totals().total()).isEqualByComparingTo("4950.00");
        Estimate approved = done(service.submit(ESTIMATOR, estimate.id(), null));
        assertThat(approved.status()).isEqualTo(EstimateStatus.APPROVED);
        assertThat(approved.customerStatus()).isEqualTo(CustomerStatus.PRESENTED);
        assertThat(approved.decisions()).singleElement().satisfies(d -> {
            assertThat(d.decision()).isEqualTo(Decision.REQUEST_CHANGES);
            assertThat(d.decidedBy()).isEqualTo("olga");
            assertThat(d.comment()).isEqualTo("Quote the repair at 5.5 hours.");
            assertThat(d.total()).isEqualByComparingTo("5400.00");
        });
    }

    @Test
    void an_approved_estimate_edited_over_the_threshold_goes_back_to_the_owner() {
        Estimate estimate = create(labor("5.5"), part("COMP-3T", "1"));
        done(service.submit(ESTIMATOR, estimate.id(), null));

        // 12 h × 100.00 = 1,200.00 + 4,400.00 = 5,600.00
        Estimate edited = done(service.revise(new ReviseEstimateCommand(ESTIMATOR, estimate.id(), null,
                List.of(labor("12"), part("COMP-3T", "1")))));

        assertThat(edited.totals().total()).isEqualByComparingTo("5600.00");
        assertThat(edited.status()).isEqualTo(EstimateStatus.OWNER_APPROVAL_REQUIRED);
        assertThat(edited.customerStatus()).isEqualTo(CustomerStatus.NOT_SENT);
        assertThat(refused(service.revise(new ReviseEstimateCommand(ESTIMATOR, estimate.id(), null,
                List.of(labor("1"))))).code()).isEqualTo("estimate-owner-approval-required");
        Estimate approved = done(service.decide(new DecideCommand(OWNER, estimate.id(), null, Decision.APPROVE, null)));
        assertThat(approved.status()).isEqualTo(EstimateStatus.APPROVED);
        assertThat(approved.decisions()).extracting(ApprovalDecision::decision).containsExactly(Decision.APPROVE);
    }

    @Test
    void rejected_is_declined_to_the_customer_and_a_newer_approval_supersedes_the_jobs_approved_estimate() {
        Estimate over = done(service.submit(ESTIMATOR, create(labor("10"), part("COMP-3T", "1")).id(), null));
        Estimate rejected = done(service.decide(new DecideCommand(OWNER, over.id(), null, Decision.REJECT,
                "Too dear.")));
        assertThat(rejected.status()).isEqualTo(EstimateStatus.REJECTED);
        assertThat(rejected.customerStatus()).isEqualTo(CustomerStatus.DECLINED);
        assertThat(refused(service.submit(ESTIMATOR, over.id(), null)).code()).isEqualTo("estimate-rejected");

        Estimate first = done(service.submit(ESTIMATOR, create(labor("2")).id(), null));
        Estimate second = done(service.submit(ESTIMATOR, create(labor("3")).id(), null));

        assertThat(second.status()).isEqualTo(EstimateStatus.APPROVED);
        assertThat(done(service.estimate("acme", first.id())).status()).isEqualTo(EstimateStatus.SUPERSEDED);
    }

    @Test
    void a_part_not_in_the_book_or_not_priceable_is_refused_naming_its_line() {
        Rejection missing = refused(service.create(new CreateEstimateCommand(ESTIMATOR, job.id(),
                List.of(labor("1"), part("NOPE", "1")))));
        assertThat(missing.code()).isEqualTo("sku-not-in-price-book");
        assertThat(missing.field()).isEqualTo("lines[1].sku");
        done(book.add(new AddItemCommand(ESTIMATOR, "CAP", new Terms("Capacitor", UUID.randomUUID(), true,
                PricingMethod.MARKUP, BigDecimal.TEN, null))));
        Rejection unpriced = refused(service.create(new CreateEstimateCommand(ESTIMATOR, job.id(),
                List.of(part("CAP", "1")))));
        assertThat(unpriced.code()).isEqualTo("no-known-cost");
        assertThat(unpriced.field()).isEqualTo("lines[0].sku");
        assertThat(refused(service.create(new CreateEstimateCommand(new Actor("globex", "eva"), job.id(),
                List.of(labor("1"))))).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }

    private Estimate create(LineOrder... lines) {
        return done(service.create(new CreateEstimateCommand(ESTIMATOR, job.id(), List.of(lines))));
    }

    private static LineOrder labor(String hours) {
        return new LineOrder(Kind.LABOR, new BigDecimal(hours), RateClass.STANDARD, null);
    }

    private static LineOrder part(String sku, String quantity) {
        return new LineOrder(Kind.PART, new BigDecimal(quantity), null, sku);
    }

    private Job job() {
        Job made = accepted(Job.create(Envelope.created(UUID.randomUUID(), "acme", "csr", NOW), UUID.randomUUID(),
                UUID.randomUUID(), null, "Replace the compressor", new Skill(Trade.HVAC, 2), Duration.ofMinutes(240)));
        done(jobs.jobs.add(made));
        return made;
    }
}
