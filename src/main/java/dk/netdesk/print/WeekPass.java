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
    private int firstHour;
    private int lastHour;

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
        this.gutter = fonts.width("00:00", 6.5 * k, false) + 7 * k;
        this.columnWidth = (width - gutter) / 7;
        this.events = new WeekEvents(this, fonts, messages, decor, text);
    }

    /** Lays out the page; returns its elements in drawing order. */
    List<PageElement> run() {
        double y = header();
        double footerTop = footer();
        double dayTop = y + 6 * k;
        double dayBottom = dayHeaders(dayTop);
        gridTop = events.allDayRow(dayBottom);
        gridBottom = footerTop - 8 * k;
        hours();
        for (int day = 5; day < 7; day++) {
            background.add(0, new Box("weekend", columnX(day), dayTop, columnWidth, dayBottom - dayTop,
                    WEEKEND, PageElement.NONE, 0, false));
        }
        spans();
        gridLines(dayTop);
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

    /** The left edge of day {@code day}'s column, 0 being Monday. */
    double columnX(int day) {
        return gutter + day * columnWidth;
    }

    /** Where a time of day falls in the hour grid; {@code minute} counts from midnight. */
    double minuteY(double minute) {
        double hourHeight = (gridBottom - gridTop) / (lastHour - firstHour);
        return gridTop + (minute / 60.0 - firstHour) * hourHeight;
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
        DateTimeFormatter full = DateTimeFormatter.ofPattern(messages.get("print.date.full"), messages.getLocale());
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern(messages.get("print.date.dayMonth"), messages.getLocale());
        String first = monday.getYear() == sunday.getYear() ? dayMonth.format(monday) : full.format(monday);
        return messages.format("print.range", first, full.format(sunday));
    }

    /** Legend and summary from the bottom up; returns the top of the footer. */
    private double footer() {
        double textSize = 7.5 * k;
        double lineHeight = textSize * 1.5;
        double bottom = height;
        if (options.showSummary()) {
            String summary = fit(summaryText(), textSize + 0.5, false, width);
            elements.add(new Label("summary", 0, bottom - fonts.descent(textSize + 0.5), summary,
                    textSize + 0.5, false, INK));
            bottom -= lineHeight + 1;
        }
        double legendBaseline = bottom - fonts.descent(textSize);
        legend(legendBaseline, textSize);
        double top = legendBaseline - fonts.ascent(textSize) - 4 * k;
        elements.add(new Rule("footer-rule", 0, top, width, top, GRID, 0.6, false));
        return top;
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
        parts.add(summary.breakFlags() == 0 ? messages.get("print.summary.breaksKept")
                : messages.format("print.summary.breaks", summary.breakFlags()));
        return String.join("   ·   ", parts);
    }

    private void legend(double baseline, double textSize) {
        double swatchW = 16 * k;
        double swatchH = textSize * 1.2;
        double top = baseline - fonts.ascent(textSize) + (fonts.ascent(textSize) + fonts.descent(textSize) - swatchH) / 2;
        double x = 0;
        String[] keys = {"print.legend.work", "print.legend.personal", "print.legend.workWindow", "print.legend.protected"};
        for (int i = 0; i < keys.length; i++) {
            String label = messages.get(keys[i]);
            double textWidth = fonts.width(label, textSize, false);
            if (x + swatchW + 4 + textWidth > width) {
                break;
            }
            List<PageElement> parts = new ArrayList<>();
            Box frame = new Box("legend-swatch", x, top, swatchW, swatchH, PageElement.NONE, PageElement.NONE, 0, false);
            switch (i) {
                case 0 -> decor.event(parts, frame, true, textSize, true);
                case 1 -> decor.event(parts, frame, false, textSize, true);
                case 2 -> PageDecor.window(parts, frame);
                default -> PageDecor.protectedTime(parts, frame, true);
            }
            elements.add(new Group("legend", keys[i], frame, parts));
            elements.add(new Label("legend-text", x + swatchW + 4, baseline, label, textSize, false, INK));
            x += swatchW + 4 + textWidth + 14 * k;
        }
    }

    // ---------------------------------------------------------------- columns and hours

    private double dayHeaders(double top) {
        double nameSize = 9 * k;
        double dateSize = 7.5 * k;
        double nameBaseline = top + 3 * k + fonts.ascent(nameSize);
        double dateBaseline = nameBaseline + fonts.descent(nameSize) + fonts.ascent(dateSize) + 1;
        DateTimeFormatter dayDate = DateTimeFormatter.ofPattern(messages.get("print.date.day"), messages.getLocale());
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
            elements.add(new Label("day-date", x, dateBaseline, fit(dayDate.format(date), dateSize, false, inner),
                    dateSize, false, MUTED));
        }
        double bottom = dateBaseline + fonts.descent(dateSize) + 3 * k;
        grid.add(new Rule("day-rule", gutter, bottom, width, bottom, GRID, 0.8, false));
        return bottom;
    }

    /** The hours the grid shows: those of the week's timed events, work windows and protected time. */
    private void hours() {
        int first = 24 * 60;
        int last = 0;
        for (PrintEvent event : week.events()) {
            if (!event.allDay() && inWeek(event.date())) {
                first = Math.min(first, event.startMinute());
                last = Math.max(last, event.endMinute());
            }
        }
        List<PrintSpan> spans = new ArrayList<>(week.workWindows());
        spans.addAll(week.protectedTimes());
        for (PrintSpan span : spans) {
            first = Math.min(first, span.startMinute());
            last = Math.max(last, span.endMinute());
        }
        if (first >= last) {
            firstHour = FIRST_HOUR_EMPTY;
            lastHour = LAST_HOUR_EMPTY;
        } else {
            firstHour = first / 60;
            lastHour = Math.max(firstHour + 1, (last + 59) / 60);
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
    }

    private Box spanBox(String role, PrintSpan span) {
        int day = span.day().getValue() - 1;
        double top = minuteY(span.startMinute());
        double bottom = minuteY(span.endMinute());
        return new Box(role, columnX(day), top, columnWidth, bottom - top, PageElement.NONE, PageElement.NONE, 0, false);
    }

    private void gridLines(double dayTop) {
        double labelSize = 6.5 * k;
        double hourHeight = (gridBottom - gridTop) / (lastHour - firstHour);
        for (int hour = firstHour; hour <= lastHour; hour++) {
            double y = minuteY(hour * 60);
            grid.add(new Rule("hour-line", gutter, y, width, y, hour == firstHour || hour == lastHour ? GRID : GRID_LIGHT,
                    0.5, false));
            if (hour < lastHour) {
                String label = String.format("%02d:00", hour);
                double labelWidth = fonts.width(label, labelSize, false);
                grid.add(new Label("hour-label", gutter - 3 - labelWidth, y + fonts.ascent(labelSize) + 1,
                        label, labelSize, false, MUTED));
                if (hourHeight >= 16) {
                    double half = minuteY(hour * 60 + 30);
                    grid.add(new Rule("half-hour-line", gutter, half, width, half, GRID_LIGHT, 0.35, true));
                }
            }
        }
        for (int day = 0; day <= 7; day++) {
            double x = day == 7 ? width : columnX(day);
            grid.add(new Rule("day-line", x, dayTop, x, gridBottom, GRID, day == 0 || day == 7 ? 0.8 : 0.5, false));
        }
    }
}
