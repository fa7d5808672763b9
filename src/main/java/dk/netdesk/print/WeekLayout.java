package dk.netdesk.print;

import dk.netdesk.ui.Messages;
import java.util.List;

/**
 * Lays out one week on one page, in points: header (week number, dates, owner), days as columns from
 * Monday, an hour grid clipped to the hours in use, shaded work windows and protected personal time,
 * events, a legend and the week summary ({@link WeekPass}; events in {@link WeekEvents}, their look in
 * {@link PageDecor}). Text is measured with {@link PrintFonts}; when a busy week does not fit, event text
 * shrinks down to {@link #FLOOR_SIZE}, and what still does not fit is summarised as "+N more" for its time
 * slot, with a footnote number under which the notes page lists those events ({@link #pages}); an event whose box
 * has no room for its whole start–end time gets a footnote number too, and the notes page gives its times. Pure
 * computation: no JavaFX, no PDF.
 */
public final class WeekLayout {

    /** Smallest event text, in points: still readable on paper. */
    public static final double FLOOR_SIZE = 7;
    /** Event text on A4 with 10 mm margins when the week fits, in points (scaled for other paper). */
    public static final double START_SIZE = 9;
    /** Margin around the page for PDF and preview, in points (about 10 mm). */
    public static final double MARGIN = 28;

    private final PrintFonts fonts;
    private final Messages messages;

    public WeekLayout(PrintFonts fonts, Messages messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    /** The page for a PDF or the preview: the whole paper with {@link #MARGIN} all round. */
    public PrintedPage page(PrintWeek week, PrintOptions options) {
        double paperW = options.paper().width(options.orientation());
        double paperH = options.paper().height(options.orientation());
        return page(week, options, paperW, paperH, MARGIN, MARGIN, paperW - 2 * MARGIN, paperH - 2 * MARGIN);
    }

    /** The page for a printable area the printer gives (its own margins); all sizes in points. */
    public PrintedPage page(PrintWeek week, PrintOptions options, double paperW, double paperH,
                            double marginLeft, double marginTop, double width, double height) {
        return laid(week, options, paperW, paperH, marginLeft, marginTop, width, height).page();
    }

    /** A laid-out week page and the notes it marked with footnote numbers. */
    private record Laid(PrintedPage page, List<Footnotes.Note> notes) {
    }

    private Laid laid(PrintWeek week, PrintOptions options, double paperW, double paperH,
                      double marginLeft, double marginTop, double width, double height) {
        PrintWeek shown = options.includePersonal() ? week : week.workOnly();
        double k = scale(width, height);
        // the largest text that shows the most events whole, with their times: shrink only while shrinking shows more
        WeekPass best = null;
        List<PageElement> bestElements = null;
        double start = Math.max(FLOOR_SIZE, Math.min(9.5, START_SIZE * k));
        for (double step = start; step > FLOOR_SIZE - 0.25 + 1e-9; step -= 0.25) {
            double size = Math.max(FLOOR_SIZE, step);
            WeekPass pass = new WeekPass(fonts, messages, shown, options, width, height, size, k);
            List<PageElement> elements = pass.run();
            if (best == null || pass.unfitted() < best.unfitted()) {
                best = pass;
                bestElements = elements;
            }
            if (pass.unfitted() == 0) {
                break;
            }
        }
        return new Laid(new PrintedPage(paperW, paperH, marginLeft, marginTop, width, height, best.size, bestElements),
                best.footnotes().notes());
    }

    /**
     * The week's pages for a PDF or the preview: the week, then, when some event notes did not fit in their
     * boxes or some events had no room (a "+N more" box), pages with those notes in full and those events with
     * their times and titles, numbered as marked on the week.
     */
    public List<PrintedPage> pages(PrintWeek week, PrintOptions options) {
        double paperW = options.paper().width(options.orientation());
        double paperH = options.paper().height(options.orientation());
        return pages(week, options, paperW, paperH, MARGIN, MARGIN, paperW - 2 * MARGIN, paperH - 2 * MARGIN);
    }

    /** The week's pages for a printer's printable area (its own margins); sizes in points. */
    public List<PrintedPage> pages(PrintWeek week, PrintOptions options, double paperW, double paperH,
                                   double marginLeft, double marginTop, double width, double height) {
        Laid laid = laid(week, options, paperW, paperH, marginLeft, marginTop, width, height);
        if (laid.notes().isEmpty()) {
            return List.of(laid.page());
        }
        List<PrintedPage> pages = new java.util.ArrayList<>();
        pages.add(laid.page());
        pages.addAll(new NotesPage(fonts, messages).pages(week, laid.notes(), laid.page()));
        return pages;
    }

    /** 1 for an A4 page with 10 mm margins, less for smaller paper. */
    private static double scale(double width, double height) {
        double k = Math.sqrt(width * height / (539.0 * 785.0));
        return Math.max(0.68, Math.min(1.1, k));
    }
}
