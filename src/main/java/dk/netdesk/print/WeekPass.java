package dk.netdesk.print;

import static dk.netdesk.print.PageDecor.GRID;
import static dk.netdesk.print.PageDecor.GRID_LIGHT;
import static dk.netdesk.print.PageDecor.INK;
import static dk.netdesk.print.PageDecor.MUTED;
import static dk.netdesk.print.PageDecor.WEEKEND;

import dk.netdesk.print.PageElement.Box;
import dk.netdesk.print.PageElement.Group;
import dk.netdesk.print.PageElement.Label;
import dk.netdesk.print.PageElement.Rule;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.TimeOfDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * One attempt at laying out a week at a given event text size, in points from the printable area's top
 * left: the header (week, dates, owner), the footer (legend, summary), the day columns, the hour grid
 * clipped to the hours in use, work windows and protected time, and the events ({@link WeekEvents}).
 * {@link WeekLayout} runs passes at smaller sizes until nothing is hidden.
 */
final class WeekPass {

    private static final int FIRST_HOUR_EMPTY = 8;
    private static final int LAST_HOUR_EMPTY = 17;
    /** Empty hours in a row, inside fitted hours, that are drawn as a thin band instead. */
    private static final int COLLAPSE_HOURS = 3;
    /** Size of the hour labels at scale 1, in points. */
    private static final double HOUR_LABEL = 7.5;

    final PrintWeek week;
    final PrintOptions options;
    final double size;
    final double columnWidth;
    double gridTop;
    double gridBottom;

    private final PrintFonts fonts;
    private final Messages messages;
    private final PageDecor decor;
    private final TextFit text;
    private final double width;
    private final double height;
    private final double k;
    private final double gutter;
    private final List<PageElement> elements = new ArrayList<>();
    private final List<PageElement> background = new ArrayList<>();
    private final List<PageElement> grid = new ArrayList<>();
    private final WeekEvents events;
    private final Footnotes footnotes = new Footnotes();
    /** The stretches of the day the grid shows, in minutes, in order; a collapsed one is an empty stretch drawn thin. */
    private final List<Stretch> stretches = new ArrayList<>();

    /** Minutes {@code from}–{@code to} of the day, drawn from {@code top} to {@code bottom} once the grid is known. */
    private static final class Stretch {
        final int from;
        final int to;
        final boolean collapsed;
        double top;
        double bottom;

        Stretch(int from, int to, boolean collapsed) {
            this.from = from;
            this.to = to;
            this.collapsed = collapsed;
        }
    }

    /** @param k how much to scale fixed sizes: 1 for an A4 page with 10 mm margins */
    WeekPass(PrintFonts fonts, Messages messages, PrintWeek week, PrintOptions options, double width, double height,
             double size, double k) {
        this.fonts = fonts;
        this.messages = messages;
        this.decor = new PageDecor(fonts);
        this.text = new TextFit(fonts);
        this.week = week;
        this.options = options;
        this.width = width;
        this.height = height;
        this.size = size;
        this.k = k;
        this.gutter = fonts.width("00:00", HOUR_LABEL * k, false) + 7 * k;
        this.columnWidth = (width - gutter) / 7;
        this.events = new WeekEvents(this, fonts, messages, decor, text, footnotes);
    }

    /** Lays out the page; returns its elements in drawing order. */
    List<PageElement> run() {
        double y = header();
        double footerTop = footer();
        double dayTop = y + 6 * k;
        double dayBottom = dayHeaders(dayTop);
        gridTop = events.outsideRow(events.allDayRow(dayBottom), true);
        double rowsBottom = footerTop - 8 * k;
        gridBottom = rowsBottom - events.outsideRowHeight(false);
        events.outsideRow(gridBottom, false);
        hours();
        placeStretches();
        for (int day = 5; day < 7; day++) {
            background.add(0, new Box("weekend", columnX(day), dayTop, columnWidth, dayBottom - dayTop,
                    WEEKEND, PageElement.NONE, 0, false));
        }
        spans();
        gridLines(dayTop, rowsBottom);
        for (int day = 0; day < 7; day++) {
            events.timed(day);
        }
        elements.addAll(0, background);
        elements.addAll(grid);
        elements.addAll(events.elements());
        return elements;
    }

