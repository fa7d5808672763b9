package dk.netdesk.print;

/** How the week is laid out: paper, orientation and what to show. */
public record PrintOptions(PaperSize paper, PrintOrientation orientation, boolean includePersonal,
                           boolean showNotes, boolean showSummary) {

    public static final PrintOptions DEFAULT = new PrintOptions(PaperSize.A4, PrintOrientation.PORTRAIT, true, false, true);

    public PrintOptions with(PaperSize value) {
        return new PrintOptions(value, orientation, includePersonal, showNotes, showSummary);
    }

    public PrintOptions with(PrintOrientation value) {
        return new PrintOptions(paper, value, includePersonal, showNotes, showSummary);
    }
}
