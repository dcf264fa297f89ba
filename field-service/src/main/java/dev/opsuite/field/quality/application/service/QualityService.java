package dev.opsuite.field.quality.application.service;

import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.quality.application.port.in.CallbacksQuery;
import dev.opsuite.field.quality.application.port.in.FirstTimeFixQuery;
import dev.opsuite.field.quality.application.port.out.CompletionStore;
import dev.opsuite.field.quality.domain.FirstTimeFixReport;
import dev.opsuite.field.technicians.application.port.in.FindTechniciansQuery;
import dev.opsuite.field.technicians.domain.Technician;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class QualityService implements CallbacksQuery, FirstTimeFixQuery {

    private final FindServiceCallsQuery calls;
    private final FindJobsQuery jobs;
    private final FindTechniciansQuery technicians;
    private final CompletionStore completions;

    QualityService(FindServiceCallsQuery calls, FindJobsQuery jobs, FindTechniciansQuery technicians,
            CompletionStore completions) {
        this.calls = calls;
        this.jobs = jobs;
        this.technicians = technicians;
        this.completions = completions;
    }

    @Override
    @WithSession
    public Uni<List<Callback>> callbacksOf(String tenantId, UUID jobId) {
        return jobs.job(tenantId, jobId).chain(job -> calls.callbacksOf(tenantId, jobId))
                .map(linked -> linked.stream().map(c -> new Callback(c.id(), c.number(), c.envelope().createdAt(),
                        c.callbackOfJob().jobId(), c.callbackOfJob().technicianId(), c.callbackOfJob().completedAt(),
                        c.callbackOfJob().daysAfter(), c.callbackOf() != null)).toList());
    }

    @Override
    @WithSession
    public Uni<FirstTimeFixReport> firstTimeFix(String tenantId, Instant asOf) {
        return completions.completed(tenantId, FirstTimeFixReport.from(asOf), asOf)
                .chain(done -> names(tenantId).map(names -> FirstTimeFixReport.of(asOf, done, names)));
    }

    /** Every technician's name by id, by name. */
    Uni<Map<UUID, String>> names(String tenantId) {
        return technicians.technicians(tenantId, null).map(all -> {
            Map<UUID, String> names = new LinkedHashMap<>();
            for (Technician t : all) {
                names.put(t.id(), t.name());
            }
            return names;
        });
    }
}