    /** How many events are only counted in a "+N more" box. */
    int hidden() {
        return events.hidden();
    }

    /**
     * How many events do not show in full on the week: counted in a "+N more" box, or drawn without their whole
     * start–end time (listed with it on the notes page).
     */
    int unfitted() {
        return events.hidden() + events.untimed();
    }

    /** The left edge of day {@code day}'s column, 0 being Monday. */
    double columnX(int day) {
        return gutter + day * columnWidth;
    }

    /** Width of the hour labels' column left of Monday, in points. */
    double gutter() {
        return gutter;
    }

    /** How much fixed sizes are scaled: 1 for an A4 page with 10 mm margins. */
    double scale() {
        return k;
    }

    /** Size of the hour labels, in points. */
    double hourLabelSize() {
        return HOUR_LABEL * k;
    }

    /**
     * True for a timed event wholly outside the chosen hours: it ends at or before the first hour
     * ({@code before}) or starts at or after the last ({@code !before}). Never with fitted hours.
     */
    boolean outside(PrintEvent event, boolean before) {
        if (options.fitHours() || event.allDay()) {
            return false;
        }
        int from = options.fromHour() * 60;
        int to = options.toHour() * 60;
        return before ? event.startMinute() < from && event.endMinute() <= from
                : event.startMinute() >= to && to < 24 * 60;
    }

    /** True for a timed event that starts before or ends after the chosen hours, so its box does not show its times. */
    boolean clipped(PrintEvent event) {
        return !options.fitHours() && !event.allDay() && (event.startMinute() < options.fromHour() * 60
                || event.endMinute() > options.toHour() * 60);
    }

    /** The notes that did not fit in their events, numbered. */
    Footnotes footnotes() {
        return footnotes;
    }

    /**
     * Where a time of day falls in the hour grid; {@code minute} counts from midnight. Times before or after
     * the hours shown fall on the grid's top or bottom edge.
     */
    double minuteY(double minute) {
        for (Stretch stretch : stretches) {
            if (minute <= stretch.to) {
                if (minute <= stretch.from) {
                    return stretch.top;
                }
                return stretch.top + (minute - stretch.from) / (stretch.to - stretch.from) * (stretch.bottom - stretch.top);
            }
        }
        return gridBottom;
    }

    private String fit(String line, double textSize, boolean bold, double available) {
        return text.fit(line, textSize, bold, available);
    }

    // ---------------------------------------------------------------- header and footer

    private double header() {
        double titleSize = 18 * k;
        double baseline = fonts.ascent(titleSize);
        String title = messages.format("print.week", week.isoWeek());
        elements.add(new Label("header-week", 0, baseline, title, titleSize, true, INK));
        double x = fonts.width(title, titleSize, true) + 10 * k;
        double rangeSize = 10 * k;
        double ownerSize = 11 * k;
        String owner = fonts.printable(week.ownerName());
        double ownerWidth = 0;
        if (!owner.isEmpty()) {
            owner = fit(owner, ownerSize, true, (width - x) * 0.45);
            ownerWidth = fonts.width(owner, ownerSize, true);
            elements.add(new Label("header-owner", width - ownerWidth, baseline, owner, ownerSize, true, INK));
        }
        String range = fit(dateRange(), rangeSize, false, width - x - ownerWidth - 12 * k);
        elements.add(new Label("header-range", x, baseline, range, rangeSize, false, MUTED));
        double bottom = baseline + fonts.descent(titleSize) + 3 * k;
        elements.add(new Rule("header-rule", 0, bottom, width, bottom, INK, 1.2, false));
        return bottom;
    }

    private String dateRange() {
        LocalDate monday = week.monday();
        LocalDate sunday = week.sunday();
        String first = monday.getYear() == sunday.getYear() ? messages.dayMonthLong(monday) : messages.longDate(monday);
        return messages.format("print.range", first, messages.longDate(sunday));
    }

    /** Lines the week's summary may take: enough for every figure on a portrait page (it is laid out before the grid). */
    private static final int SUMMARY_LINES = 6;

