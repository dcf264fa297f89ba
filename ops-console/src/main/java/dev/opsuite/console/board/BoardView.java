package dev.opsuite.console.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.opsuite.console.board.BoardData.AppointmentData;
import dev.opsuite.console.board.BoardData.BlockedJobData;
import dev.opsuite.console.board.BoardData.LaneData;
import dev.opsuite.console.board.BoardData.TechnicianData;
import dev.opsuite.console.board.BoardData.TimeOffData;
import dev.opsuite.console.board.BoardData.UnassignedJob;
import dev.opsuite.console.web.Problem;

/**
 * The dispatch board as the page draws it: one lane per technician with its appointments and time off placed on the
 * {@link Timeline}, the unassigned jobs each with its assignment form, and the blocked jobs with their age. A refused
 * assignment ({@link Attempt} with the service's problem) is drawn in its lane and its form keeps the user's input;
 * when the job is no longer unassigned (another dispatcher booked it meanwhile) the problem is {@code unplaced}, shown
 * above the board.
 */
public record BoardView(LocalDate date, Timeline timeline, List<Lane> lanes, List<JobForm> unassigned,
        List<Blocked> blocked, List<String> conflicts, Problem unplaced, MoveForm move) {

    static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    /** What a block in a lane is: a live appointment, time off (shaded), or the slot just refused. */
    public enum Kind {
        APPOINTMENT, TIME_OFF, REFUSED;

        public String css() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** A span in a lane; its epoch millis let the page's script find a conflict before a drop is sent. */
    public record Block(Kind kind, String label, String time, String left, String width, long startMs, long endMs,
            String conflict, UUID appointmentId) {

        /** What the page says of it: "Furnace repair 10:00–11:00". */
        public String text() {
            return label + " " + time;
        }
    }

    public record Lane(UUID technicianId, String name, String skills, List<Block> blocks) {
    }

    /** The user's assignment of a job (the form, or a drop): technician, start as typed ("2026-12-05T10:00"). */
    public record Attempt(UUID jobId, UUID technicianId, String start, Problem problem) {

        /** The start as a UTC instant, if it reads as one. */
        public Optional<Instant> startInstant() {
            return parseStart(start);
        }
    }

    /** A form choosing a technician and a start (templates/BoardResource/slot.html draws those two inputs). */
    public interface SlotForm {

        UUID technicianId();

        String start();

        /** The id of an input: the failed form's inputs take the ids {#problem} links to (f-technicianId). */
        String inputId(String name);

        String error(String field);
    }

    /** An unassigned job and its assignment form (keyboard alternative of the drag). */
    public record JobForm(UnassignedJob job, String suggestion, UUID technicianId, String start, Problem problem)
            implements SlotForm {

        @Override
        public String inputId(String name) {
            return problem != null ? "f-" + name : "f-" + name + "-" + job.id();
        }

        @Override
        public String error(String field) {
            return problem == null ? null : problem.errorFor(field);
        }
    }

    public record Blocked(BlockedJobData job, String age, String why) {
    }

    /** The user's move of a live appointment (reschedule or reassign: a drop, or the move form). */
    public record Move(UUID appointmentId, UUID technicianId, String start, String reason, Problem problem) {
    }

    /** One of the day's live appointments, as the move form's select names it. */
    public record Option(UUID id, String text) {
    }

    /** The move form (keyboard alternative of dragging an appointment): the day's appointments and the move's state. */
    public record MoveForm(List<Option> appointments, Move state) implements SlotForm {

        @Override
        public UUID technicianId() {
            return state.technicianId();
        }

        @Override
        public String start() {
            return state.start();
        }

        @Override
        public String inputId(String name) {
            return state.problem() != null ? "f-" + name : "f-move-" + name;
        }

        @Override
        public String error(String field) {
            return state.problem() == null ? null : state.problem().errorFor(field);
        }
    }

    public LocalDate previous() {
        return date.minusDays(1);
    }

    public LocalDate next() {
        return date.plusDays(1);
    }

    public long startMs() {
        return timeline.start().toEpochMilli();
    }

    /** Reads "2026-12-05T10:00" (datetime-local, taken as UTC) or an ISO instant; anything else is empty. */
    static Optional<Instant> parseStart(String start) {
        if (start == null || start.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(start.strip()).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            try {
                return Optional.of(Instant.parse(start.strip()));
            } catch (DateTimeParseException notInstant) {
                return Optional.empty();
            }
        }
    }

    /**
     * Combines the service's answers: the board of the day, the technicians (for their time off), the blocked jobs,
     * the title of each appointment's job ({@code titleOf}), and the attempt just refused, if any.
     */
    public static BoardView of(LocalDate date, BoardData board, List<TechnicianData> technicians,
            List<BlockedJobData> blocked, Function<UUID, String> titleOf, Attempt attempt, Move move) {
        Map<UUID, List<TimeOffData>> timeOff = technicians.stream()
                .collect(Collectors.toMap(TechnicianData::id, TechnicianData::timeOff, (a, b) -> a));
        Map<UUID, String> conflicts = new HashMap<>();
        board.conflicts().forEach(c -> conflicts.merge(c.appointmentId(), label(c.kind()), (a, b) -> a + ", " + b));
        Map<UUID, UnassignedJob> unassigned = board.unassigned().stream()
                .collect(Collectors.toMap(UnassignedJob::id, j -> j, (a, b) -> a));

        List<Timeline.Span> spans = new ArrayList<>();
        board.technicians().forEach(l -> l.appointments().forEach(a -> spans.add(new Timeline.Span(a.start(), a.end()))));
        Timeline timeline = Timeline.of(date, spans);

        Optional<Block> refused = Optional.ofNullable(attempt).filter(a -> a.problem() != null && a.technicianId() != null)
                .flatMap(a -> a.startInstant().flatMap(start -> Optional.ofNullable(unassigned.get(a.jobId()))
                        .map(job -> block(timeline, Kind.REFUSED, "Refused: " + job.title() + " (" + a.problem().title() + ")",
                                start, start.plusSeconds(job.expectedMinutes() * 60), null))));

        List<Lane> lanes = board.technicians().stream().map(l -> new Lane(l.technicianId(), l.name(), skills(l),
                Stream.of(
                        timeOff.getOrDefault(l.technicianId(), List.of()).stream()
                                .map(t -> block(timeline, Kind.TIME_OFF, t.reason() == null || t.reason().isBlank()
                                        ? "Time off" : "Time off: " + t.reason(), t.from(), t.to(), null)),
                        l.appointments().stream().map(a -> appointment(timeline, a, titleOf, conflicts)),
                        refused.stream().filter(r -> l.technicianId().equals(attempt.technicianId())))
                        .flatMap(s -> s)
                        .filter(b -> b != null)
                        .sorted(Comparator.comparingLong(Block::startMs))
                        .toList()))
                .toList();

        Map<UUID, String> names = board.technicians().stream()
                .collect(Collectors.toMap(LaneData::technicianId, LaneData::name, (a, b) -> a));
        List<JobForm> forms = board.unassigned().stream().map(job -> form(date, job, names, attempt)).toList();
        List<Blocked> aging = blocked.stream().map(BoardView::blocked).toList();
        Problem unplaced = attempt == null || unassigned.containsKey(attempt.jobId()) ? null : attempt.problem();
        Map<UUID, AppointmentData> appointments = board.technicians().stream().flatMap(l -> l.appointments().stream())
                .collect(Collectors.toMap(AppointmentData::id, a -> a, (a, b) -> a));
        List<String> conflictLines = board.conflicts().stream().map(c -> {
            AppointmentData a = appointments.get(c.appointmentId());
            String when = a == null ? "" : " " + HOUR_MINUTE.format(a.start()) + "–" + HOUR_MINUTE.format(a.end());
            return names.getOrDefault(c.technicianId(), "A technician") + ": " + titleOf.apply(c.jobId()) + when + " — "
                    + label(c.kind());
        }).toList();
        List<Option> options = board.technicians().stream().flatMap(l -> l.appointments().stream()
                .map(a -> new Option(a.id(), l.name() + ", " + HOUR_MINUTE.format(a.start()) + "–"
                        + HOUR_MINUTE.format(a.end()) + " " + titleOf.apply(a.jobId()))))
                .toList();
        MoveForm moveForm = new MoveForm(options, move != null ? move : new Move(null, null, date + "T08:00", null, null));
        return new BoardView(date, timeline, lanes, forms, aging, conflictLines, unplaced, moveForm);
    }

    private static Block appointment(Timeline timeline, AppointmentData a, Function<UUID, String> titleOf,
            Map<UUID, String> conflicts) {
        Block block = block(timeline, Kind.APPOINTMENT, titleOf.apply(a.jobId()), a.start(), a.end(), conflicts.get(a.id()));
        return block == null ? null : new Block(block.kind(), block.label(), block.time(), block.left(), block.width(),
                block.startMs(), block.endMs(), block.conflict(), a.id());
    }

    /** A block, or null when none of it is on the shown hours. */
    static Block block(Timeline timeline, Kind kind, String label, Instant from, Instant to, String conflict) {
        if (!timeline.shows(from, to)) {
            return null;
        }
        return new Block(kind, label, HOUR_MINUTE.format(from) + "–" + HOUR_MINUTE.format(to), timeline.left(from),
                timeline.width(from, to), from.toEpochMilli(), to.toEpochMilli(), conflict, null);
    }

    private static JobForm form(LocalDate date, UnassignedJob job, Map<UUID, String> names, Attempt attempt) {
        String suggestion = null;
        UUID technician = null;
        String start = date + "T08:00";
        if (job.suggestedFollowUp() != null) {
            var f = job.suggestedFollowUp();
            suggestion = names.getOrDefault(f.technicianId(), "a technician") + ", " + LOCAL_INPUT.format(f.start())
                    .replace('T', ' ') + "–" + HOUR_MINUTE.format(f.end());
            technician = f.technicianId();
            start = LOCAL_INPUT.format(f.start());
        }
        if (attempt != null && job.id().equals(attempt.jobId())) {
            return new JobForm(job, suggestion, attempt.technicianId(), attempt.start(), attempt.problem());
        }
        return new JobForm(job, suggestion, technician, start, null);
    }

    private static Blocked blocked(BlockedJobData b) {
        long hours = b.ageHours() - b.ageDays() * 24;
        String age = b.ageDays() > 0 ? b.ageDays() + " d " + hours + " h" : b.ageHours() + " h";
        String why = "WAITING_ON_PARTS".equals(b.reason())
                ? "Waiting on parts" + (b.waitingFor() == null ? "" : ": " + b.waitingFor())
                : "Scheduling conflict" + (b.conflicts() == null || b.conflicts().isEmpty() ? ""
                        : ": " + b.conflicts().stream().map(BoardView::label).collect(Collectors.joining(", ")));
        return new Blocked(b, age, why);
    }

    private static String skills(LaneData lane) {
        return lane.skills().stream().map(s -> s.trade() + " " + s.level()).collect(Collectors.joining(", "));
    }

    /** OUTSIDE_WORKING_HOURS → outside working hours. */
    static String label(String kind) {
        return kind == null ? "" : kind.toLowerCase().replace('_', ' ');
    }
}
