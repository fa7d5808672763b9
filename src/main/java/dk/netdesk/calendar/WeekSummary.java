package dk.netdesk.calendar;

import java.util.Map;
import java.util.Set;

/**
 * The balance of one week: planned work hours against the budget, personal hours, work hours
 * per sub-kind, work outside the work windows, work put into protected time, and the
 * occurrences the break rule flags (by {@link Occurrence#key()}).
 */
public record WeekSummary(double workHours, double budgetHours, double personalHours, Map<Kind, Double> workByKind,
                          double workOutsideWindowsHours, int protectedExceptions, Set<String> breakFlagged) {

    /** How far the plan has come against the budget. */
    public enum Level { OK, WARNING, OVER }

    public static final double WARNING_SHARE = 0.8;

    public WeekSummary {
        workByKind = Map.copyOf(workByKind);
        breakFlagged = Set.copyOf(breakFlagged);
    }

    public double budgetShare() {
        return budgetHours <= 0 ? (workHours > 0 ? 1 : 0) : workHours / budgetHours;
    }

    public Level level() {
        double share = budgetShare();
        if (share >= 1.0 - 1e-9 && (workHours > 0 || budgetHours > 0)) {
            return Level.OVER;
        }
        return share >= WARNING_SHARE - 1e-9 ? Level.WARNING : Level.OK;
    }
}
