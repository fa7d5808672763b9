package dk.netdesk.print;

/**
 * The week in figures for the footer, as the calendar's week summary has them: planned work hours against
 * the weekly budget, hours of personal time (personal events only), how many work blocks were flagged for a
 * missing break, hours of work outside the work windows, how many work events reach into protected time, and
 * the hours of work windows off on public holidays (work windows on a holiday with no work planned in them;
 * decision 0020), the hours of work planned on public holidays, and the days all-day work events cover (they
 * add no hours; decision 0023). Hours are decimal.
 */
public record PrintSummary(double workHours, double budgetHours, double personalHours, int breakFlags,
                           double outsideHours, int protectedCount, double holidayOffHours,
                           double holidayWorkHours, int allDayWorkDays) {

    public static final PrintSummary EMPTY = new PrintSummary(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Without work on public holidays and all-day work. */
    public PrintSummary(double workHours, double budgetHours, double personalHours, int breakFlags,
                        double outsideHours, int protectedCount, double holidayOffHours) {
        this(workHours, budgetHours, personalHours, breakFlags, outsideHours, protectedCount, holidayOffHours, 0, 0);
    }

    /** Without public holidays. */
    public PrintSummary(double workHours, double budgetHours, double personalHours, int breakFlags,
                        double outsideHours, int protectedCount) {
        this(workHours, budgetHours, personalHours, breakFlags, outsideHours, protectedCount, 0, 0, 0);
    }

    /** Without work outside the windows, in protected time or public holidays. */
    public PrintSummary(double workHours, double budgetHours, double personalHours, int breakFlags) {
        this(workHours, budgetHours, personalHours, breakFlags, 0, 0, 0, 0, 0);
    }
}
