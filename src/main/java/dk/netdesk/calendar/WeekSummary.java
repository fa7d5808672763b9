package dk.netdesk.calendar;

import java.util.Map;
import java.util.Set;

/**
 * The balance of one week, in hours of real time: planned work hours against the budget, personal hours
 * (the personal events the user planned), work hours per sub-kind, work outside the work windows, work put
 * into protected time, the occurrences the break rule flags (by {@link Occurrence#key()}), and the hours of
 * work windows that fall on public holidays with no work planned in them ({@code holidayOffHours}), the hours
 * of work planned on public holidays ({@code holidayWorkHours}; not counted as outside the windows), and the
 * days of the week that all-day work events cover ({@code allDayWorkDays}; they add no hours, decision 0023).
 * Each figure is a union of spans: time counts once however many events share it (decision 0003); a kind's
 * figure is that kind's own time, so kinds planned at the same time add up to more than {@code workHours}
 * by {@link #overlapHours()} (decision 0020).
 */
public record WeekSummary(double workHours, double budgetHours, double personalHours, Map<Kind, Double> workByKind,
                          double workOutsideWindowsHours, int protectedExceptions, Set<String> breakFlagged,
                          double holidayOffHours, double holidayWorkHours, int allDayWorkDays) {

    /** How far the plan has come against the budget. */
    public enum Level { OK, WARNING, OVER }

    public static final double WARNING_SHARE = 0.8;

    public WeekSummary {
        workByKind = Map.copyOf(workByKind);
        breakFlagged = Set.copyOf(breakFlagged);
    }

    /** A week without work on public holidays and without all-day work. */
    public WeekSummary(double workHours, double budgetHours, double personalHours, Map<Kind, Double> workByKind,
                       double workOutsideWindowsHours, int protectedExceptions, Set<String> breakFlagged, double holidayOffHours) {
        this(workHours, budgetHours, personalHours, workByKind, workOutsideWindowsHours, protectedExceptions, breakFlagged,
                holidayOffHours, 0, 0);
    }

    /** A week without public holidays. */
    public WeekSummary(double workHours, double budgetHours, double personalHours, Map<Kind, Double> workByKind,
                       double workOutsideWindowsHours, int protectedExceptions, Set<String> breakFlagged) {
        this(workHours, budgetHours, personalHours, workByKind, workOutsideWindowsHours, protectedExceptions, breakFlagged, 0);
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

    /**
     * Hours (whole minutes) the per-kind figures count more than once: events of different kinds at the same
     * time. The kinds' figures minus this are {@link #workHours()}; 0 when no two kinds overlap.
     */
    public double overlapHours() {
        long kinds = workByKind.values().stream().mapToLong(h -> Math.round(h * 60)).sum();
        return Math.max(0, kinds - Math.round(workHours * 60)) / 60.0;
    }
}
