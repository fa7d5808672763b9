package dk.netdesk.print;

import static dk.netdesk.print.PageDecor.INK;
import static dk.netdesk.print.PageDecor.MORE_FILL;
import static dk.netdesk.print.PageDecor.MUTED;
import static dk.netdesk.print.PageDecor.barWidth;
import static dk.netdesk.print.PageDecor.markerSpace;

import dk.netdesk.print.PageElement.Box;
import dk.netdesk.print.PageElement.Group;
import dk.netdesk.print.PageElement.Label;
import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The events of one {@link WeekPass}: the all-day row above the hours, and the timed events in the
 * day columns, side by side in lanes where they overlap. What does not fit becomes a "+N more" box for
 * its day or time slot with a footnote number (the notes page lists those events with their times), and counts in
 * {@link #hidden()}. A time is printed whole or not at all (never "18…"); an event whose box cannot show its whole
 * start–end time gets a footnote number under which the notes page gives its times, and counts in
 * {@link #untimed()}. Positions come from the pass, in points.
 */
final class WeekEvents {

    private static final int MAX_ALL_DAY_LINES = 3;
    /**
     * Smallest size event text is set at before a title is cut, in points: still readable on paper in DejaVu Sans
     * (a wide face with a tall x-height); a half-point under the page's text floor, {@link WeekLayout#FLOOR_SIZE}.
     */
    static final double TEXT_FLOOR = 6.5;

    private final WeekPass pass;
    private final PrintFonts fonts;
    private final Messages messages;
    private final PageDecor decor;
    private final TextFit text;
    private final double size;
    private final List<PageElement> events = new ArrayList<>();
    private int hidden;
    private int untimed;

    private final Footnotes footnotes;

    WeekEvents(WeekPass pass, PrintFonts fonts, Messages messages, PageDecor decor, TextFit text, Footnotes footnotes) {
        this.footnotes = footnotes;
        this.pass = pass;
        this.fonts = fonts;
        this.messages = messages;
        this.decor = decor;
        this.text = text;
        this.size = pass.size;
    }

    /** The event boxes laid out so far, in drawing order. */
    List<PageElement> elements() {
        return events;
    }

    /** How many events are only counted in a "+N more" box. */
    int hidden() {
        return hidden;
    }

    double lineHeight() {
        return size * 1.2;
    }

    double pad() {
        return 1.3;
    }

    private double minBoxHeight() {
        return lineHeight() + 2 * pad();
    }

    /** A lane must at least show the start time beside the edge bar. */
    private double minLaneWidth() {
        return barWidth(size) + fonts.width("00:00", size, false) + 2 * pad() + 1.2;
    }

    // ---------------------------------------------------------------- all day

    /** Lays out the all-day events in a row from {@code top}; returns the row's bottom ({@code top} when none). */
    double allDayRow(double top) {
        PrintWeek week = pass.week;
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
        double textWidth = pass.columnWidth - 2 - 0.8 - barWidth(size) - markerSpace(size) - 2 * pad;
        boolean wide = perDay.stream().flatMap(List::stream).anyMatch(i ->
                fonts.width(fonts.printable(week.events().get(i).title()), size, true) > textWidth - size);
        double boxHeight = (wide ? 2 : 1) * lineHeight() + 2 * pad + 0.6;
        double rowHeight = lines * (boxHeight + 1.5) + 2;
        for (int day = 0; day < 7; day++) {
            List<Integer> indexes = perDay.get(day);
            boolean overflow = indexes.size() > lines;
            int shown = overflow ? lines - 1 : indexes.size();
            double x = pass.columnX(day) + 1;
            double w = pass.columnWidth - 2;
            for (int n = 0; n < shown; n++) {
                double y = top + 1.5 + n * (boxHeight + 1.5);
                int index = indexes.get(n);
                events.add(eventGroup(week.events().get(index), index, x, y, w, boxHeight));
            }
            if (overflow) {
                double y = top + 1.5 + shown * (boxHeight + 1.5);
                events.add(moreGroup(eventsOf(indexes.subList(shown, indexes.size())), x, y, w, boxHeight));
                hidden += indexes.size() - shown;
            }
        }
        return top + rowHeight;
    }

    // ---------------------------------------------------------------- before and after the chosen hours

    /**
     * With chosen hours (e.g. 08–20), the timed events wholly before them ({@code before}) or after them, in a row of
     * their own just above or below the hour grid, from {@code top}: "Before"/"08:00" (or "After"/"20:00") where the
     * hour labels are, and each event in its day's column with its real times and title. Returns the row's bottom
     * ({@code top} when there are none).
     */
    double outsideRow(double top, boolean before) {
        List<List<Integer>> perDay = outside(before);
        double height = outsideRowHeight(perDay);
        if (height == 0) {
            return top;
        }
        int lines = Math.min(MAX_ALL_DAY_LINES, perDay.stream().mapToInt(List::size).max().orElse(0));
        double boxHeight = outsideBoxHeight(perDay);
        // white, not grey (grey is a work window), between two firm rules
        for (double edge : new double[] {top, top + height}) {
            events.add(new PageElement.Rule("outside-rule", 0, edge, pass.columnX(7), edge, PageDecor.GRID, 0.8, false));
        }
        double labelSize = pass.hourLabelSize();
        int hour = before ? pass.options.fromHour() : pass.options.toHour();
        String[] label = {messages.get(before ? "print.outside.before" : "print.outside.after"), time(hour * 60)};
        double baseline = top + 2 + fonts.ascent(labelSize);
        for (String line : label) {
            // a word wider than the hour labels is set a little smaller before it is cut
            double room = pass.gutter() - 2;
            double lineSize = labelSize;
            while (lineSize > labelSize * 0.75 && fonts.width(line, lineSize, false) > room) {
                lineSize -= 0.25;
            }
            String fitted = text.fit(line, lineSize, false, room);
            events.add(new Label("outside-label", room - fonts.width(fitted, lineSize, false), baseline, fitted,
                    lineSize, false, MUTED));
            baseline += labelSize * 1.2;
        }
        for (int day = 0; day < 7; day++) {
            List<Integer> indexes = perDay.get(day);
            boolean overflow = indexes.size() > lines;
            int shown = overflow ? lines - 1 : indexes.size();
            double x = pass.columnX(day) + 1;
            double w = pass.columnWidth - 2;
            for (int n = 0; n < shown; n++) {
                int index = indexes.get(n);
                events.add(eventGroup(pass.week.events().get(index), index, x, top + 1.5 + n * (boxHeight + 1.5), w,
                        boxHeight));
            }
            if (overflow) {
                events.add(moreGroup(eventsOf(indexes.subList(shown, indexes.size())), x,
                        top + 1.5 + shown * (boxHeight + 1.5), w, boxHeight));
                hidden += indexes.size() - shown;
            }
        }
        return top + height;
    }

    /** The height the row of events after the chosen hours takes, in points (0 when there are none). */
    double outsideRowHeight(boolean before) {
        return outsideRowHeight(outside(before));
    }

    private double outsideRowHeight(List<List<Integer>> perDay) {
        int most = perDay.stream().mapToInt(List::size).max().orElse(0);
        if (most == 0) {
            return 0;
        }
        int lines = Math.min(most, MAX_ALL_DAY_LINES);
        double labels = 2 * pass.hourLabelSize() * 1.2 + 4;
        return Math.max(labels, lines * (outsideBoxHeight(perDay) + 1.5) + 2);
    }

    /** A box for the time line and the title, on two lines when some title needs them. */
    private double outsideBoxHeight(List<List<Integer>> perDay) {
        double textWidth = pass.columnWidth - 2 - 0.8 - barWidth(size) - markerSpace(size) - 2 * pad();
        boolean wide = perDay.stream().flatMap(List::stream).anyMatch(i -> text.wrapWhole(
                fonts.printable(pass.week.events().get(i).title()), size, true, textWidth, 1) == null);
        return (wide ? 3 : 2) * lineHeight() + 2 * pad() + 0.6;
    }

    /** Per day (0 is Monday) the indexes of the timed events wholly before or after the chosen hours, by start. */
    private List<List<Integer>> outside(boolean before) {
        List<List<Integer>> perDay = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            LocalDate date = pass.week.monday().plusDays(day);
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < pass.week.events().size(); i++) {
                PrintEvent event = pass.week.events().get(i);
                if (date.equals(event.date()) && pass.outside(event, before)) {
                    indexes.add(i);
                }
            }
            indexes.sort(Comparator.comparingInt(i -> pass.week.events().get(i).startMinute()));
            perDay.add(indexes);
        }
        return perDay;
    }

    // ---------------------------------------------------------------- timed

    /**
     * Lays out the timed events of {@code day} (0 is Monday) in the hour grid. Lanes come from the events'
     * times, so events that only touch (09:00–09:30, 09:30–10:00) share one lane; a box that needs more
     * height than its time gives grows down to at most the next event in its lane.
     */
    void timed(int day) {
        LocalDate date = pass.week.monday().plusDays(day);
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < pass.week.events().size(); i++) {
            PrintEvent event = pass.week.events().get(i);
            if (!event.allDay() && date.equals(event.date()) && !pass.outside(event, true) && !pass.outside(event, false)) {
                placed.add(new Placed(i, event, event.startMinute(), Math.max(event.endMinute(), event.startMinute() + 1)));
            }
        }
        placed.sort(Comparator.comparingInt((Placed p) -> p.start).thenComparing(p -> -p.end)
                .thenComparingInt(p -> p.index));
        int from = 0;
        while (from < placed.size()) {
            int clusterEnd = placed.get(from).end;
            int to = from + 1;
            while (to < placed.size() && placed.get(to).start < clusterEnd) {
                clusterEnd = Math.max(clusterEnd, placed.get(to).end);
                to++;
            }
            cluster(day, placed.subList(from, to));
            from = to;
        }
    }

    /** Overlapping events side by side in lanes; lanes too narrow to read fold into "+N more". */
    private void cluster(int day, List<Placed> cluster) {
        List<Integer> laneEnds = new ArrayList<>();
        List<List<Placed>> lanes = new ArrayList<>();
        for (Placed p : cluster) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > p.start) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(p.end);
                lanes.add(new ArrayList<>());
            } else {
                laneEnds.set(lane, p.end);
            }
            p.lane = lane;
            lanes.get(lane).add(p);
        }
        for (List<Placed> lane : lanes) {
            for (int n = 0; n < lane.size(); n++) {
                Placed p = lane.get(n);
                double limit = n + 1 < lane.size() ? pass.minuteY(lane.get(n + 1).start) : pass.gridBottom;
                p.top = Math.max(pass.gridTop, Math.min(pass.minuteY(p.start), pass.gridBottom - minBoxHeight()));
                double bottom = Math.min(pass.gridBottom, pass.minuteY(p.end));
                p.bottom = Math.max(bottom, Math.min(p.top + minBoxHeight(), Math.max(limit, bottom)));
            }
        }
        double inner = pass.columnWidth - 2;
        int laneCount = laneEnds.size();
        int maxLanes = Math.max(1, (int) Math.floor(inner / minLaneWidth()));
        double x0 = pass.columnX(day) + 1;
        if (laneCount <= maxLanes) {
            double laneWidth = inner / laneCount;
            for (Placed p : cluster) {
                events.add(eventGroup(p.event, p.index, x0 + p.lane * laneWidth, p.top, laneWidth, p.bottom - p.top));
            }
            return;
        }
        int visible = maxLanes - 1;
        double laneWidth = inner / maxLanes;
        double moreTop = Double.MAX_VALUE;
        double moreBottom = 0;
        List<PrintEvent> folded = new ArrayList<>();
        for (Placed p : cluster) {
            if (p.lane < visible) {
                events.add(eventGroup(p.event, p.index, x0 + p.lane * laneWidth, p.top, laneWidth, p.bottom - p.top));
            } else {
                folded.add(p.event);
                moreTop = Math.min(moreTop, p.top);
                moreBottom = Math.max(moreBottom, p.bottom);
            }
        }
        hidden += folded.size();
        events.add(moreGroup(folded, x0 + visible * laneWidth, moreTop, laneWidth, moreBottom - moreTop));
    }

    // ---------------------------------------------------------------- boxes

    /** The week's events at {@code indexes}. */
    private List<PrintEvent> eventsOf(List<Integer> indexes) {
        return indexes.stream().map(i -> pass.week.events().get(i)).toList();
    }

    /**
     * The box for events of one day that have no room ({@code folded}, in order of start): "+N more" and a footnote
     * number; the notes page lists them by that number with their times and titles, so every event is on paper.
     */
    private Group moreGroup(List<PrintEvent> folded, double x, double y, double w, double h) {
        int count = folded.size();
        List<PrintEvent> listed = pass.options.showNotes() ? folded
                : folded.stream().map(e -> e.withNotes("")).toList();
        String mark = footnotes.hidden(folded.get(0).date(), listed);
        Box frame = new Box("more-frame", x, y, w - 0.8, h - 0.6, MORE_FILL, MUTED, 0.5, false);
        List<PageElement> parts = new ArrayList<>();
        parts.add(frame);
        double textSize = Math.min(size, Math.max(3.5, (frame.h() - 2 * pad()) / 1.2));
        // the footnote number at the box's top right, where events have theirs, apart from the count ("+4⁴" would
        // read as a power)
        double textWidth = frame.w() - 2 * pad() - PageDecor.flagsWidth(false, true, textSize);
        String more = messages.format("print.more", count);
        if (fonts.width(more, textSize, true) > textWidth) {
            more = messages.format("print.moreShort", count);
        }
        parts.add(new Label("more-text", frame.x() + pad(), frame.y() + pad() + fonts.ascent(textSize),
                text.fit(more, textSize, true, textWidth), textSize, true, INK));
        decor.flags(parts, frame, false, false, textSize, mark);
        return new Group("more", "more", frame, parts);
    }

    /**
     * One event: its decoration and flags, then as much of time, kind, title and notes as the box holds. The text
     * is set at the largest size, from the pass's size down to {@link #TEXT_FLOOR}, at which the title fits whole,
     * broken only at spaces over the lines the box has room for at that size; only when it does not fit even at
     * {@link #TEXT_FLOOR} is it cut, after a whole word, with "…". A note that does not fit whole gets a footnote
     * number, and so does a timed event whose box shows no whole start–end time (its times go on the notes page).
     */
    private Group eventGroup(PrintEvent event, int index, double x, double y, double w, double h) {
        Box frame = new Box("event-frame", x, y, w - 0.8, h - 0.6, PageElement.NONE, PageElement.NONE, 0, false);
        List<PageElement> parts = new ArrayList<>();
        double lineSize = Math.min(size, Math.max(3.5, (frame.h() - 2 * pad()) / 1.2));
        boolean markerFits = frame.w() - barWidth(size) - 2 * pad() - markerSpace(size)
                - PageDecor.flagsWidth(event.breakFlag(), !event.notes().isBlank(), lineSize)
                >= fonts.width(event.allDay() ? "00:00" : "00:00–00:00", size, false);
        String notes = pass.options.showNotes() ? fonts.printable(event.notes()).strip() : "";
        double flagWidth = PageDecor.flagsWidth(event.breakFlag(), !notes.isEmpty(), lineSize);
        Fitted fitted = fitted(event, notes, frame, lineSize, markerFits, flagWidth);
        boolean timesShown = event.allDay() || timesShown(event, fitted.lines());
        if (!timesShown && notes.isEmpty()) {
            // its times go on the notes page under a footnote number: make room for the number
            fitted = fitted(event, notes, frame, lineSize, markerFits,
                    PageDecor.flagsWidth(event.breakFlag(), true, lineSize));
            timesShown = timesShown(event, fitted.lines());
        }
        if (!timesShown) {
            untimed++;
        }
        Lines lines = fitted.lines();
        boolean marker = fitted.marker();
        decor.event(parts, frame, event.work(), lineSize, marker);
        parts.addAll(lines.labels());
        flags(parts, frame, event, notes, lines.notesWhole(), timesShown, lineSize);
        return new Group("event", String.valueOf(index), frame, parts);
    }

    /** An event's text as laid out in its box, and whether the kind's marker went before it. */
    private record Fitted(Lines lines, boolean marker) {
    }

    /**
     * The event's text in {@code frame}: the times and the whole title, as large as they fit; else the whole title
     * alone; the kind's marker goes before a word is cut; else cut after a whole word at the floor.
     */
    private Fitted fitted(PrintEvent event, String notes, Box frame, double lineSize, boolean markerFits,
                          double flagWidth) {
        double floor = Math.min(lineSize, TEXT_FLOOR);
        for (boolean withMarker : markerFits ? new boolean[] {true, false} : new boolean[] {false}) {
            Area area = area(frame, withMarker, flagWidth);
            Lines lines = null;
            for (double t = lineSize; lines == null && t > floor - 1e-9; t -= 0.25) {
                lines = lines(event, notes, Math.max(floor, t), area, true);
            }
            for (double t = lineSize; lines == null && !event.allDay() && !pass.clipped(event) && t > floor - 1e-9;
                 t -= 0.25) {
                lines = titleOnly(fonts.printable(event.title()), Math.max(floor, t), area);
            }
            if (lines != null) {
                return new Fitted(lines, withMarker);
            }
        }
        return new Fitted(cut(event, notes, floor, area(frame, false, flagWidth)), false);
    }

    /** True when the box shows the timed event's whole start–end time (its start alone for an instant). */
    private static boolean timesShown(PrintEvent event, Lines lines) {
        String start = time(event.startMinute());
        String range = event.endMinute() == event.startMinute() ? start : start + "–" + time(event.endMinute());
        return lines.labels().stream().anyMatch(l -> l instanceof Label label && label.role().equals("event-time")
                && label.text().startsWith(range));
    }

    /**
     * How many timed events show no whole start–end time in their box (too small or too narrow); their times are
     * listed on the notes page under a footnote number instead.
     */
    int untimed() {
        return untimed;
    }

    private Area area(Box frame, boolean marker, double flagWidth) {
        double textX = frame.x() + barWidth(size) + pad() + (marker ? markerSpace(size) : 0);
        return new Area(textX, frame.y() + pad(), frame.x() + frame.w() - pad() - textX, frame.h() - 2 * pad(), flagWidth);
    }

    /**
     * The event's text at {@code t} points when its title does not fit whole: the times and as many whole words as
     * fit, then "…"; else (when not even the first word fits beside the times) those words alone over all the
     * box's lines, unless the event runs past the hours shown; else cut inside the word as a last resort.
     */
    private Lines cut(PrintEvent event, String notes, double t, Area area) {
        int count = Math.max(1, (int) Math.floor(area.height() / (t * 1.2) + 1e-6));
        String title = fonts.printable(event.title());
        if (!event.allDay() && count >= 2) {
            Lines withTime = lines(event, notes, t, area, true, (width, lines) -> text.wrapCut(title, t, true, width, lines));
            if (withTime != null) {
                return withTime;
            }
        }
        if (!pass.clipped(event)) {
            List<String> alone = text.wrapCut(title, t, true, area.width() - area.flagWidth(), area.width(), count);
            if (alone != null) {
                List<PageElement> out = new ArrayList<>();
                double baseline = area.top() + fonts.ascent(t);
                for (String line : alone) {
                    out.add(new Label("event-title", area.x(), baseline, line, t, true, INK));
                    baseline += t * 1.2;
                }
                return new Lines(out, false);
            }
        }
        return lines(event, notes, t, area, false);
    }

    /** Where an event's text goes, in points: left edge, top, width and height, and the flags' room at the top right. */
    private record Area(double x, double top, double width, double height, double flagWidth) {
    }

    /** The whole title alone over the lines the box has at {@code t} points; null when it does not fit whole. */
    private Lines titleOnly(String title, double t, Area area) {
        int count = Math.max(1, (int) Math.floor(area.height() / (t * 1.2) + 1e-6));
        List<String> wrapped = text.wrapWhole(title, t, true, area.width() - area.flagWidth(), area.width(), count);
        if (wrapped == null) {
            return null;
        }
        List<PageElement> out = new ArrayList<>();
        double baseline = area.top() + fonts.ascent(t);
        for (String line : wrapped) {
            out.add(new Label("event-title", area.x(), baseline, line, t, true, INK));
            baseline += t * 1.2;
        }
        return new Lines(out, false);
    }

    /** An event's text lines, and whether its note was printed whole. */
    private record Lines(List<PageElement> labels, boolean notesWhole) {
    }

    /**
     * The event's text at {@code t} points in {@code area}. With {@code whole}, null unless the title fits with
     * every word whole; without, the title is cut with "…" after its last whole word that fits.
     */
    private Lines lines(PrintEvent event, String notes, double t, Area area, boolean whole) {
        String title = fonts.printable(event.title());
        return lines(event, notes, t, area, whole, (width, lines) -> wrap(title, t, width, lines, whole));
    }

    /** The title over at most {@code lines} lines of {@code width} points; null when it does not fit so. */
    @FunctionalInterface
    private interface TitleWrap {
        List<String> wrap(double width, int lines);
    }

    private Lines lines(PrintEvent event, String notes, double t, Area area, boolean whole, TitleWrap titleWrap) {
        double lineHeight = t * 1.2;
        int count = Math.max(1, (int) Math.floor(area.height() / lineHeight + 1e-6));
        double baseline = area.top() + fonts.ascent(t);
        String title = fonts.printable(event.title());
        List<PageElement> out = new ArrayList<>();
        if (event.allDay()) {
            List<String> wrapped = titleWrap.wrap(area.width() - area.flagWidth(), count);
            if (wrapped == null) {
                return null;
            }
            for (String line : wrapped) {
                out.add(new Label("event-title", area.x(), baseline, line, t, true, INK));
                baseline += lineHeight;
            }
            return new Lines(out, false);
        }
        String start = time(event.startMinute());
        // an instant (it ends when it starts) shows its start time only
        String range = event.endMinute() == event.startMinute() ? start : start + "–" + time(event.endMinute());
        double room = area.width() - area.flagWidth();
        if (count == 1) {
            return oneLine(event, title, start, range, t, area, baseline, whole);
        }
        // the times set smaller (not below the floor) before the end time is left out
        double timeSize = t;
        while (timeSize > Math.min(t, TEXT_FLOOR) && fonts.width(range, timeSize, false) > room) {
            timeSize -= 0.25;
        }
        String timeLine = range;
        if (fonts.width(range, timeSize, false) > room) {
            timeLine = start;
            timeSize = t;
        }
        String kind = fonts.printable(event.kindLabel());
        if (!kind.isEmpty() && fonts.width(timeLine + " · " + kind, timeSize, false) <= room) {
            timeLine = timeLine + " · " + kind;
        }
        List<String> wrapped = titleWrap.wrap(area.width(), count - 1);
        if (wrapped == null) {
            return null;
        }
        // a time is printed whole or not at all ("18…" reads as nothing; the notes page has it then)
        addText(out, "event-time", area.x(), baseline, fonts.width(timeLine, timeSize, false) <= room ? timeLine : "",
                false, timeSize);
        for (String line : wrapped) {
            baseline += lineHeight;
            out.add(new Label("event-title", area.x(), baseline, line, t, true, INK));
        }
        int noteLines = count - 1 - wrapped.size();
        boolean notesWhole = false;
        if (!notes.isEmpty() && noteLines > 0) {
            double noteSize = Math.max(Math.min(t, TEXT_FLOOR), t * 0.92);
            List<String> noteText = text.wrap(notes, noteSize, false, area.width(), noteLines);
            notesWhole = String.join(" ", noteText).equals(String.join(" ", notes.split("\\s+")));
            for (String line : noteText) {
                baseline += lineHeight;
                out.add(new Label("event-notes", area.x(), baseline, line, noteSize, false, MUTED));
            }
        }
        return new Lines(out, notesWhole);
    }

    /**
     * A one-line box with {@code whole}: the times and the title, else the start time and the title; null when the
     * title does not fit whole beside a time. Without {@code whole}: the start time and as many whole words as fit,
     * then "…" (the title alone when its first word would not fit beside the time, unless the event runs past the
     * hours shown: then its place on the grid does not give its time, so the time stays).
     */
    private Lines oneLine(PrintEvent event, String title, String start, String range, double t, Area area,
                          double baseline, boolean whole) {
        double room = area.width() - area.flagWidth();
        boolean clipped = pass.clipped(event);
        List<String> times = range.equals(start) ? List.of(start) : List.of(range, start);
        for (String time : times) {
            double titleX = fonts.width(time + " ", t, false);
            List<String> one = text.wrapWhole(title, t, true, room - titleX, 1);
            if (one != null && titleX <= room) {
                return oneLine(time, one.isEmpty() ? "" : one.get(0), t, area, baseline, titleX);
            }
        }
        if (whole) {
            return null;
        }
        String time = start;
        double titleX = fonts.width(start + " ", t, false);
        String[] words = title.strip().split(" +");
        String firstWord = words[0] + (words.length > 1 ? "…" : "");
        if (!clipped && fonts.width(firstWord, t, true) > room - titleX) {
            time = "";
            titleX = 0;
        }
        String line = text.fitWords(title, t, true, room - titleX);
        if (fonts.width(time, t, false) > room) {
            time = "";
            titleX = 0;
            line = text.fitWords(title, t, true, room);
        }
        return oneLine(time, line.equals("…") ? "" : line, t, area, baseline, titleX);
    }

    private Lines oneLine(String time, String title, double t, Area area, double baseline, double titleX) {
        List<PageElement> out = new ArrayList<>();
        addText(out, "event-time", area.x(), baseline, time, false, t);
        if (!title.isEmpty()) {
            out.add(new Label("event-title", area.x() + titleX, baseline, title, t, true, INK));
        }
        return new Lines(out, false);
    }

    /** {@code title} over {@code lines} lines: whole words only (null when that does not fit), or cut after a word. */
    private List<String> wrap(String title, double t, double width, int lines, boolean whole) {
        return whole ? text.wrapWhole(title, t, true, width, lines) : text.wrap(title, t, true, width, lines);
    }

    /**
     * The flags at the box's top right; a note not printed whole, or times not printed whole ({@code !timesShown}),
     * get the event's footnote number, whose entry on the notes page has the whole note (when notes are printed) (one for an event over several days when its entry is the same on each).
     */
    private void flags(List<PageElement> parts, Box frame, PrintEvent event, String notes, boolean whole,
                       boolean timesShown, double flagSize) {
        // the entry always carries the whole note, even one printed (partly) in the box
        String footnote = (notes.isEmpty() || whole) && timesShown ? "" : footnotes.add(event, notes, timesShown);
        decor.flags(parts, frame, event.breakFlag(), event.inProtected(), flagSize, footnote);
    }

    private static void addText(List<PageElement> parts, String role, double x, double baseline, String line,
                                boolean bold, double textSize) {
        if (!line.isEmpty()) {
            parts.add(new Label(role, x, baseline, line, textSize, bold, INK));
        }
    }

    private static String time(int minute) {
        return dk.netdesk.ui.TimeOfDay.format(minute);
    }

    /** A timed event of one day: its minutes of the day, then its lane and where its box is drawn. */
    private static final class Placed {
        final int index;
        final PrintEvent event;
        final int start;
        final int end;
        int lane;
        double top;
        double bottom;

        Placed(int index, PrintEvent event, int start, int end) {
            this.index = index;
            this.event = event;
            this.start = start;
            this.end = end;
        }
    }
}
