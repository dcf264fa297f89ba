package dev.opsuite.field.quality.application.service;

import dev.opsuite.field.board.application.port.in.BlockedJobsQuery;
import dev.opsuite.field.board.application.port.in.BoardQuery;
import dev.opsuite.field.history.application.port.in.HistoryQuery;
import dev.opsuite.field.intake.application.port.in.FindCustomersQuery;
import dev.opsuite.field.intake.application.port.in.FindLocationsQuery;
import dev.opsuite.field.intake.application.port.in.FindServiceCallsQuery;
import dev.opsuite.field.intake.domain.Customer;
import dev.opsuite.field.intake.domain.Location;
import dev.opsuite.field.intake.domain.ServiceAddress;
import dev.opsuite.field.intake.domain.ServiceCall;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.domain.JobStatusEvent;
import dev.opsuite.field.jobs.domain.LaborEntry;
import dev.opsuite.field.quality.application.port.in.DocumentsQuery;
import dev.opsuite.field.quality.application.port.out.DocumentRenderer;
import dev.opsuite.field.quality.application.port.out.DocumentRenderer.Kind;
import dev.opsuite.field.quality.application.port.out.PartsReportRecords;
import dev.opsuite.field.quality.application.port.out.Printables;
import dev.opsuite.field.technicians.application.port.in.FindTechniciansQuery;
import dev.opsuite.field.technicians.domain.Technician;
import dev.opsuite.support.application.Rejection;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class DocumentsService implements DocumentsQuery {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final FindJobsQuery jobs;
    private final FindServiceCallsQuery calls;
    private final FindCustomersQuery customers;
    private final FindLocationsQuery locations;
    private final FindTechniciansQuery technicians;
    private final BoardQuery board;
    private final BlockedJobsQuery blocked;
    private final HistoryQuery history;
    private final PartsReportRecords parts;
    private final DocumentRenderer renderer;
    private final Clock clock;

    DocumentsService(FindJobsQuery jobs, FindServiceCallsQuery calls, FindCustomersQuery customers,
            FindLocationsQuery locations, FindTechniciansQuery technicians, BoardQuery board, BlockedJobsQuery blocked,
            HistoryQuery history, PartsReportRecords parts, DocumentRenderer renderer, Clock clock) {
        this.history = history;
        this.parts = parts;
        this.jobs = jobs;
        this.calls = calls;
        this.customers = customers;
        this.locations = locations;
        this.technicians = technicians;
        this.board = board;
        this.blocked = blocked;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public Uni<byte[]> jobSheet(String tenantId, String technicianLogin, UUID jobId, Format format) {
        return jobSheet(tenantId, technicianLogin, jobId).chain(sheet -> print(Kind.JOB_SHEET, sheet, format));
    }

    @Override
    public Uni<byte[]> dispatchReport(String tenantId, LocalDate date, Format format) {
        return dispatchReport(tenantId, date).chain(report -> print(Kind.DISPATCH_REPORT, report, format));
    }

    @Override
    public Uni<byte[]> customerHistory(String tenantId, UUID customerId, Format format) {
        return customers.customer(tenantId, customerId)
                .chain(customer -> locations.locations(tenantId, customerId)
                        .chain(places -> history.ofCustomer(tenantId, customerId)
                                .chain(h -> jobs.jobs(tenantId, h.statusChanges().stream()
                                                .map(JobStatusEvent::jobId).collect(Collectors.toSet()))
                                        .map(titles -> customerHistory(customer, places, h, titles)))))
                .chain(doc -> print(Kind.CUSTOMER_HISTORY, doc, format));
    }

    private Printables.CustomerHistory customerHistory(Customer customer, List<Location> places, HistoryQuery.History h,
            Map<UUID, Job> titles) {
        return new Printables.CustomerHistory(customer.name(), customer.phone(), address(customer.serviceAddress()),
                places.stream().map(l -> (l.label() == null ? "Location" : l.label()) + ": " + address(l.address()))
                        .toList(),
                h.statusChanges().stream().map(e -> new Printables.HistoryLine(WHEN.format(e.at()),
                        titles.containsKey(e.jobId()) ? titles.get(e.jobId()).title() : e.jobId().toString(),
                        (e.from() == null ? "" : e.from().name() + " to ") + e.to().name(), e.why(), e.by())).toList(),
                WHEN.format(clock.instant()));
    }

    @Override
    public Uni<byte[]> partsReport(String tenantId, Instant from, Instant to, Format format) {
        return partsReport(tenantId, from, to).chain(doc -> print(Kind.PARTS_REPORT, doc, format));
    }

    /**
     * Its own reads, in a session closed before printing (the other documents read through other capabilities'
     * queries, each in its own session); intercepted also when called from this bean.
     */
    @WithSession
    Uni<Printables.PartsReport> partsReport(String tenantId, Instant from, Instant to) {
        return parts.usages(tenantId, from, to).chain(used -> parts.reservations(tenantId, from, to)
                .map(held -> new Printables.PartsReport(WHEN.format(from), WHEN.format(to),
                        used.stream().map(u -> new Printables.UsageLine(WHEN.format(u.usedAt()), u.jobId().toString(),
                                u.productId().toString(), u.quantity().stripTrailingZeros().toPlainString(),
                                u.locationId().toString(), u.usedBy())).toList(),
                        held.stream().map(r -> new Printables.ReservationLine(WHEN.format(r.createdAt()),
                                r.jobId().toString(), r.productId().toString(),
                                r.quantity().stripTrailingZeros().toPlainString(),
                                r.used().stripTrailingZeros().toPlainString(), r.locationId().toString(), r.status()))
                                .toList(),
                        WHEN.format(clock.instant()))));
    }

    private static String address(ServiceAddress a) {
        return a.line1() + ", " + a.postalCode() + " " + a.city();
    }

    /** Read first (in a session), rendered after: rendering holds no connection, and a PDF renders off the event loop. */
    private Uni<byte[]> print(Kind kind, Object model, Format format) {
        if (format == Format.HTML) {
            return Uni.createFrom().item(() -> renderer.html(kind, model).getBytes(StandardCharsets.UTF_8));
        }
        return Uni.createFrom().item(model).emitOn(Infrastructure.getDefaultWorkerPool()).map(m -> renderer.pdf(kind, m));
    }

    /** Each read in the session of the capability that answers it. */
    Uni<Printables.JobSheet> jobSheet(String tenantId, String technicianLogin, UUID jobId) {
        return jobs.job(tenantId, jobId).chain(job -> technicianOf(tenantId, job).invoke(technician -> {
                    // A technician prints only their own jobs; another's is as unknown as a job that does not exist.
                    if (technicianLogin != null && (technician == null || !technicianLogin.equals(technician.userId()))) {
                        throw Rejection.missing("job", jobId).get();
                    }
                })
                .chain(technician -> calls.serviceCall(tenantId, job.serviceCallId())
                        .chain(call -> customers.customer(tenantId, job.customerId())
                                .chain(customer -> location(tenantId, job)
                                        .map(location -> sheet(job, call, customer, location, technician))))));
    }

    private Uni<Technician> technicianOf(String tenantId, Job job) {
        return job.assignment() == null ? Uni.createFrom().nullItem()
                : technicians.technician(tenantId, job.assignment().technicianId());
    }

    private Uni<Location> location(String tenantId, Job job) {
        return job.locationId() == null ? Uni.createFrom().nullItem()
                : locations.location(tenantId, job.customerId(), job.locationId());
    }

    private Printables.JobSheet sheet(Job job, ServiceCall call, Customer customer, Location location,
            Technician technician) {
        String address = address(location == null ? customer.serviceAddress() : location.address());
        Job.Work work = job.work();
        List<Printables.LaborLine> labor = work.labor().stream().map(DocumentsService::labor).toList();
        BigDecimal hours = work.labor().stream().map(LaborEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Printables.JobSheet(call.number(), call.problem(), call.urgency().name(), call.callback(),
                customer.name(), customer.phone(), address,
                location == null ? "Service address" : location.label(), location == null ? null : location.accessNotes(),
                job.id().toString(), job.title(), job.skillNeeded().trade() + " level " + job.skillNeeded().level(),
                job.status().name(), technician == null ? "Unassigned" : technician.name(),
                job.assignment() == null ? "Not scheduled"
                        : WHEN.format(job.assignment().start()) + " – " + TIME.format(job.assignment().end()),
                work.diagnosis() == null ? null : work.diagnosis().findings(),
                work.diagnosis() == null ? null : work.diagnosis().cause(), labor, hours.toPlainString(),
                work.partsUsed().stream().map(p -> new Printables.PartLine(p.sku(), p.quantity().toPlainString(),
                        p.truckLocationId() == null ? "" : p.truckLocationId().toString())).toList(),
                WHEN.format(clock.instant()));
    }

    private static Printables.LaborLine labor(LaborEntry l) {
        String when = l.start() == null ? "" : WHEN.format(l.start()) + " – " + TIME.format(l.end());
        return new Printables.LaborLine(when, l.hours().toPlainString(), l.rateClass().name(), l.technicianUserId());
    }

    Uni<Printables.DispatchReport> dispatchReport(String tenantId, LocalDate date) {
        Instant from = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        return board.board(tenantId, from, from.plus(Duration.ofDays(1)))
                .chain(b -> blocked.blockedJobs(tenantId).chain(stuck -> {
                    Set<UUID> ids = new HashSet<>();
                    b.lanes().forEach(lane -> lane.appointments().forEach(a -> ids.add(a.jobId())));
                    b.conflicts().forEach(c -> ids.add(c.jobId()));
                    return jobs.jobs(tenantId, ids).map(titles -> report(date, b, stuck, titles));
                }));
    }

    private Printables.DispatchReport report(LocalDate date, BoardQuery.Board b, List<BlockedJobsQuery.BlockedJob> stuck,
            Map<UUID, Job> titles) {
        Map<UUID, String> names = b.lanes().stream().map(BoardQuery.Lane::technician)
                .collect(Collectors.toMap(Technician::id, Technician::name, (x, y) -> x));
        Function<UUID, String> title = id -> titles.containsKey(id) ? titles.get(id).title() : id.toString();
        List<Printables.Lane> lanes = new ArrayList<>();
        for (BoardQuery.Lane lane : b.lanes()) {
            lanes.add(new Printables.Lane(lane.technician().name(), lane.appointments().stream()
                    .map(a -> new Printables.AppointmentLine(TIME.format(a.start()) + "–" + TIME.format(a.end()),
                            title.apply(a.jobId()), a.jobId().toString(),
                            a.flags().stream().map(Enum::name).collect(Collectors.joining(", "))))
                    .toList()));
        }
        return new Printables.DispatchReport(date.toString(), lanes,
                b.conflicts().stream().map(c -> new Printables.ConflictLine(c.kind().name(),
                        names.getOrDefault(c.technicianId(), ""), title.apply(c.jobId()))).toList(),
                List.of(new Printables.JobList("Unassigned jobs", b.unassigned().stream()
                                .map(j -> new Printables.JobLine(j.title(), j.id().toString(), j.skillNeeded().trade()
                                        + " level " + j.skillNeeded().level() + ", " + j.expectedDuration().toMinutes()
                                        + " min")).toList()),
                        new Printables.JobList("Blocked jobs", stuck.stream().map(x -> new Printables.JobLine(
                                x.job().title(), x.job().id().toString(), x.reason().name() + " since "
                                        + WHEN.format(x.since()) + " (" + x.age().toDays() + " days)"
                                        + (x.waitingFor() == null ? "" : ": " + x.waitingFor()))).toList())),
                WHEN.format(clock.instant()));
    }
}
