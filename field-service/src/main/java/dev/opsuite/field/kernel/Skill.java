package dev.opsuite.field.kernel;

/** A trade at a level: 1 apprentice, 2 journeyman, 3 master. A job needs one, a technician holds several. */
public record Skill(Trade trade, int level) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 3;

    public Skill {
        if (trade == null || level < LOWEST || level > HIGHEST) {
            throw new IllegalArgumentException("a skill is a trade at level 1 to 3");
        }
    }

    /** Whether holding this skill covers what {@code needed} asks for: the same trade, at its level or above. */
    public boolean covers(Skill needed) {
        return trade == needed.trade && level >= needed.level;
    }
}
