package dev.opsuite.field.estimates.application.service;

import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase;
import dev.opsuite.field.estimates.application.port.in.PriceBookUseCase;
import dev.opsuite.field.estimates.application.port.in.PriceWorkQuery;
import dev.opsuite.field.estimates.application.port.in.PricingSettingsUseCase;
import dev.opsuite.field.estimates.application.port.out.EstimateStore;
import dev.opsuite.field.estimates.domain.Estimate;
import dev.opsuite.field.estimates.domain.EstimateLine;
import dev.opsuite.field.estimates.domain.EstimateStatus;
import dev.opsuite.field.estimates.domain.PartPrice;
import dev.opsuite.field.estimates.domain.PriceList;
import dev.opsuite.field.estimates.domain.PricedWork;
import dev.opsuite.field.estimates.domain.PricingSettings;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.tenancy.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class EstimateService implements EstimatesUseCase, PriceWorkQuery {

    private static final String WHAT = "estimate";

    private final EstimateStore estimates;
    private final PriceBookUseCase book;
    private final PricingSettingsUseCase settings;
    private final FindJobsQuery jobs;
    private final Clock clock;

    EstimateService(EstimateStore estimates, PriceBookUseCase book, PricingSettingsUseCase settings, FindJobsQuery jobs,
            Clock clock) {
        this.estimates = estimates;
        this.book = book;
        this.settings = settings;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    @WithTransaction
    public Uni<Estimate> create(CreateEstimateCommand command) {
        Actor actor = command.actor();
        return jobs.job(actor.tenantId(), command.jobId()).chain(job -> pricing(actor.tenantId())
                .chain(pricing -> priced(actor.tenantId(), pricing, command.lines())
                        .map(lines -> Rejection.orThrow(Estimate.draft(Envelope.created(UUID.randomUUID(),
                                actor.tenantId(), actor.userId(), clock.instant()), job.id(), job.customerId(),
                                pricing.currency(), lines, pricing.taxRate())))))
                .chain(estimates::add);
    }

    @Override
    @WithTransaction
    public Uni<Estimate> revise(ReviseEstimateCommand command) {
        Actor actor = command.actor();
        return current(actor.tenantId(), command.estimateId(), command.expectedVersion())
                .chain(estimate -> pricing(actor.tenantId())
                        .chain(pricing -> priced(actor.tenantId(), pricing, command.lines())
                                .map(lines -> Rejection.orThrow(estimate.revise(lines, pricing.taxRate(),
                                        pricing.ownerApprovalThreshold(), actor.userId(), clock.instant())))))
                .chain(estimates::update);
    }

    @Override
    @WithTransaction
    public Uni<Estimate> submit(Actor actor, UUID estimateId, Long expectedVersion) {
        return current(actor.tenantId(), estimateId, expectedVersion)
                .chain(estimate -> pricing(actor.tenantId()).map(pricing -> Rejection.orThrow(
                        estimate.submit(pricing.ownerApprovalThreshold(), actor.userId(), clock.instant()))))
                .chain(estimate -> keep(actor, estimate));
    }

    @Override
    @WithTransaction
    public Uni<Estimate> decide(DecideCommand command) {
        Actor actor = command.actor();
        return current(actor.tenantId(), command.estimateId(), command.expectedVersion())
                .map(estimate -> Rejection.orThrow(estimate.decide(command.decision(), command.comment(),
                        actor.userId(), clock.instant())))
                .chain(estimate -> keep(actor, estimate));
    }

    @Override
    @WithSession
    public Uni<Estimate> estimate(String tenantId, UUID estimateId) {
        return estimates.find(tenantId, estimateId).map(found -> found.orElseThrow(Rejection.missing(WHAT, estimateId)));
    }

    @Override
    @WithSession
    public Uni<Page<Estimate>> estimates(String tenantId, EstimateFilter filter, PageRequest page) {
        return estimates.page(tenantId, filter, page);
    }

    @Override
    @WithSession
    public Uni<Optional<PricedWork>> price(String tenantId, UUID jobId, List<PricedWork.Item> work) {
        List<String> skus = work.stream().map(PricedWork.Item::sku).filter(Objects::nonNull).distinct().toList();
        return settings.find(tenantId).chain(found -> found.isEmpty() ? Uni.createFrom().item(Optional.empty())
                : estimates.approvedOfJob(tenantId, jobId).chain(approved -> book.priced(tenantId, skus)
                        .map(parts -> Optional.of(PricedWork.of(work, found.get(), approved, partPrices(parts))))));
    }

    /** An estimate now approved supersedes the job's approved one: at most one stands per job. */
    private Uni<Estimate> keep(Actor actor, Estimate estimate) {
        if (estimate.status() != EstimateStatus.APPROVED) {
            return estimates.update(estimate);
        }
        return estimates.approvedOfJob(actor.tenantId(), estimate.jobId())
                .chain(standing -> standing.filter(other -> !other.id().equals(estimate.id()))
                        .map(other -> estimates.update(other.supersede(actor.userId(), clock.instant())))
                        .orElseGet(() -> Uni.createFrom().nullItem()))
                .chain(() -> estimates.update(estimate));
    }

    private Uni<Estimate> current(String tenantId, UUID id, Long expectedVersion) {
        return estimates.find(tenantId, id).map(found -> Rejection.current(found, WHAT, id, expectedVersion));
    }

    private Uni<PricingSettings> pricing(String tenantId) {
        return settings.find(tenantId).map(found -> found.orElseThrow(() -> Rejection.unprocessable(
                "pricing-settings-missing", "lines", "Set the business's pricing settings before estimating.")
                .toException()));
    }

    /** Each line at today's price: labor at its class's rate, a part at its price book price. */
    private Uni<List<EstimateLine>> priced(String tenantId, PricingSettings pricing, List<LineOrder> orders) {
        List<String> skus = orders.stream().map(LineOrder::sku).filter(Objects::nonNull).distinct().toList();
        return book.priced(tenantId, skus).map(parts -> {
            PriceList today = new PriceList(pricing, partPrices(parts));
            List<EstimateLine> lines = new ArrayList<>();
            for (int i = 0; i < orders.size(); i++) {
                LineOrder order = orders.get(i);
                lines.add(Rejection.orThrow(today.line(i, order.kind(), order.quantity(), order.rateClass(),
                        order.sku())));
            }
            return lines;
        });
    }

    private static Map<String, PartPrice> partPrices(Map<String, PriceBookUseCase.PricedItem> items) {
        return items.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asPartPrice()));
    }
}
