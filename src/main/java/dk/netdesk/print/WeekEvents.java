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
 * its day or time slot, and counts in {@link #hidden()}. Positions come from the pass, in points.
 */
final class WeekEvents {

    private static final int MAX_ALL_DAY_LINES = 3;
    /** Smallest size a title is set at so that its longest word fits, in points. */
    static final double TITLE_FLOOR = 6.5;

    private final WeekPass pass;
    private final PrintFonts fonts;
    private final Messages messages;
    private final PageDecor decor;
    private final TextFit text;
    private final double size;
    private final List<PageElement> events = new ArrayList<>();
    private int hidden;

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
                events.add(moreGroup(indexes.size() - shown, x, y, w, boxHeight));
                hidden += indexes.size() - shown;
            }
        }
        return top + rowHeight;
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
            if (!event.allDay() && date.equals(event.date())) {
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

    // ---------------------------------------------------------------- boxes

    private Group moreGroup(int count, double x, double y, double w, double h) {
        Box frame = new Box("more-frame", x, y, w - 0.8, h - 0.6, MORE_FILL, MUTED, 0.5, false);
        List<PageElement> parts = new ArrayList<>();
        parts.add(frame);
        double textWidth = frame.w() - 2 * pad();
        String more = messages.format("print.more", count);
        if (fonts.width(more, size, true) > textWidth) {
            more = messages.format("print.moreShort", count);
        }
        double textSize = Math.min(size, Math.max(3.5, (frame.h() - 2 * pad()) / 1.2));
        parts.add(new Label("more-text", frame.x() + pad(), frame.y() + pad() + fonts.ascent(textSize),
                text.fit(more, textSize, true, textWidth), textSize, true, INK));
        return new Group("more", "more", frame, parts);
    }

    /**
     * One event: its decoration and flags, then as much of time, kind, title and notes as the box holds.
     * Titles break at spaces; a title whose longest word does not fit is set smaller (down to
     * {@link #TITLE_FLOOR}) before a word is broken. A note that does not fit whole gets a footnote number.
     */
    private Group eventGroup(PrintEvent event, int index, double x, double y, double w, double h) {
        Box frame = new Box("event-frame", x, y, w - 0.8, h - 0.6, PageElement.NONE, PageElement.NONE, 0, false);
        List<PageElement> parts = new ArrayList<>();
        double lineSize = Math.min(size, Math.max(3.5, (frame.h() - 2 * pad()) / 1.2));
        boolean marker = frame.w() - barWidth(size) - 2 * pad() - markerSpace(size)
                - PageDecor.flagsWidth(event.breakFlag(), !event.notes().isBlank(), lineSize)
                >= fonts.width(event.allDay() ? "00:00" : "00:00–00:00", size, false);
        decor.event(parts, frame, event.work(), lineSize, marker);
        String notes = pass.options.showNotes() ? fonts.printable(event.notes()).strip() : "";
        double flagWidth = PageDecor.flagsWidth(event.breakFlag(), !notes.isEmpty(), lineSize);
        double textX = frame.x() + barWidth(size) + pad() + (marker ? markerSpace(size) : 0);
        double textRight = frame.x() + frame.w() - pad();
        double available = textRight - textX;
        int lines = Math.max(1, (int) Math.floor((frame.h() - 2 * pad()) / lineHeight() + 1e-6));
        double baseline = frame.y() + pad() + fonts.ascent(lineSize);
        String title = fonts.printable(event.title());
        double titleSize = titleSize(title, lineSize, available);
        if (event.allDay()) {
            List<String> wrapped = text.wrap(title, titleSize, true, available - flagWidth, lines);
            for (String line : wrapped) {
                parts.add(new Label("event-title", textX, baseline, line, titleSize, true, INK));
                baseline += lineHeight();
            }
            flags(parts, frame, event, notes, false, lineSize);
            return new Group("event", String.valueOf(index), frame, parts);
        }
        String start = time(event.startMinute());
        // an instant (it ends when it starts) shows its start time only
        String range = event.endMinute() == event.startMinute() ? start : start + "–" + time(event.endMinute());
        if (lines == 1) {
            // one line: time and title; when the title's first word would not fit beside the start time, the
            // title alone (the box's place in the grid gives the time)
            double room = available - flagWidth;
            double oneSize = Math.min(titleSize(title, lineSize, room), lineSize);
            String time = fonts.width(range + " " + title, lineSize, true) <= room ? range : start;
            double titleX = textX + fonts.width(time + " ", lineSize, false);
            String[] words = title.strip().split(" +");
            String firstWord = words[0] + (words.length > 1 ? "…" : "");
            if (fonts.width(firstWord, oneSize, true) > textX + room - titleX) {
                time = "";
                titleX = textX;
            }
            addText(parts, "event-time", textX, baseline, text.fit(time, lineSize, false, room), false, lineSize);
            String line = text.fitWords(title, oneSize, true, textX + room - titleX);
            if (!line.isEmpty() && !line.equals("…")) {
                parts.add(new Label("event-title", titleX, baseline, line, oneSize, true, INK));
            }
            flags(parts, frame, event, notes, false, lineSize);
            return new Group("event", String.valueOf(index), frame, parts);
        }
        double timeSize = size;
        while (timeSize > TITLE_FLOOR && fonts.width(range, timeSize, false) > available - flagWidth) {
            timeSize -= 0.25;
        }
        String timeLine = fonts.width(range, timeSize, false) <= available - flagWidth ? range : start;
        String kind = fonts.printable(event.kindLabel());
        if (!kind.isEmpty() && fonts.width(timeLine + " · " + kind, timeSize, false) <= available - flagWidth) {
            timeLine = timeLine + " · " + kind;
        }
        addText(parts, "event-time", textX, baseline, text.fit(timeLine, timeSize, false, available - flagWidth), false,
                timeSize);
        List<String> wrapped = text.wrap(title, titleSize, true, available, lines - 1);
        for (String line : wrapped) {
            baseline += lineHeight();
            parts.add(new Label("event-title", textX, baseline, line, titleSize, true, INK));
        }
        int noteLines = lines - 1 - wrapped.size();
        boolean whole = false;
        if (!notes.isEmpty() && noteLines > 0) {
            double noteSize = size * 0.92;
            List<String> noteText = text.wrap(notes, noteSize, false, available, noteLines);
            whole = String.join(" ", noteText).equals(String.join(" ", notes.split("\\s+")));
            for (String line : noteText) {
                baseline += lineHeight();
                parts.add(new Label("event-notes", textX, baseline, line, noteSize, false, MUTED));
            }
        }
        flags(parts, frame, event, notes, whole, lineSize);
        return new Group("event", String.valueOf(index), frame, parts);
    }

    /** The flags at the box's top right; a note not printed whole gets the next footnote number. */
    private void flags(List<PageElement> parts, Box frame, PrintEvent event, String notes, boolean whole, double flagSize) {
        String footnote = notes.isEmpty() || whole ? "" : footnotes.add(event, notes);
        decor.flags(parts, frame, event.breakFlag(), event.inProtected(), flagSize, footnote);
    }

    /** The title size: {@code base}, or smaller (not below {@link #TITLE_FLOOR}) until the widest word fits. */
    private double titleSize(String title, double base, double available) {
        double titleSize = base;
        while (titleSize > TITLE_FLOOR
                && text.widestWord(title, titleSize, true) + fonts.width("…", titleSize, true) > available) {
            titleSize -= 0.25;
        }
        return titleSize;
    }

    private static void addText(List<PageElement> parts, String role, double x, double baseline, String line,
                                boolean bold, double textSize) {
        if (!line.isEmpty()) {
            parts.add(new Label(role, x, baseline, line, textSize, bold, INK));
        }
    }

    private static String time(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
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
