package dev.opsuite.console.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.opsuite.console.board.BoardData.AppointmentData;
import dev.opsuite.console.board.BoardData.BlockedJobData;
import dev.opsuite.console.board.BoardData.ConflictData;
import dev.opsuite.console.board.BoardData.FollowUp;
import dev.opsuite.console.board.BoardData.LaneData;
import dev.opsuite.console.board.BoardData.SkillData;
import dev.opsuite.console.board.BoardData.TechnicianData;
import dev.opsuite.console.board.BoardData.TimeOffData;
import dev.opsuite.console.board.BoardData.UnassignedJob;
import dev.opsuite.console.board.BoardView.Attempt;
import dev.opsuite.console.board.BoardView.Block;
import dev.opsuite.console.board.BoardView.Kind;
import dev.opsuite.console.web.Problem;

class BoardViewTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-07");
    private static final UUID TOM = UUID.randomUUID();
    private static final UUID PETR = UUID.randomUUID();
    private static final UUID FURNACE = UUID.randomUUID();
    private static final UUID HUMIDIFIER = UUID.randomUUID();
    private static final UUID BOOKED = UUID.randomUUID();

    private static Instant at(String time) {
        return Instant.parse("2026-12-07T" + time + ":00Z");
    }

    private final BoardData board = new BoardData(at("00:00"), Instant.parse("2026-12-08T00:00:00Z"),
            List.of(new LaneData(PETR, "Petr Novak", List.of(new SkillData("HVAC", 3)), "UTC", List.of()),
                    new LaneData(TOM, "Tom Hale", List.of(new SkillData("HVAC", 2), new SkillData("PLUMBING", 1)), "UTC",
                            List.of(new AppointmentData(BOOKED, FURNACE, TOM, at("10:00"), at("11:00"), "LIVE",
                                    List.of("OUTSIDE_WORKING_HOURS"))))),
            List.of(new UnassignedJob(HUMIDIFIER, UUID.randomUUID(), "Humidifier check", "HVAC", 2, 90, null),
                    new UnassignedJob(UUID.randomUUID(), UUID.randomUUID(), "Capacitor follow-up", "HVAC", 2, 60,
                            new FollowUp(PETR, at("14:15"), at("15:15")))),
            List.of(new ConflictData("OUTSIDE_WORKING_HOURS", TOM, BOOKED, FURNACE)));

    private final List<TechnicianData> technicians = List.of(
            new TechnicianData(PETR, "Petr Novak", List.of(new TimeOffData(UUID.randomUUID(), at("13:00"), at("14:00"), "Dentist"))),
            new TechnicianData(TOM, "Tom Hale", List.of()));

    private final List<BlockedJobData> blocked = List.of(new BlockedJobData(UUID.randomUUID(), "Furnace, second visit",
            "WAITING_ON_PARTS", at("08:00").minusSeconds(76 * 3600), 76, 3, false, "1x run capacitor 45/5", List.of()));

    private BoardView view(Attempt attempt) {
        return BoardView.of(DAY, board, technicians, blocked, Map.of(FURNACE, "Furnace repair")::get, attempt, null);
    }

    @Test
    void each_lane_holds_its_time_off_shaded_and_its_appointments_named_by_their_job() {
        BoardView view = view(null);

        assertThat(view.lanes()).extracting(BoardView.Lane::name).containsExactly("Petr Novak", "Tom Hale");
        assertThat(view.lanes().get(0).blocks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.TIME_OFF);
            assertThat(b.text()).isEqualTo("Time off: Dentist 13:00–14:00");
            assertThat(b.left()).isEqualTo("50%");
        });
        Block furnace = view.lanes().get(1).blocks().get(0);
        assertThat(furnace.text()).isEqualTo("Furnace repair 10:00–11:00");
        assertThat(furnace.conflict()).isEqualTo("outside working hours");
        assertThat(furnace.startMs()).isEqualTo(at("10:00").toEpochMilli());
        assertThat(furnace.endMs()).isEqualTo(at("11:00").toEpochMilli());
        assertThat(view.lanes().get(1).skills()).isEqualTo("HVAC 2, PLUMBING 1");
        assertThat(view.conflicts()).containsExactly("Tom Hale: Furnace repair 10:00–11:00 — outside working hours");
    }

    @Test
    void a_job_with_a_suggested_follow_up_has_its_form_filled_with_it_others_start_at_eight() {
        BoardView view = view(null);

        assertThat(view.unassigned().get(0).start()).isEqualTo("2026-12-07T08:00");
        assertThat(view.unassigned().get(0).technicianId()).isNull();
        assertThat(view.unassigned().get(1).suggestion()).isEqualTo("Petr Novak, 2026-12-07 14:15–15:15");
        assertThat(view.unassigned().get(1).technicianId()).isEqualTo(PETR);
        assertThat(view.unassigned().get(1).start()).isEqualTo("2026-12-07T14:15");
    }

    @Test
    void a_refused_assignment_is_drawn_in_its_lane_and_its_form_keeps_the_input_and_the_problem() {
        Problem conflict = new Problem(409, "technician-double-booked", "Technician double booked",
                "The technician has another appointment in that time.",
                List.of(new Problem.FieldError("technicianId", "The technician has another appointment in that time.")));

        BoardView view = view(new Attempt(HUMIDIFIER, TOM, "2026-12-07T10:30", conflict));

        assertThat(view.lanes().get(1).blocks()).extracting(Block::kind).containsExactly(Kind.APPOINTMENT, Kind.REFUSED);
        assertThat(view.lanes().get(1).blocks().get(1).text())
                .isEqualTo("Refused: Humidifier check (Technician double booked) 10:30–12:00");
        assertThat(view.lanes().get(0).blocks()).extracting(Block::kind).containsExactly(Kind.TIME_OFF);
        BoardView.JobForm form = view.unassigned().get(0);
        assertThat(form.technicianId()).isEqualTo(TOM);
        assertThat(form.start()).isEqualTo("2026-12-07T10:30");
        assertThat(form.error("technicianId")).startsWith("The technician has another appointment");
        assertThat(form.inputId("technicianId")).isEqualTo("f-technicianId");
        assertThat(view.unassigned().get(1).inputId("technicianId")).startsWith("f-technicianId-");
    }

    @Test
    void the_refusal_of_a_job_no_longer_unassigned_stands_above_the_board() {
        Problem taken = new Problem(409, "job-not-ready-to-schedule", "Job not ready to schedule", null, List.of());

        BoardView view = view(new Attempt(FURNACE, PETR, "2026-12-07T15:00", taken));

        assertThat(view.unplaced()).isEqualTo(taken);
        assertThat(view.unassigned()).allSatisfy(f -> assertThat(f.problem()).isNull());
        assertThat(view(null).unplaced()).isNull();
    }

    @Test
    void the_move_form_offers_the_days_appointments_and_keeps_a_refused_move() {
        assertThat(view(null).move().appointments()).extracting(BoardView.Option::text)
                .containsExactly("Tom Hale, 10:00–11:00 Furnace repair");
        assertThat(view(null).move().inputId("start")).isEqualTo("f-move-start");
        assertThat(view(null).lanes().get(1).blocks().get(0).appointmentId()).isEqualTo(BOOKED);

        Problem off = new Problem(422, "technician-on-time-off", "Technician on time off", null,
                List.of(new Problem.FieldError("start", "The technician has time off then.")));
        BoardView view = BoardView.of(DAY, board, technicians, blocked, Map.of(FURNACE, "Furnace repair")::get, null,
                new BoardView.Move(BOOKED, PETR, "2026-12-07T13:30", "Tom is ill", off));

        assertThat(view.move().state().technicianId()).isEqualTo(PETR);
        assertThat(view.move().error("start")).isEqualTo("The technician has time off then.");
        assertThat(view.move().inputId("start")).isEqualTo("f-start");
    }

    @Test
    void blocked_jobs_say_why_and_for_how_long() {
        BoardView.Blocked aging = view(null).blocked().get(0);

        assertThat(aging.age()).isEqualTo("3 d 4 h");
        assertThat(aging.why()).isEqualTo("Waiting on parts: 1x run capacitor 45/5");
    }

    @Test
    void a_start_reads_as_a_utc_datetime_local_or_an_instant() {
        assertThat(BoardView.parseStart("2026-12-07T10:30")).contains(at("10:30"));
        assertThat(BoardView.parseStart("2026-12-07T10:30:00Z")).contains(at("10:30"));
        assertThat(BoardView.parseStart("half past ten")).isEmpty();
        assertThat(BoardView.parseStart(" ")).isEmpty();
    }
}
