package dk.netdesk.print;

/**
 * The week in figures for the footer: planned work hours against the weekly budget, hours of personal
 * time, and how many work blocks the planner flagged for a missing break.
 */
public record PrintSummary(double workHours, double budgetHours, double personalHours, int breakFlags) {

    public static final PrintSummary EMPTY = new PrintSummary(0, 0, 0, 0);
}
