package dk.netdesk.print;

/**
 * The week in figures for the footer, as the calendar's week summary has them: planned work hours against
 * the weekly budget, hours of personal time, how many work blocks were flagged for a missing break, hours of
 * work outside the work windows, and how many work events reach into protected time. Hours are decimal.
 */
public record PrintSummary(double workHours, double budgetHours, double personalHours, int breakFlags,
                           double outsideHours, int protectedCount) {

    public static final PrintSummary EMPTY = new PrintSummary(0, 0, 0, 0, 0, 0);

    /** Without work outside the windows or in protected time. */
    public PrintSummary(double workHours, double budgetHours, double personalHours, int breakFlags) {
        this(workHours, budgetHours, personalHours, breakFlags, 0, 0);
    }
}
