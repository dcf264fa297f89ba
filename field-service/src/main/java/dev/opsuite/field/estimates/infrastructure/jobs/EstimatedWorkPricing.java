package dev.opsuite.field.estimates.infrastructure.jobs;

import dev.opsuite.field.estimates.application.port.in.PriceWorkQuery;
import dev.opsuite.field.estimates.domain.EstimateLine.Kind;
import dev.opsuite.field.estimates.domain.PricedWork;
import dev.opsuite.field.estimates.domain.RateClass;
import dev.opsuite.field.kernel.WorkPrice;
import dev.opsuite.field.kernel.pricing.WorkPricing;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The pricing jobs asks for as a job completes, answered by the estimates capability. */
@ApplicationScoped
class EstimatedWorkPricing implements WorkPricing {

    private final PriceWorkQuery prices;

    EstimatedWorkPricing(PriceWorkQuery prices) {
        this.prices = prices;
    }

    @Override
    public Uni<Optional<WorkPrice>> price(String tenantId, UUID jobId, List<WorkPrice.Item> work) {
        return prices.price(tenantId, jobId, work.stream().map(i -> new PricedWork.Item(i.sourceId(),
                        Kind.valueOf(i.kind()), i.sku(), i.rateClass() == null ? null : RateClass.valueOf(i.rateClass()),
                        i.quantity())).toList())
                .map(found -> found.map(EstimatedWorkPricing::toKernel));
    }

    private static WorkPrice toKernel(PricedWork w) {
        return new WorkPrice(w.currency(), w.estimateId(), w.lines().stream().map(l -> new WorkPrice.Line(
                        l.line().kind().name(), l.sourceId(), l.line().description(), l.line().sku(),
                        l.line().rateClass() == null ? null : l.line().rateClass().name(), l.line().quantity(),
                        l.line().unitPrice(), l.line().amount(), l.line().taxable())).toList(),
                w.totals().subtotal(), w.totals().taxRate(), w.totals().tax(), w.totals().total());
    }
}
