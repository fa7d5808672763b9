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

    private final WeekPass pass;
    private final PrintFonts fonts;
    private final Messages messages;
    private final PageDecor decor;
    private final TextFit text;
    private final double size;
    private final List<PageElement> events = new ArrayList<>();
    private int hidden;

    WeekEvents(WeekPass pass, PrintFonts fonts, Messages messages, PageDecor decor, TextFit text) {
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
                fonts.width(fonts.printable(week.events().get(i).title()), size, true) > textWidth);
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

    /** Lays out the timed events of {@code day} (0 is Monday) in the hour grid. */
    void timed(int day) {
        LocalDate date = pass.week.monday().plusDays(day);
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < pass.week.events().size(); i++) {
            PrintEvent event = pass.week.events().get(i);
            if (!event.allDay() && date.equals(event.date())) {
                double top = pass.minuteY(event.startMinute());
                double bottom = Math.max(pass.minuteY(event.endMinute()), top + minBoxHeight());
                if (bottom > pass.gridBottom) {
                    bottom = pass.gridBottom;
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

    /** Overlapping events side by side in lanes; lanes too narrow to read fold into "+N more". */
    private void cluster(int day, List<Placed> cluster) {
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
        double inner = pass.columnWidth - 2;
        int lanes = laneEnds.size();
        int maxLanes = Math.max(1, (int) Math.floor(inner / minLaneWidth()));
        double x0 = pass.columnX(day) + 1;
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
        parts.add(new Label("more-text", frame.x() + pad(), frame.y() + pad() + fonts.ascent(size),
                text.fit(more, size, true, textWidth), size, true, INK));
        return new Group("more", "more", frame, parts);
    }

    /** One event: its decoration, then as much of time, kind, title and notes as the box holds. */
    private Group eventGroup(PrintEvent event, int index, double x, double y, double w, double h) {
        Box frame = new Box("event-frame", x, y, w - 0.8, h - 0.6, PageElement.NONE, PageElement.NONE, 0, false);
        List<PageElement> parts = new ArrayList<>();
        boolean marker = frame.w() - barWidth(size) - 2 * pad() - markerSpace(size) >= fonts.width("00:00", size, false);
        decor.event(parts, frame, event.work(), size, marker);
        double textX = frame.x() + barWidth(size) + pad() + (marker ? markerSpace(size) : 0);
        double textRight = frame.x() + frame.w() - pad();
        double available = textRight - textX;
        int lines = Math.max(1, (int) Math.floor((frame.h() - 2 * pad()) / lineHeight() + 1e-6));
        double baseline = frame.y() + pad() + fonts.ascent(size);
        String title = fonts.printable(event.title());
        if (event.allDay()) {
            for (String line : text.wrap(title, size, true, available, lines)) {
                addText(parts, "event-title", textX, baseline, line, true, INK);
                baseline += lineHeight();
            }
            return new Group("event", String.valueOf(index), frame, parts);
        }
        String start = time(event.startMinute());
        String range = start + "–" + time(event.endMinute());
        if (lines == 1) {
            String time = fonts.width(range + " " + title, size, true) <= available ? range : start;
            addText(parts, "event-time", textX, baseline, text.fit(time, size, false, available), false, INK);
            double titleX = textX + fonts.width(time + " ", size, false);
            if (textRight - titleX > fonts.width("W…", size, true)) {
                addText(parts, "event-title", titleX, baseline, text.fit(title, size, true, textRight - titleX), true, INK);
            }
            return new Group("event", String.valueOf(index), frame, parts);
        }
        String timeLine = fonts.width(range, size, false) <= available ? range : start;
        String kind = fonts.printable(event.kindLabel());
        if (!kind.isEmpty() && fonts.width(timeLine + " · " + kind, size, false) <= available) {
            timeLine = timeLine + " · " + kind;
        }
        addText(parts, "event-time", textX, baseline, text.fit(timeLine, size, false, available), false, INK);
        String notes = pass.options.showNotes() ? fonts.printable(event.notes()) : "";
        List<String> wrapped = text.wrap(title, size, true, available, lines - 1);
        for (String line : wrapped) {
            baseline += lineHeight();
            addText(parts, "event-title", textX, baseline, line, true, INK);
        }
        int noteLines = lines - 1 - wrapped.size();
        if (!notes.isEmpty() && noteLines > 0) {
            double noteSize = size * 0.92;
            for (String line : text.wrap(notes, noteSize, false, available, noteLines)) {
                baseline += lineHeight();
                parts.add(new Label("event-notes", textX, baseline, line, noteSize, false, MUTED));
            }
        }
        return new Group("event", String.valueOf(index), frame, parts);
    }

    private void addText(List<PageElement> parts, String role, double x, double baseline, String line, boolean bold,
                         int color) {
        if (!line.isEmpty()) {
            parts.add(new Label(role, x, baseline, line, size, bold, color));
        }
    }

    private static String time(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
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
