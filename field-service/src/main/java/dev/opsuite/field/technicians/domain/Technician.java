package dev.opsuite.field.technicians.domain;

import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.TimeSpan;
import dev.opsuite.field.kernel.Trade;
import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A technician (seed 002): the login they use (its user id), their skills (a trade at a level, one level per trade),
 * the hours they work each weekday in their own time zone, their time off, and the truck they drive.
 */
public record Technician(Envelope envelope, String userId, String name, ZoneId timeZone, List<Skill> skills,
        List<WorkingHours> workingHours, Truck truck, List<TimeOff> timeOff) implements Enveloped {

    public Technician {
        skills = List.copyOf(skills);
        workingHours = List.copyOf(workingHours);
        timeOff = List.copyOf(timeOff);
    }

    /** The profile an admin or dispatcher keeps: everything but the time off. */
    public record Profile(String name, ZoneId timeZone, List<Skill> skills, List<WorkingHours> workingHours, Truck truck) {
    }

    public static Result<Technician> register(Envelope envelope, String userId, Profile profile) {
        return checked(profile).map(p -> new Technician(envelope, userId.trim(), p.name().trim(), p.timeZone(),
                sortedSkills(p.skills()), sortedHours(p.workingHours()), p.truck(), List.of()));
    }

    /** The same technician with a new profile; the login and the time off stay. */
    public Result<Technician> revise(Profile profile, String by, Instant at) {
        return checked(profile).map(p -> new Technician(envelope.touched(by, at), userId, p.name().trim(), p.timeZone(),
                sortedSkills(p.skills()), sortedHours(p.workingHours()), p.truck(), timeOff));
    }

    /** Time off from {@code from} to {@code to}; it may not overlap time off already taken. */
    public Result<Technician> takeTimeOff(UUID id, Instant from, Instant to, String reason, String by, Instant at) {
        if (!from.isBefore(to)) {
            return Result.invalid("time-off-inverted", "to", "Time off ends after it starts.");
        }
        Optional<TimeOff> clash = timeOff.stream().filter(t -> t.overlaps(from, to)).findFirst();
        if (clash.isPresent()) {
            return Result.wrongState("time-off-overlaps", "from",
                    "Time off from " + clash.get().from() + " to " + clash.get().to() + " already covers part of it.");
        }
        List<TimeOff> more = new ArrayList<>(timeOff);
        more.add(new TimeOff(id, from, to, reason == null || reason.isBlank() ? null : reason.trim()));
        more.sort(Comparator.comparing(TimeOff::from));
        return Result.accepted(new Technician(envelope.touched(by, at), userId, name, timeZone, skills, workingHours,
                truck, more));
    }

    /** The technician without the time off {@code id}; unknown time off is none to cancel. */
    public Optional<Technician> cancelTimeOff(UUID id, String by, Instant at) {
        if (timeOff.stream().noneMatch(t -> t.id().equals(id))) {
            return Optional.empty();
        }
        return Optional.of(new Technician(envelope.touched(by, at), userId, name, timeZone, skills, workingHours, truck,
                timeOff.stream().filter(t -> !t.id().equals(id)).toList()));
    }

    /** Whether one of the technician's skills covers {@code needed}: the same trade at its level or above. */
    public boolean holds(Skill needed) {
        return skills.stream().anyMatch(s -> s.covers(needed));
    }

    /** The level the technician has in {@code trade}, if any. */
    public Optional<Skill> skillIn(Trade trade) {
        return skills.stream().filter(s -> s.trade() == trade).findFirst();
    }

    /** Whether [start, end) lies inside one weekday's working hours, in the technician's time zone. */
    public boolean works(Instant start, Instant end) {
        ZonedDateTime localStart = start.atZone(timeZone);
        ZonedDateTime localEnd = end.atZone(timeZone);
        return workingHours.stream().anyMatch(h -> h.weekday() == localStart.getDayOfWeek()
                && localEnd.toLocalDate().equals(localStart.toLocalDate())
                && !localStart.toLocalTime().isBefore(h.from()) && !localEnd.toLocalTime().isAfter(h.to()));
    }

    /**
     * The working hours met in [from, to), as UTC spans, earliest first: each weekday's hours on each local date of
     * the technician's time zone (so a shift keeps its local hours across a change of daylight saving time).
     */
    public List<TimeSpan> shifts(Instant from, Instant to) {
        List<TimeSpan> shifts = new ArrayList<>();
        for (LocalDate day = from.atZone(timeZone).toLocalDate(); !day.atStartOfDay(timeZone).toInstant().isAfter(to);
                day = day.plusDays(1)) {
            for (WorkingHours h : workingHours) {
                if (h.weekday() == day.getDayOfWeek()) {
                    TimeSpan shift = new TimeSpan(day.atTime(h.from()).atZone(timeZone).toInstant(),
                            day.atTime(h.to()).atZone(timeZone).toInstant());
                    if (shift.end().isAfter(from) && shift.start().isBefore(to)) {
                        shifts.add(shift);
                    }
                }
            }
        }
        shifts.sort(Comparator.comparing(TimeSpan::start));
        return shifts;
    }

    /** The time off that [start, end) falls into, if any. */
    public Optional<TimeOff> offDuring(Instant start, Instant end) {
        return timeOff.stream().filter(t -> t.overlaps(start, end)).findFirst();
    }

    private static Result<Profile> checked(Profile p) {
        Set<Trade> trades = EnumSet.noneOf(Trade.class);
        for (Skill skill : p.skills()) {
            if (!trades.add(skill.trade())) {
                return Result.invalid("trade-twice", "skills", "A technician has one level in " + skill.trade() + ".");
            }
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (WorkingHours h : p.workingHours()) {
            if (!h.from().isBefore(h.to())) {
                return Result.invalid("working-hours-inverted", "workingHours",
                        "Working hours on " + h.weekday() + " end after they start.");
            }
            if (!days.add(h.weekday())) {
                return Result.invalid("weekday-twice", "workingHours", h.weekday() + " has one span of working hours.");
            }
        }
        return Result.accepted(p);
    }

    private static List<Skill> sortedSkills(List<Skill> skills) {
        return skills.stream().sorted(Comparator.comparing(Skill::trade)).toList();
    }

    private static List<WorkingHours> sortedHours(List<WorkingHours> hours) {
        return hours.stream().sorted(Comparator.comparing(WorkingHours::weekday)).toList();
    }
}
