package dk.netdesk.print;

/**
 * How the week is laid out: paper, orientation, what to show, and which hours. {@code fromHour} and
 * {@code toHour} (0–24, from before to) fix the hour grid; {@code fromHour} {@link #FIT} fits it to the events
 * and work windows, leaving out long empty stretches. Events outside fixed hours are drawn at the grid's edge
 * with their real times.
 */
public record PrintOptions(PaperSize paper, PrintOrientation orientation, boolean includePersonal,
                           boolean showNotes, boolean showSummary, int fromHour, int toHour) {

    /** {@code fromHour} for "fit the hours to the events". */
    public static final int FIT = -1;

    public static final PrintOptions DEFAULT = new PrintOptions(PaperSize.A4, PrintOrientation.PORTRAIT, true, true,
            true, FIT, FIT);

    public PrintOptions {
        if (fromHour != FIT && (fromHour < 0 || toHour > 24 || fromHour >= toHour)) {
            throw new IllegalArgumentException("Hours must run forwards within 0–24: " + fromHour + "–" + toHour);
        }
        if (fromHour == FIT) {
            toHour = FIT;
        }
    }

    /** Fitted hours. */
    public PrintOptions(PaperSize paper, PrintOrientation orientation, boolean includePersonal, boolean showNotes,
                        boolean showSummary) {
        this(paper, orientation, includePersonal, showNotes, showSummary, FIT, FIT);
    }

    public boolean fitHours() {
        return fromHour == FIT;
    }

    public PrintOptions with(PaperSize value) {
        return new PrintOptions(value, orientation, includePersonal, showNotes, showSummary, fromHour, toHour);
    }

    public PrintOptions with(PrintOrientation value) {
        return new PrintOptions(paper, value, includePersonal, showNotes, showSummary, fromHour, toHour);
    }

    /** The same options with the hours from {@code from} to {@code to}, or fitted when {@code from} is {@link #FIT}. */
    public PrintOptions withHours(int from, int to) {
        return new PrintOptions(paper, orientation, includePersonal, showNotes, showSummary, from, to);
    }

    /** The same options with notes shown or not. */
    public PrintOptions withNotes(boolean value) {
        return new PrintOptions(paper, orientation, includePersonal, value, showSummary, fromHour, toHour);
    }
}
