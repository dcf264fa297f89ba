package dev.opsuite.field.board.domain;

import java.util.ArrayList;
import java.util.List;

/** How a technician fits a slot, as the application found it: within working hours, off duty, holding the skill. */
public record Fit(boolean withinWorkingHours, boolean onTimeOff, boolean holdsSkill) {

    /** The soft conflicts this fit means, in a stable order. */
    public List<ConflictKind> conflicts() {
        List<ConflictKind> found = new ArrayList<>();
        if (!withinWorkingHours) {
            found.add(ConflictKind.OUTSIDE_WORKING_HOURS);
        }
        if (onTimeOff) {
            found.add(ConflictKind.TIME_OFF);
        }
        if (!holdsSkill) {
            found.add(ConflictKind.MISSING_SKILL);
        }
        return found;
    }
}
