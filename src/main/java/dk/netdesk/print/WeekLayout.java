package dk.netdesk.print;

import dk.netdesk.print.PageElement.Box;
import dk.netdesk.print.PageElement.Dot;
import dk.netdesk.print.PageElement.Group;
import dk.netdesk.print.PageElement.Label;
import dk.netdesk.print.PageElement.Rule;
import dk.netdesk.ui.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out one week on one page, in points: header (week number, dates, owner), days as columns from
 * Monday, an hour grid clipped to the hours in use, shaded work windows and protected personal time,
 * events, a legend and the week summary. Work and personal events differ in fill, edge bar, outline and
 * marker so they stay apart on a black-and-white printer. Text is measured with {@link PrintFonts}; when a
 * busy week does not fit, event text shrinks down to {@link #FLOOR_SIZE}, and what still does not fit is
 * summarised as "+N more" for its time slot. Pure computation: no JavaFX, no PDF.
 */
public final class WeekLayout {

    /** Smallest event text, in points: still readable on paper. */
    public static final double FLOOR_SIZE = 5.5;
    /** Margin around the page for PDF and preview, in points (about 10 mm). */
    public static final double MARGIN = 28;

    static final int INK = 0x1F2328;
    static final int MUTED = 0x57606A;
    static final int GRID = 0xB8BFC7;
    static final int GRID_LIGHT = 0xE1E5E9;
    static final int WEEKEND = 0xEEF0F2;
    static final int WORK_FILL = 0xDCE7F4;
    static final int WORK_EDGE = 0x2C5A8A;
    static final int PERSONAL_EDGE = 0x3F7446;
    static final int WINDOW_FILL = 0xE9EFF7;
    static final int WINDOW_EDGE = 0x9DB6D3;
    static final int PROTECTED_HATCH = 0xB9D3BC;
    static final int MORE_FILL = 0xEDEFF2;
    static final int WHITE = 0xFFFFFF;

    private static final int FIRST_HOUR_EMPTY = 8;
    private static final int LAST_HOUR_EMPTY = 17;
    private static final int MAX_ALL_DAY_LINES = 3;

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

    /** The page for a printable area the printer gives (its own margins). */
    public PrintedPage page(PrintWeek week, PrintOptions options, double paperW, double paperH,
                            double marginLeft, double marginTop, double width, double height) {
        PrintWeek shown = options.includePersonal() ? week : week.workOnly();
        // the largest text that hides the fewest events: shrink only while shrinking shows more
        Pass best = null;
        double start = Math.max(FLOOR_SIZE, Math.min(8, 7.6 * scale(width, height)));
        for (double step = start; step > FLOOR_SIZE - 0.25 + 1e-9; step -= 0.25) {
            double size = Math.max(FLOOR_SIZE, step);
            Pass pass = new Pass(shown, options, width, height, size);
            pass.run();
            if (best == null || pass.hidden < best.hidden) {
                best = pass;
            }
            if (pass.hidden == 0) {
                break;
            }
        }
        return new PrintedPage(paperW, paperH, marginLeft, marginTop, width, height, best.size, best.elements);
    }

    /** 1 for an A4 page with 10 mm margins, less for smaller paper. */
    private static double scale(double width, double height) {
        double k = Math.sqrt(width * height / (539.0 * 785.0));
        return Math.max(0.68, Math.min(1.1, k));
    }

    /** One attempt at a given event text size. */
    private final class Pass {
        final PrintWeek week;
        final PrintOptions options;
        final double width;
        final double height;
        final double size;
        final double k;
        final List<PageElement> elements = new ArrayList<>();
        final List<PageElement> background = new ArrayList<>();
        final List<PageElement> grid = new ArrayList<>();
        final List<PageElement> events = new ArrayList<>();
        int hidden;

        double gutter;
        double columnWidth;
        double gridTop;
        double gridBottom;
        int firstHour;
        int lastHour;

        Pass(PrintWeek week, PrintOptions options, double width, double height, double size) {
            this.week = week;
            this.options = options;
            this.width = width;
            this.height = height;
            this.size = size;
            this.k = scale(width, height);
        }

        void run() {
            double y = header();
            double footerTop = footer();
            gutter = fonts.width("00:00", 6.5 * k, false) + 7 * k;
            columnWidth = (width - gutter) / 7;
            double dayTop = y + 6 * k;
            double dayBottom = dayHeaders(dayTop);
            double allDayBottom = allDayRow(dayBottom);
            gridTop = allDayBottom;
            gridBottom = footerTop - 8 * k;
            hours();
            for (int day = 0; day < 7; day++) {
                if (day >= 5) {
                    background.add(0, new Box("weekend", columnX(day), dayTop, columnWidth, dayBottom - dayTop,
                            WEEKEND, PageElement.NONE, 0, false));
                }
            }
            spans();
            gridLines(dayTop);
            for (int day = 0; day < 7; day++) {
                timedEvents(day);
            }
            elements.addAll(0, background);
            elements.addAll(grid);
            elements.addAll(events);
        }

        double columnX(int day) {
            return gutter + day * columnWidth;
        }

        double minuteY(double minute) {
            double hourHeight = (gridBottom - gridTop) / (lastHour - firstHour);
            return gridTop + (minute / 60.0 - firstHour) * hourHeight;
        }

        // ---------------------------------------------------------------- header and footer

        double header() {
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

        String dateRange() {
            LocalDate monday = week.monday();
            LocalDate sunday = week.sunday();
            DateTimeFormatter full = DateTimeFormatter.ofPattern(messages.get("print.date.full"), messages.getLocale());
            DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern(messages.get("print.date.dayMonth"), messages.getLocale());
            String first = monday.getYear() == sunday.getYear() ? dayMonth.format(monday) : full.format(monday);
            return messages.format("print.range", first, full.format(sunday));
        }

        /** Legend and summary from the bottom up; returns the top of the footer. */
        double footer() {
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

        String summaryText() {
            PrintSummary summary = week.summary();
            List<String> parts = new ArrayList<>();
            String work = messages.number(summary.workHours(), 2);
            if (summary.budgetHours() > 0) {
                String budget = messages.number(summary.budgetHours(), 2);
                String text = messages.format("print.summary.work", work, budget);
                double over = summary.workHours() - summary.budgetHours();
                if (over > 0.05) {
                    text += " " + messages.format("print.summary.over", messages.number(over, 2));
                }
                parts.add(text);
            } else {
                parts.add(messages.format("print.summary.workNoBudget", work));
            }
            parts.add(messages.format("print.summary.personal", messages.number(summary.personalHours(), 2)));
            parts.add(summary.breakFlags() == 0 ? messages.get("print.summary.breaksKept")
                    : messages.format("print.summary.breaks", summary.breakFlags()));
            return String.join("   ·   ", parts);
        }

        void legend(double baseline, double textSize) {
            double swatchW = 16 * k;
            double swatchH = textSize * 1.2;
            double top = baseline - fonts.ascent(textSize) + (fonts.ascent(textSize) + fonts.descent(textSize) - swatchH) / 2;
            double x = 0;
            String[] keys = {"print.legend.work", "print.legend.personal", "print.legend.workWindow", "print.legend.protected"};
            for (int i = 0; i < keys.length; i++) {
                String text = messages.get(keys[i]);
                double textWidth = fonts.width(text, textSize, false);
                if (x + swatchW + 4 + textWidth > width) {
                    break;
                }
                List<PageElement> parts = new ArrayList<>();
                Box frame = new Box("legend-swatch", x, top, swatchW, swatchH, PageElement.NONE, PageElement.NONE, 0, false);
                switch (i) {
                    case 0 -> eventDecor(parts, frame, true, textSize, true);
                    case 1 -> eventDecor(parts, frame, false, textSize, true);
                    case 2 -> windowDecor(parts, frame);
                    default -> protectedDecor(parts, frame, true);
                }
                elements.add(new Group("legend", keys[i], frame, parts));
                elements.add(new Label("legend-text", x + swatchW + 4, baseline, text, textSize, false, INK));
                x += swatchW + 4 + textWidth + 14 * k;
            }
        }

        // ---------------------------------------------------------------- columns

        double dayHeaders(double top) {
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

        double allDayRow(double top) {
            List<List<Integer>> perDay = new ArrayList<>();
            int most = 0;
            for (int day = 0; day < 7; day++) {
                LocalDate date = week.monday().plusDays(day);
                List<Integer> indexes = new ArrayList<>();
                for (int i = 0; i < week.events().size(); i++) {
                    PrintEvent event = week.events().get(i);
                    if (event.allDay() && date.equals(event.date())) {
                        indexes.add(i);
                    }
                }
                perDay.add(indexes);
                most = Math.max(most, indexes.size());
            }
            if (most == 0) {
                return top;
            }
            int lines = Math.min(most, MAX_ALL_DAY_LINES);
            double pad = pad();
            double textWidth = columnWidth - 2 - 0.8 - barWidth(size) - markerSpace(size) - 2 * pad;
            boolean wide = perDay.stream().flatMap(List::stream).anyMatch(i ->
                    fonts.width(fonts.printable(week.events().get(i).title()), size, true) > textWidth);
            double boxHeight = (wide ? 2 : 1) * lineHeight() + 2 * pad + 0.6;
            double rowHeight = lines * (boxHeight + 1.5) + 2;
            for (int day = 0; day < 7; day++) {
                List<Integer> indexes = perDay.get(day);
                boolean overflow = indexes.size() > lines;
                int shown = overflow ? lines - 1 : indexes.size();
                double x = columnX(day) + 1;
                double w = columnWidth - 2;
                for (int n = 0; n < shown; n++) {
                    double y = top + 1.5 + n * (boxHeight + 1.5);
                    int index = indexes.get(n);
                    events.add(eventGroup(week.events().get(index), index, x, y, w, boxHeight));
                }
                if (overflow) {
                    double y = top + 1.5 + shown * (boxHeight + 1.5);
                    events.add(moreGroup(indexes.size() - shown, x, y, w, boxHeight));
                    hidden += indexes.size() - shown;
                }
            }
            return top + rowHeight;
        }

        void hours() {
            int first = 24 * 60;
            int last = 0;
            for (PrintEvent event : week.events()) {
                if (!event.allDay() && inWeek(event.date())) {
                    first = Math.min(first, event.startMinute());
                    last = Math.max(last, event.endMinute());
                }
            }
            for (PrintSpan span : allSpans(week.workWindows(), week.protectedTimes())) {
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

        boolean inWeek(LocalDate date) {
            return date != null && !date.isBefore(week.monday()) && !date.isAfter(week.sunday());
        }

        void spans() {
            for (PrintSpan span : week.workWindows()) {
                Box frame = spanBox("work-window", span);
                List<PageElement> parts = new ArrayList<>();
                windowDecor(parts, frame);
                background.add(new Group("work-window", "", frame, parts));
            }
            for (PrintSpan span : week.protectedTimes()) {
                Box frame = spanBox("protected", span);
                List<PageElement> parts = new ArrayList<>();
                protectedDecor(parts, frame, false);
                background.add(new Group("protected", "", frame, parts));
            }
        }

        Box spanBox(String role, PrintSpan span) {
            int day = span.day().getValue() - 1;
            double top = minuteY(span.startMinute());
            double bottom = minuteY(span.endMinute());
            return new Box(role, columnX(day), top, columnWidth, bottom - top, PageElement.NONE, PageElement.NONE, 0, false);
        }

        void gridLines(double dayTop) {
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

        // ---------------------------------------------------------------- events

        double lineHeight() {
            return size * 1.2;
        }

        double pad() {
            return 1.3;
        }

        double minBoxHeight() {
            return lineHeight() + 2 * pad();
        }

        /** A lane must at least show the start time beside the edge bar. */
        double minLaneWidth() {
            return barWidth(size) + fonts.width("00:00", size, false) + 2 * pad() + 1.2;
        }

        void timedEvents(int day) {
            LocalDate date = week.monday().plusDays(day);
            List<Placed> placed = new ArrayList<>();
            for (int i = 0; i < week.events().size(); i++) {
                PrintEvent event = week.events().get(i);
                if (!event.allDay() && date.equals(event.date())) {
                    double top = minuteY(event.startMinute());
                    double bottom = Math.max(minuteY(event.endMinute()), top + minBoxHeight());
                    if (bottom > gridBottom) {
                        bottom = gridBottom;
                        top = Math.min(top, bottom - minBoxHeight());
                    }
                    placed.add(new Placed(i, event, top, bottom));
                }
            }
            placed.sort(Comparator.comparingDouble((Placed p) -> p.top).thenComparing(p -> -p.bottom)
                    .thenComparingInt(p -> p.index));
            int from = 0;
            while (from < placed.size()) {
                double clusterEnd = placed.get(from).bottom;
                int to = from + 1;
                while (to < placed.size() && placed.get(to).top < clusterEnd - 0.01) {
                    clusterEnd = Math.max(clusterEnd, placed.get(to).bottom);
                    to++;
                }
                cluster(day, placed.subList(from, to));
                from = to;
            }
        }

        void cluster(int day, List<Placed> cluster) {
            List<Double> laneEnds = new ArrayList<>();
            for (Placed p : cluster) {
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.get(lane) > p.top + 0.01) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(p.bottom);
                } else {
                    laneEnds.set(lane, p.bottom);
                }
                p.lane = lane;
            }
            double inner = columnWidth - 2;
            int lanes = laneEnds.size();
            int maxLanes = Math.max(1, (int) Math.floor(inner / minLaneWidth()));
            double x0 = columnX(day) + 1;
            if (lanes <= maxLanes) {
                double laneWidth = inner / lanes;
                for (Placed p : cluster) {
                    events.add(eventGroup(p.event, p.index, x0 + p.lane * laneWidth, p.top, laneWidth, p.bottom - p.top));
                }
                return;
            }
            int visible = maxLanes - 1;
            double laneWidth = inner / maxLanes;
            double moreTop = Double.MAX_VALUE;
            double moreBottom = 0;
            int count = 0;
            for (Placed p : cluster) {
                if (p.lane < visible) {
                    events.add(eventGroup(p.event, p.index, x0 + p.lane * laneWidth, p.top, laneWidth, p.bottom - p.top));
                } else {
                    count++;
                    moreTop = Math.min(moreTop, p.top);
                    moreBottom = Math.max(moreBottom, p.bottom);
                }
            }
            hidden += count;
            events.add(moreGroup(count, x0 + visible * laneWidth, moreTop, laneWidth, moreBottom - moreTop));
        }

        Group moreGroup(int count, double x, double y, double w, double h) {
            Box frame = new Box("more-frame", x, y, w - 0.8, h - 0.6, MORE_FILL, MUTED, 0.5, false);
            List<PageElement> parts = new ArrayList<>();
            parts.add(frame);
            double textWidth = frame.w() - 2 * pad();
            String text = messages.format("print.more", count);
            if (fonts.width(text, size, true) > textWidth) {
                text = messages.format("print.moreShort", count);
            }
            parts.add(new Label("more-text", frame.x() + pad(), frame.y() + pad() + fonts.ascent(size),
                    fit(text, size, true, textWidth), size, true, INK));
            return new Group("more", "more", frame, parts);
        }

        Group eventGroup(PrintEvent event, int index, double x, double y, double w, double h) {
            Box frame = new Box("event-frame", x, y, w - 0.8, h - 0.6, PageElement.NONE, PageElement.NONE, 0, false);
            List<PageElement> parts = new ArrayList<>();
            boolean marker = frame.w() - barWidth(size) - 2 * pad() - markerSpace(size) >= fonts.width("00:00", size, false);
            eventDecor(parts, frame, event.work(), size, marker);
            double textX = frame.x() + barWidth(size) + pad() + (marker ? markerSpace(size) : 0);
            double textRight = frame.x() + frame.w() - pad();
            double available = textRight - textX;
            int lines = Math.max(1, (int) Math.floor((frame.h() - 2 * pad()) / lineHeight() + 1e-6));
            double baseline = frame.y() + pad() + fonts.ascent(size);
            String title = fonts.printable(event.title());
            if (event.allDay()) {
                for (String line : wrap(title, size, true, available, lines)) {
                    addText(parts, "event-title", textX, baseline, line, true, INK);
                    baseline += lineHeight();
                }
                return new Group("event", String.valueOf(index), frame, parts);
            }
            String start = time(event.startMinute());
            String range = start + "–" + time(event.endMinute());
            if (lines == 1) {
                String time = fonts.width(range + " " + title, size, true) <= available ? range : start;
                addText(parts, "event-time", textX, baseline, fit(time, size, false, available), false, INK);
                double titleX = textX + fonts.width(time + " ", size, false);
                if (textRight - titleX > fonts.width("W…", size, true)) {
                    addText(parts, "event-title", titleX, baseline, fit(title, size, true, textRight - titleX), true, INK);
                }
                return new Group("event", String.valueOf(index), frame, parts);
            }
            String timeLine = fonts.width(range, size, false) <= available ? range : start;
            String kind = fonts.printable(event.kindLabel());
            if (!kind.isEmpty() && fonts.width(timeLine + " · " + kind, size, false) <= available) {
                timeLine = timeLine + " · " + kind;
            }
            addText(parts, "event-time", textX, baseline, fit(timeLine, size, false, available), false, INK);
            String notes = options.showNotes() ? fonts.printable(event.notes()) : "";
            List<String> wrapped = wrap(title, size, true, available, lines - 1);
            for (String line : wrapped) {
                baseline += lineHeight();
                addText(parts, "event-title", textX, baseline, line, true, INK);
            }
            int noteLines = lines - 1 - wrapped.size();
            if (!notes.isEmpty() && noteLines > 0) {
                double noteSize = size * 0.92;
                for (String line : wrap(notes, noteSize, false, available, noteLines)) {
                    baseline += lineHeight();
                    parts.add(new Label("event-notes", textX, baseline, line, noteSize, false, MUTED));
                }
            }
            return new Group("event", String.valueOf(index), frame, parts);
        }

        void addText(List<PageElement> parts, String role, double x, double baseline, String text, boolean bold, int color) {
            if (!text.isEmpty()) {
                parts.add(new Label(role, x, baseline, text, size, bold, color));
            }
        }

        /** Words over at most {@code maxLines} lines; the last line ends in "…" when text is left over. */
        List<String> wrap(String text, double textSize, boolean bold, double available, int maxLines) {
            List<String> lines = new ArrayList<>();
            String[] words = text.split(" ");
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < words.length && lines.size() < maxLines) {
                String word = words[i];
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(candidate, textSize, bold) <= available) {
                    line.setLength(0);
                    line.append(candidate);
                    i++;
                } else if (line.length() == 0) {
                    lines.add(fit(word, textSize, bold, available));
                    i++;
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                }
            }
            if (line.length() > 0 && lines.size() < maxLines) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (i < words.length || line.length() > 0) {
                String last = lines.isEmpty() ? "" : lines.remove(lines.size() - 1);
                lines.add(fit(last + "…", textSize, bold, available));
            }
            lines.removeIf(String::isEmpty);
            return lines;
        }
    }

    // -------------------------------------------------------------------- shared drawing pieces

    private static double barWidth(double size) {
        return Math.max(2.2, size * 0.42);
    }

    private static double markerSpace(double size) {
        return size * 0.75;
    }

    /** Fill, edge bar, outline and marker of an event (or its legend swatch). */
    private void eventDecor(List<PageElement> parts, Box frame, boolean work, double size, boolean marker) {
        double bar = barWidth(size);
        double pad = 1.3;
        if (work) {
            parts.add(new Box("event-fill", frame.x(), frame.y(), frame.w(), frame.h(), WORK_FILL, WORK_EDGE, 0.5, false));
            parts.add(new Box("event-bar", frame.x(), frame.y(), bar, frame.h(), WORK_EDGE, PageElement.NONE, 0, false));
        } else {
            parts.add(new Box("event-fill", frame.x(), frame.y(), frame.w(), frame.h(), WHITE, PERSONAL_EDGE, 0.6, true));
            parts.addAll(hatch("event-bar", frame.x(), frame.y(), bar, frame.h(), 1.6, PERSONAL_EDGE, 0.6, false));
            parts.add(new Rule("event-bar", frame.x() + bar, frame.y(), frame.x() + bar, frame.y() + frame.h(),
                    PERSONAL_EDGE, 0.4, false));
        }
        double markerX = frame.x() + bar + pad;
        double markerSize = size * 0.5;
        double centerY = frame.y() + Math.min(frame.h() / 2, pad + fonts.ascent(size) * 0.62);
        if (marker && frame.h() >= markerSize + 1 && frame.w() > bar + pad + markerSize) {
            if (work) {
                parts.add(new Box("event-marker", markerX, centerY - markerSize / 2, markerSize, markerSize,
                        WORK_EDGE, PageElement.NONE, 0, false));
            } else {
                parts.add(new Dot("event-marker", markerX + markerSize / 2, centerY, markerSize / 2 - 0.25,
                        WHITE, PERSONAL_EDGE, 0.7));
            }
        }
    }

    private static void windowDecor(List<PageElement> parts, Box frame) {
        parts.add(new Box("window-fill", frame.x(), frame.y(), frame.w(), frame.h(), WINDOW_FILL, PageElement.NONE, 0, false));
        parts.add(new Rule("window-edge", frame.x() + 0.75, frame.y(), frame.x() + 0.75, frame.y() + frame.h(),
                WINDOW_EDGE, 1.5, false));
    }

    private static void protectedDecor(List<PageElement> parts, Box frame, boolean outlined) {
        parts.addAll(hatch("protected-hatch", frame.x(), frame.y(), frame.w(), frame.h(), 5, PROTECTED_HATCH, 0.5, true));
        parts.add(new Rule("protected-edge", frame.x() + 0.75, frame.y(), frame.x() + 0.75, frame.y() + frame.h(),
                PERSONAL_EDGE, 1.0, true));
        if (outlined) {
            parts.add(new Box("protected-outline", frame.x(), frame.y(), frame.w(), frame.h(), PageElement.NONE,
                    PROTECTED_HATCH, 0.5, false));
        }
    }

    /** Diagonal lines clipped to the rectangle; {@code rising} lines go up to the right, else down. */
    static List<PageElement> hatch(String role, double x, double y, double w, double h, double spacing, int color,
                                   double lineWidth, boolean rising) {
        List<PageElement> lines = new ArrayList<>();
        if (w <= 0 || h <= 0) {
            return lines;
        }
        // rising: lines x + y' = c, with y' measured downwards from the top, so they rise to the right
        // falling: lines x - y' = c
        for (double c = spacing / 2; c < w + h; c += spacing) {
            double x1 = Math.max(0, c - h);
            double x2 = Math.min(w, c);
            if (x2 - x1 < 0.05) {
                continue;
            }
            if (rising) {
                lines.add(new Rule(role, x + x1, y + (c - x1), x + x2, y + (c - x2), color, lineWidth, false));
            } else {
                lines.add(new Rule(role, x + x1, y + h - (c - x1), x + x2, y + h - (c - x2), color, lineWidth, false));
            }
        }
        return lines;
    }

    /** {@code text}, cut with "…" until it fits {@code available} points. */
    String fit(String text, double size, boolean bold, double available) {
        if (fonts.width(text, size, bold) <= available) {
            return text;
        }
        int end = text.length();
        while (end > 0) {
            end = text.offsetByCodePoints(end, -1);
            String candidate = text.substring(0, end).stripTrailing() + "…";
            if (fonts.width(candidate, size, bold) <= available) {
                return candidate;
            }
        }
        return "";
    }

    private static String time(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    private static List<PrintSpan> allSpans(List<PrintSpan> a, List<PrintSpan> b) {
        List<PrintSpan> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static final class Placed {
        final int index;
        final PrintEvent event;
        final double top;
        final double bottom;
        int lane;

        Placed(int index, PrintEvent event, double top, double bottom) {
            this.index = index;
            this.event = event;
            this.top = top;
            this.bottom = bottom;
        }
    }
}