    /** Legend and summary from the bottom up; returns the top of the footer. */
    private double footer() {
        double textSize = 8 * k;
        double lineHeight = textSize * 1.5;
        double bottom = height;
        if (options.showSummary()) {
            // a figure such as "4 h 35 min" or "3 days" is never split over two lines: wrapped with no-break
            // spaces inside it, printed with ordinary ones
            String summary = keepFigures(summaryText());
            List<String> lines = fonts.width(summary, textSize + 0.5, false) <= width ? List.of(summary)
                    : text.wrap(summary, textSize + 0.5, false, width, SUMMARY_LINES);
            for (int i = lines.size() - 1; i >= 0; i--) {
                elements.add(new Label("summary", 0, bottom - fonts.descent(textSize + 0.5),
                        lines.get(i).replace(NO_BREAK, ' '),
                        textSize + 0.5, false, INK));
                bottom -= lineHeight + 1;
            }
        }
        double top = legend(bottom, textSize, lineHeight);
        elements.add(new Rule("footer-rule", 0, top, width, top, GRID, 0.6, false));
        return top;
    }

    private static final char NO_BREAK = '\u00A0';

    /**
     * {@code summary} with no-break spaces inside its figures: between a number and the word after it ("4 h",
     * "35 min", "3 days"), between the parts of a length of time ("4 h 35 min", "2 t 15 min"), and after the colon
     * before a figure ("Events without a break: 3").
     */
    static String keepFigures(String summary) {
        return summary.replaceAll("(\\d) (?=\\p{L})", "$1" + NO_BREAK)
                .replaceAll("(\\d" + NO_BREAK + "\\p{L}+) (?=\\d)", "$1" + NO_BREAK)
                .replaceAll(": (?=\\d)", ":" + NO_BREAK);
    }

    private String summaryText() {
        PrintSummary summary = week.summary();
        List<String> parts = new ArrayList<>();
        String work = messages.hours(summary.workHours());
        if (summary.budgetHours() > 0) {
            String budget = messages.hours(summary.budgetHours());
            String line = messages.format("print.summary.work", work, budget);
            double over = summary.workHours() - summary.budgetHours();
            if (Math.round(over * 60) > 0) {
                line += " " + messages.format("print.summary.over", messages.hours(over));
            }
            parts.add(line);
        } else {
            parts.add(messages.format("print.summary.workNoBudget", work));
        }
        parts.add(messages.format("print.summary.personal", messages.hours(summary.personalHours())));
        if (Math.round(summary.holidayOffHours() * 60) > 0) {
            parts.add(messages.format("print.summary.holidayOff", messages.hours(summary.holidayOffHours())));
        }
        if (summary.outsideHours() > 0.005) {
            parts.add(messages.format("print.summary.outside", messages.hours(summary.outsideHours())));
        }
        if (summary.protectedCount() > 0) {
            parts.add(messages.format("print.summary.protected", summary.protectedCount()));
        }
        parts.add(summary.breakFlags() == 0 ? messages.get("print.summary.breaksKept")
                : messages.format("print.summary.breaks", summary.breakFlags()));
        // decision 0023: the figures the screen's summary has for all-day work and work on public holidays
        if (summary.allDayWorkDays() > 0) {
            parts.add(messages.format("print.summary.allDayWork", summary.allDayWorkDays()));
        }
        if (Math.round(summary.holidayWorkHours() * 60) > 0) {
            parts.add(messages.format("print.summary.holidayWork", messages.hours(summary.holidayWorkHours())));
        }
        return String.join("   ·   ", parts);
    }

