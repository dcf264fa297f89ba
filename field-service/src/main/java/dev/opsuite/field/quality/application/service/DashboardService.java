package dev.opsuite.field.quality.application.service;

import dev.opsuite.field.board.application.port.in.BlockedJobsQuery;
import dev.opsuite.field.board.application.port.in.BoardQuery;
import dev.opsuite.field.board.application.port.in.BoardQuery.Board;
import dev.opsuite.field.board.application.port.in.BoardQuery.Lane;
import dev.opsuite.field.kernel.TimeSpan;
import dev.opsuite.field.quality.application.port.in.DailyDashboardQuery;
import dev.opsuite.field.quality.application.port.in.FirstTimeFixQuery;
import dev.opsuite.field.quality.application.port.out.CompletionStore;
import dev.opsuite.field.quality.application.port.out.DashboardRecords;
import dev.opsuite.field.quality.application.port.out.DashboardRecords.PartsUsedAt;
import dev.opsuite.field.quality.domain.Completion;
import dev.opsuite.field.quality.domain.FirstTimeFixReport;
import dev.opsuite.field.quality.domain.Utilization;
import dev.opsuite.field.technicians.domain.Technician;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class DashboardService implements DailyDashboardQuery {

    private final BoardQuery board;
    private final BlockedJobsQuery blocked;
    private final FirstTimeFixQuery firstTimeFix;
    private final CompletionStore completions;
    private final DashboardRecords records;

    DashboardService(BoardQuery board, BlockedJobsQuery blocked, FirstTimeFixQuery firstTimeFix,
            CompletionStore completions, DashboardRecords records) {
        this.board = board;
        this.blocked = blocked;
        this.firstTimeFix = firstTimeFix;
        this.completions = completions;
        this.records = records;
    }

    @Override
    @WithSession
    public Uni<DailyDashboard> daily(String tenantId, LocalDate date) {
        Instant from = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = from.plus(Duration.ofDays(1));
        // The day's last moment as PostgreSQL keeps time (microseconds): windows ending "at the end of the day"
        // are closed at it, so the next midnight belongs to the next day.
        Instant endOfDay = to.minus(1, ChronoUnit.MICROS);
        // One session answers one query at a time: read in turn, then put together.
        Day d = new Day(date, new TimeSpan(from, to));
        return records.bookedDollars(tenantId, from, to).invoke(booked -> d.booked = booked)
                .chain(() -> board.board(tenantId, from, to)).invoke(b -> d.board = b)
                .chain(() -> completions.completed(tenantId, from.minus(1, ChronoUnit.MICROS), endOfDay))
                .invoke(done -> d.completed = done)
                .chain(() -> firstTimeFix.firstTimeFix(tenantId, endOfDay)).invoke(ftf -> d.firstTimeFix = ftf)
                .chain(() -> blocked.alerts(tenantId)).invoke(late -> d.blocked = late)
                .chain(() -> records.partsUsed(tenantId, from, to)).invoke(parts -> d.parts = parts)
                .chain(() -> records.callbacksByTechnician(tenantId, FirstTimeFixReport.from(endOfDay), endOfDay))
                .map(d::dashboard);
    }

    /** What the dashboard of a day is made of, read in turn. */
    private static final class Day {

        final LocalDate date;
        final TimeSpan span;
        List<BookedDollars> booked;
        Board board;
        List<Completion> completed;
        FirstTimeFixReport firstTimeFix;
        List<BlockedJobsQuery.BlockedJob> blocked;
        List<PartsUsedAt> parts;

        Day(LocalDate date, TimeSpan span) {
            this.date = date;
            this.span = span;
        }

        DailyDashboard dashboard(Map<UUID, Long> callbacks) {
            List<Technician> technicians = board.lanes().stream().map(Lane::technician).toList();
            List<TechnicianUtilization> use = board.lanes().stream().map(lane -> utilization(span, lane)).toList();
            Map<UUID, UUID> drivers = new HashMap<>();
            technicians.stream().filter(t -> t.truck() != null).forEach(t -> drivers.put(t.truck().truckLocationId(), t.id()));
            return new DailyDashboard(date, span.start(), span.end(), booked,
                    completed.stream().map(c -> new CompletedJob(c.jobId(), c.technicianId(), c.completedAt())).toList(),
                    Utilization.total(use.stream().map(TechnicianUtilization::utilization).toList()), use, firstTimeFix,
                    blocked.stream().map(j -> new BlockedJob(j.job().id(), j.job().title(), j.reason().name(), j.since(),
                            j.age().toDays(), j.age().toHours(), j.technicianId())).toList(),
                    parts.stream().map(p -> new PartsUsed(p.locationId(), drivers.get(p.locationId()), p.productId(),
                            p.quantity())).toList(),
                    technicians.stream().map(t -> new TechnicianCallbacks(t.id(), t.name(),
                            callbacks.getOrDefault(t.id(), 0L))).toList());
        }
    }

    private static TechnicianUtilization utilization(TimeSpan day, Lane lane) {
        Technician t = lane.technician();
        return new TechnicianUtilization(t.id(), t.name(), Utilization.of(day, t.shifts(day.start(), day.end()),
                t.timeOff().stream().map(off -> new TimeSpan(off.from(), off.to())).toList(),
                lane.appointments().stream().map(a -> new TimeSpan(a.start(), a.end())).toList()));
    }
}
