package dev.opsuite.field.jobs.infrastructure.persistence;

import dev.opsuite.field.jobs.application.port.out.JobStore;
import dev.opsuite.field.jobs.domain.Assignment;
import dev.opsuite.field.jobs.domain.Diagnosis;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.Job.Work;
import dev.opsuite.field.jobs.domain.JobStatus;
import dev.opsuite.field.kernel.Skill;
import dev.opsuite.support.persistence.Envelopes;
import dev.opsuite.support.persistence.JsonList;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import dev.opsuite.field.audit.application.port.in.AuditTrail;
import dev.opsuite.field.audit.domain.AuditEvent.Action;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class JobRepository implements PanacheRepositoryBase<JobEntity, UUID>, JobStore {

    private final AuditTrail audit;

    JobRepository(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Uni<Optional<Job>> find(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult()
                .map(e -> Optional.ofNullable(e).map(JobRepository::toDomain));
    }

    @Override
    public Uni<List<Job>> ofCall(String tenantId, UUID serviceCallId) {
        return list("tenantId = ?1 and serviceCallId = ?2 order by createdAt, id", tenantId, serviceCallId)
                .map(rows -> rows.stream().map(JobRepository::toDomain).toList());
    }

    @Override
    public Uni<List<Job>> inStatus(String tenantId, JobStatus status) {
        return list("tenantId = ?1 and status = ?2 order by createdAt, id", tenantId, status)
                .map(rows -> rows.stream().map(JobRepository::toDomain).toList());
    }

    @Override
    public Uni<List<Job>> blocked(String tenantId) {
        return list("tenantId = ?1 and status = ?2 order by blockedSince, id", tenantId, JobStatus.WAITING_ON_PARTS)
                .map(rows -> rows.stream().map(JobRepository::toDomain).toList());
    }

    @Override
    public Uni<List<Job>> assignedTo(String tenantId, UUID technicianId, Instant from, Instant to) {
        return list("tenantId = ?1 and technicianId = ?2 and scheduledStart >= ?3 and scheduledStart < ?4 "
                + "order by scheduledStart, id", tenantId, technicianId, from, to)
                .map(rows -> rows.stream().map(JobRepository::toDomain).toList());
    }

    @Override
    public Uni<Map<UUID, Job>> findAll(String tenantId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("tenantId = ?1 and id in ?2", tenantId, List.copyOf(ids)).map(rows -> rows.stream()
                .map(JobRepository::toDomain).collect(Collectors.toMap(Job::id, Function.identity())));
    }

    @Override
    public Uni<Void> add(Job j) {
        JobEntity e = new JobEntity();
        e.id = j.id();
        e.serviceCallId = j.serviceCallId();
        e.customerId = j.customerId();
        e.locationId = j.locationId();
        copy(j, e);
        return persist(e).call(this::flush)
                .call(() -> audit.record("job", j.envelope(), Action.CREATED, j.customerId(), j.id()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> update(Job j) {
        // Loaded in this session: copying onto it and flushing bumps the version.
        return findById(j.id()).invoke(e -> copy(j, e)).call(this::flush)
                .call(e -> audit.record("job", Envelopes.of(e.id, e), Action.CHANGED, e.customerId, e.id))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> priced(String tenantId, UUID jobId, String currency, BigDecimal total) {
        // Not part of the aggregate: a fact of its completion, written beside it in the same transaction.
        return getSession().chain(session -> session.createNativeQuery(
                                "update job set priced_currency = ?3, priced_total = ?4 where tenant_id = ?1 and id = ?2")
                        .setParameter(1, tenantId).setParameter(2, jobId).setParameter(3, currency).setParameter(4, total)
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static void copy(Job j, JobEntity e) {
        Envelopes.stamp(e, j.envelope());
        e.title = j.title();
        e.trade = j.skillNeeded().trade();
        e.skillLevel = j.skillNeeded().level();
        e.expectedMinutes = (int) j.expectedDuration().toMinutes();
        e.status = j.status();
        Assignment a = j.assignment();
        e.technicianId = a == null ? null : a.technicianId();
        e.scheduledStart = a == null ? null : a.start();
        e.scheduledEnd = a == null ? null : a.end();
        Work w = j.work();
        e.diagnosisFindings = w.diagnosis() == null ? null : w.diagnosis().findings();
        e.diagnosisCause = w.diagnosis() == null ? null : w.diagnosis().cause();
        e.labor = JsonList.of(w.labor());
        e.partsUsed = JsonList.of(w.partsUsed());
        e.blockedSince = w.blockedSince();
        e.waitingFor = w.waitingFor();
        e.cancelReason = w.cancelReason();
    }

    static Job toDomain(JobEntity e) {
        return new Job(Envelopes.of(e.id, e), e.serviceCallId, e.customerId, e.locationId, e.title,
                new Skill(e.trade, e.skillLevel), Duration.ofMinutes(e.expectedMinutes), e.status,
                e.technicianId == null ? null : new Assignment(e.technicianId, e.scheduledStart, e.scheduledEnd),
                new Work(e.diagnosisFindings == null ? null : new Diagnosis(e.diagnosisFindings, e.diagnosisCause),
                        e.labor.lines(), e.partsUsed.lines(), e.blockedSince, e.waitingFor, e.cancelReason));
    }
}