    /** The legend in rows above {@code bottom}, as many as its entries need; returns its top. */
    private double legend(double bottom, double textSize, double lineHeight) {
        double swatchW = 16 * k;
        double swatchH = textSize * 1.2;
        List<String> keys = new ArrayList<>(List.of("print.legend.work", "print.legend.personal",
                "print.legend.workWindow", "print.legend.protected", "print.legend.noBreak", "print.legend.inProtected"));
        List<String> texts = new ArrayList<>(keys.stream().map(messages::get).toList());
        for (PrintSpan span : week.skipped()) {
            keys.add("print.legend.skipped");
            texts.add(clockText("print.legend.skipped", span));
        }
        for (PrintSpan span : week.repeated()) {
            keys.add("print.legend.repeated");
            texts.add(clockText("print.legend.repeated", span));
        }
        List<List<Integer>> rows = new ArrayList<>();
        rows.add(new ArrayList<>());
        double x = 0;
        for (int i = 0; i < keys.size(); i++) {
            double entry = swatchW + 4 + fonts.width(texts.get(i), textSize, false);
            if (x > 0 && x + entry > width) {
                rows.add(new ArrayList<>());
                x = 0;
            }
            rows.get(rows.size() - 1).add(i);
            x += entry + 14 * k;
        }
        double baseline = bottom - fonts.descent(textSize) - (rows.size() - 1) * lineHeight;
        for (List<Integer> row : rows) {
            double top = baseline - fonts.ascent(textSize)
                    + (fonts.ascent(textSize) + fonts.descent(textSize) - swatchH) / 2;
            x = 0;
            for (int i : row) {
                String label = fit(texts.get(i), textSize, false, width - swatchW - 4);
                List<PageElement> parts = new ArrayList<>();
                Box frame = new Box("legend-swatch", x, top, swatchW, swatchH, PageElement.NONE, PageElement.NONE, 0, false);
                switch (keys.get(i)) {
                    case "print.legend.work" -> decor.event(parts, frame, true, textSize, true);
                    case "print.legend.personal" -> decor.event(parts, frame, false, textSize, true);
                    case "print.legend.workWindow" -> PageDecor.window(parts, frame);
                    case "print.legend.protected" -> PageDecor.protectedTime(parts, frame, true);
                    case "print.legend.noBreak" -> decor.noBreakSwatch(parts, frame, textSize);
                    case "print.legend.skipped" -> PageDecor.skipped(parts, frame);
                    case "print.legend.repeated" -> PageDecor.repeated(parts, frame);
                    default -> {
                        decor.event(parts, frame, true, textSize, false);
                        decor.flags(parts, frame, false, true, textSize, "");
                    }
                }
                elements.add(new Group("legend", keys.get(i), frame, parts));
                elements.add(new Label("legend-text", x + swatchW + 4, baseline, label, textSize, false, INK));
                x += swatchW + 4 + fonts.width(label, textSize, false) + 14 * k;
            }
            baseline += lineHeight;
        }
        double firstBaseline = bottom - fonts.descent(textSize) - (rows.size() - 1) * lineHeight;
        return firstBaseline - fonts.ascent(textSize) - 4 * k;
    }

    /**
     * The legend's line for a stretch the clock skips ({@code print.legend.skipped}: "Sun 28 Mar, 02:00–03:00: this
     * hour does not exist, clocks go forward") or that happens twice ({@code print.legend.repeated}).
     */
    private String clockText(String key, PrintSpan span) {
        LocalDate date = week.monday().plusDays(span.day().getValue() - 1L);
        String when = messages.weekdayDayMonth(date);
        // a line of the legend starts with a capital, also in Danish ("Søn. 28. mar.")
        when = when.isEmpty() ? when : when.substring(0, 1).toUpperCase(messages.getLocale()) + when.substring(1);
        return messages.format(key, when,
                TimeOfDay.format(span.startMinute()), TimeOfDay.format(span.endMinute() % TimeOfDay.END_OF_DAY));
    }

    // ---------------------------------------------------------------- columns and hours

    private double dayHeaders(double top) {
        double nameSize = 9 * k;
        double dateSize = 7.5 * k;
        double nameBaseline = top + 3 * k + fonts.ascent(nameSize);
        double dateBaseline = nameBaseline + fonts.descent(nameSize) + fonts.ascent(dateSize) + 1;
        // a public holiday's name under its date, on up to two lines
        double lineStep = fonts.descent(dateSize) + fonts.ascent(dateSize) + 1;
        double holidayBaseline = dateBaseline + lineStep;
        int holidayLines = 0;
        DateTimeFormatter dayDate = messages.dateFormat("format.dayMonth");
        double inner = columnWidth - 6;
        for (int day = 0; day < 7; day++) {
            LocalDate date = week.monday().plusDays(day);
            DayOfWeek dow = date.getDayOfWeek();
            String name = dow.getDisplayName(TextStyle.FULL, messages.getLocale());
            if (fonts.width(name, nameSize, true) > inner) {
                name = dow.getDisplayName(TextStyle.SHORT, messages.getLocale());
            }
            double x = columnX(day) + 3;
            elements.add(new Label("day-name", x, nameBaseline, fit(name, nameSize, true, inner), nameSize, true, INK));
            String dateText = fit(dayDate.format(date), dateSize, false, inner);
            elements.add(new Label("day-date", x, dateBaseline, dateText, dateSize, false, MUTED));
            boolean skips = week.skipped().stream().anyMatch(span -> span.day() == dow);
            boolean repeats = week.repeated().stream().anyMatch(span -> span.day() == dow);
            if (skips || repeats) {
                // the day the clock changes: the legend's mark for it beside the date, explained in the legend
                double markX = x + fonts.width(dateText, dateSize, false) + 3;
                double markH = fonts.ascent(dateSize);
                double markW = Math.min(markH * 1.6, columnX(day) + columnWidth - 2 - markX);
                if (markW > 2) {
                    String role = skips ? "skipped-mark" : "repeated-mark";
                    Box mark = new Box(role, markX, dateBaseline - markH, markW, markH, PageElement.NONE,
                            PageElement.NONE, 0, false);
                    List<PageElement> parts = new ArrayList<>();
                    if (skips) {
                        PageDecor.skipped(parts, mark);
                    } else {
                        PageDecor.repeated(parts, mark);
                    }
                    elements.add(new Group(role, dow.toString(), mark, parts));
                }
            }
            String holiday = week.holidays().get(date);
            if (holiday != null) {
                List<String> lines = text.wrap(holiday, dateSize, true, inner, 2);
                for (int i = 0; i < lines.size(); i++) {
                    elements.add(new Label("day-holiday", x, holidayBaseline + i * lineStep, lines.get(i), dateSize,
                            true, INK));
                }
                holidayLines = Math.max(holidayLines, lines.size());
            }
        }
        double last = holidayLines == 0 ? dateBaseline : holidayBaseline + (holidayLines - 1) * lineStep;
        double bottom = last + fonts.descent(dateSize) + 3 * k;
        grid.add(new Rule("day-rule", gutter, bottom, width, bottom, GRID, 0.8, false));
        return bottom;
    }

    /**
     * The hours the grid shows: the chosen ones, or fitted to the week's timed events and work windows
     * (protected time alone does not widen them), with runs of {@link #COLLAPSE_HOURS} or more empty hours
     * collapsed into a thin band. An empty week shows 08–17.
     */
    private void hours() {
        stretches.clear();
        if (!options.fitHours()) {
            stretches.add(new Stretch(options.fromHour() * 60, options.toHour() * 60, false));
            return;
        }
        boolean[] used = new boolean[24];
        for (PrintEvent event : week.events()) {
            if (!event.allDay() && inWeek(event.date())) {
                mark(used, event.startMinute(), Math.max(event.endMinute(), event.startMinute() + 1));
            }
        }
        for (PrintSpan span : week.workWindows()) {
            mark(used, span.startMinute(), span.endMinute());
        }
        int first = 0;
        while (first < 24 && !used[first]) {
            first++;
        }
        if (first == 24) {
            stretches.add(new Stretch(FIRST_HOUR_EMPTY * 60, LAST_HOUR_EMPTY * 60, false));
            return;
        }
        int last = 24;
        while (!used[last - 1]) {
            last--;
        }
        int hour = first;
        while (hour < last) {
            int end = hour;
            boolean empty = !used[hour];
            while (end < last && used[end] != empty) {
                end++;
            }
            boolean collapse = empty && end - hour >= COLLAPSE_HOURS;
            if (!collapse && !stretches.isEmpty() && !stretches.get(stretches.size() - 1).collapsed) {
                Stretch previous = stretches.remove(stretches.size() - 1);
                stretches.add(new Stretch(previous.from, end * 60, false));
            } else {
                stretches.add(new Stretch(hour * 60, end * 60, collapse));
            }
            hour = end;
        }
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int hour = from / 60; hour * 60 < to && hour < 24; hour++) {
            used[hour] = true;
        }
    }

    /** Shares the grid's height among the stretches: collapsed ones get a thin band, the rest by their length. */
    private void placeStretches() {
        double band = 9 * k;
        int minutes = 0;
        int collapsed = 0;
        for (Stretch stretch : stretches) {
            if (stretch.collapsed) {
                collapsed++;
            } else {
                minutes += stretch.to - stretch.from;
            }
        }
        double perMinute = (gridBottom - gridTop - collapsed * band) / minutes;
        double y = gridTop;
        for (Stretch stretch : stretches) {
            stretch.top = y;
            y += stretch.collapsed ? band : (stretch.to - stretch.from) * perMinute;
            stretch.bottom = y;
        }
    }

    private boolean inWeek(LocalDate date) {
        return date != null && !date.isBefore(week.monday()) && !date.isAfter(week.sunday());
    }

    private void spans() {
        for (PrintSpan span : week.workWindows()) {
            Box frame = spanBox("work-window", span);
            List<PageElement> parts = new ArrayList<>();
            PageDecor.window(parts, frame);
            background.add(new Group("work-window", "", frame, parts));
        }
        for (PrintSpan span : week.protectedTimes()) {
            Box frame = spanBox("protected", span);
            List<PageElement> parts = new ArrayList<>();
            PageDecor.protectedTime(parts, frame, false);
            background.add(new Group("protected", "", frame, parts));
        }
        for (PrintSpan span : week.skipped()) {
            Box frame = spanBox("skipped", span);
            if (frame.h() > 0.5) {
                List<PageElement> parts = new ArrayList<>();
                PageDecor.skipped(parts, frame);
                background.add(new Group("skipped", span.day().toString(), frame, parts));
            }
        }
    }

    private Box spanBox(String role, PrintSpan span) {
        int day = span.day().getValue() - 1;
        double top = minuteY(span.startMinute());
        double bottom = Math.max(top, minuteY(span.endMinute()));
        return new Box(role, columnX(day), top, columnWidth, bottom - top, PageElement.NONE, PageElement.NONE, 0, false);
    }

    private void gridLines(double dayTop, double rowsBottom) {
        double labelSize = HOUR_LABEL * k;
        for (Stretch stretch : stretches) {
            if (stretch.collapsed) {
                grid.add(new Box("hour-gap", gutter, stretch.top, width - gutter, stretch.bottom - stretch.top,
                        GRID_LIGHT, PageElement.NONE, 0, false));
                String label = String.format(java.util.Locale.ROOT, "%02d–%02d", stretch.from / 60, stretch.to / 60);
                double size = Math.min(labelSize, (stretch.bottom - stretch.top) / 1.2);
                grid.add(new Label("hour-gap-label", Math.max(0, gutter - 3 - fonts.width(label, size, false)),
                        stretch.top + (stretch.bottom - stretch.top + fonts.ascent(size) - fonts.descent(size)) / 2,
                        label, size, false, MUTED));
                continue;
            }
            double hourHeight = (stretch.bottom - stretch.top) * 60 / (stretch.to - stretch.from);
            for (int minute = stretch.from; minute <= stretch.to; minute += 60) {
                double y = minuteY(minute);
                boolean edge = minute == stretch.from || minute == stretch.to;
                grid.add(new Rule("hour-line", gutter, y, width, y, edge ? GRID : GRID_LIGHT, 0.5, false));
                if (minute < stretch.to) {
                    String label = TimeOfDay.format(minute / 60 * 60);
                    double labelWidth = fonts.width(label, labelSize, false);
                    grid.add(new Label("hour-label", gutter - 3 - labelWidth, y + fonts.ascent(labelSize) + 1,
                            label, labelSize, false, MUTED));
                    if (hourHeight >= 16) {
                        double half = minuteY(minute + 30);
                        grid.add(new Rule("half-hour-line", gutter, half, width, half, GRID_LIGHT, 0.35, true));
                    }
                }
            }
        }
        for (int day = 0; day <= 7; day++) {
            double x = day == 7 ? width : columnX(day);
            grid.add(new Rule("day-line", x, dayTop, x, rowsBottom, GRID, day == 0 || day == 7 ? 0.8 : 0.5, false));
        }
    }
}
