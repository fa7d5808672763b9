package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The day and week views: a header with the dates (today marked, ISO week number in the corner),
 * a row of all-day events, and a 24-hour grid with the work windows shaded, protected personal
 * time hatched, and the events placed in lanes ({@link Lanes}), drawn by {@link EventNodes}.
 * Dragging is handled by {@link GridDrag}; the panes are {@link GridColumns}.
 */
final class TimeGrid {

    /** Pixels per hour. */
    static final double HOUR = 40;
    /** Width of the hour labels left of the day columns, in pixels. */
    static final double GUTTER = 56;
    /** Minutes that drags snap to. */
    static final int SNAP = 15;
    /** Height of an event's lower (or upper) edge that resizes it, in pixels. */
    static final double EDGE = 6;
    /** The least height an event is given, in minutes of the grid (18 pixels: one line of text). */
    static final double MIN_SHOWN_MINUTES = 18 * 60 / HOUR;
    /** Overlapping events side by side in a column of unknown width before the rest go to a "+N" chip. */
    static final int MAX_LANES_WEEK = 3;
    /** The least width of a lane, in pixels: a column has as many lanes as fit, at least one. */
    static final double MIN_LANE_WIDTH = 48;
    /** The width of the "+N" strip at the right of a column whose overlapping events do not all fit, in pixels. */
    static final double CHIP_WIDTH = 30;

    /** The style class of the node of a calendar view that takes the keyboard focus when no event has it. */
    static final String FOCUS_TARGET = "calendar-focus-target";

    /** What the grid asks of its owner. */
    interface Handler {
        void create(LocalDateTime start, LocalDateTime end);

        void move(Occurrence occurrence, LocalDateTime start, LocalDateTime end);

        void open(Occurrence occurrence);

        void delete(Occurrence occurrence);
    }

    private final Messages messages;
    private final EventNodes eventNodes;
    private final GridColumns header = new GridColumns(false);
    private final GridColumns allDay = new GridColumns(false);
    /** Public holidays, a row between the dates and the all-day events; hidden in weeks without one. */
    private final GridColumns holidays = new GridColumns(false);
    private final GridColumns body = new GridColumns(true);
    private final ScrollPane scroll = new ScrollPane(body);
    private final VBox root;
    private final GridDrag drag;
    private final List<Node> hourNodes = new ArrayList<>();
    /** During {@link #show}: the blocks of the events shown before, by shape, not yet given an event of this time. */
    private final java.util.Map<EventNodes.Shape, java.util.ArrayDeque<EventNodes.EventBox>> spare = new java.util.HashMap<>();
    /**
     * During {@link #show}: the shading, today and now marks shown before, by style class, not yet used again. Kept in
     * the scene and reused as the event blocks are (issue 16): a node new to the scene has its styles matched anew.
     */
    private final java.util.Map<String, java.util.ArrayDeque<Region>> spareMarks = new java.util.HashMap<>();
    /** The header's week number and day labels, made once and given each shown week's dates. */
    private Label weekLabel;
    private final List<Label> dayLabels = new ArrayList<>();
    private List<LocalDate> days = List.of();
    private ZoneId zone = ZoneId.systemDefault();
    /** Shows the last days again (after a width change that changes how many lanes fit). */
    private Runnable reshow = () -> { };
    private int shownLanes;

    /** The slot cursor's length, in minutes: Up and Down move it by this much. */
    static final int SLOT = 30;

    /** The slot cursor (issue 18): a ring over the half-hour the arrow keys are on; shown while the grid has the focus. */
    private final Region cursor = new Region();
    /** The slot the cursor is on (its start, wall-clock time in {@link #zone}); null until the grid first takes the focus. */
    private LocalDateTime slot;
    /** Today's date as last given to {@link #show}. */
    private LocalDate shownToday = LocalDate.EPOCH;
    private final Handler handler;
    /** The event the cursor last gave the focus to (the cursor stays shown while it has it), or null. */
    private Node cursorEvent;

    TimeGrid(Messages messages, Handler handler) {
        this.messages = messages;
        this.handler = handler;
        this.eventNodes = new EventNodes(messages, handler);
        header.getStyleClass().add("calendar-header");
        header.setId("calendar-header");
        allDay.getStyleClass().add("calendar-allday");
        allDay.setMinHeight(Region.USE_PREF_SIZE);
        header.setMinHeight(Region.USE_PREF_SIZE);
        scroll.setPrefViewportHeight(200);
        body.getStyleClass().add("calendar-body");
        body.setId("calendar-body");
        header.columnsWidth.bind(body.widthProperty());
        allDay.columnsWidth.bind(body.widthProperty());
        holidays.columnsWidth.bind(body.widthProperty());
        holidays.getStyleClass().add("calendar-holidays");
        holidays.setId("calendar-holidays");
        holidays.setMinHeight(Region.USE_PREF_SIZE);
        body.columnsWidth.bind(body.widthProperty());
        body.setPrefHeight(24 * HOUR);
        body.setMinHeight(24 * HOUR);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("calendar-scroll");
        scroll.setId("calendar-scroll");
        root = new VBox(header, holidays, allDay, scroll);
        root.getStyleClass().add("calendar-timegrid");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        drag = new GridDrag(body, handler, () -> days, () -> zone, messages);
        // the grid itself takes the keyboard focus (the arrow keys move its slot cursor, slotCursor): where the focus goes back to
        // after a drag, a save or a delete, never to a button of the toolbar by accident
        scroll.setFocusTraversable(true);
        scroll.getStyleClass().add(FOCUS_TARGET);
        scroll.setAccessibleText(messages.get("calendar.grid.accessible"));
        drag.installCreate(scroll::requestFocus);
        // a click on empty space (the grid, the all-day row, the dates) clears the selection: Delete then deletes nothing
        EventNodes.clearSelectionOnEmptyPress(root, scroll);
        slotCursor();
        body.widthProperty().addListener((obs, old, now) -> {
            if (maxLanes() != shownLanes) {
                javafx.application.Platform.runLater(() -> {
                    if (maxLanes() != shownLanes) {
                        reshow.run();
                    }
                });
            }
        });
    }

    /**
     * The slot cursor and its keys (issue 18). While the grid or one of its events has the focus: Up / Down move the
     * cursor by {@link #SLOT} minutes (within the day), Left / Right by a day (within the shown days); Alt+arrows are
     * left to the calendar (previous / next week). On a slot covered by an event, that event takes the focus (and so
     * is selected; its own Enter opens it, Delete deletes it); on a free slot the grid has the focus and Enter asks
     * for a new event there, one hour long (as a double-click does).
     */
    private void slotCursor() {
        cursor.setId("calendar-slot-cursor");
        cursor.getStyleClass().add("calendar-slot-cursor");
        cursor.setMouseTransparent(true);
        cursor.setFocusTraversable(false);
        // shown while the grid has the focus, or the event the cursor gave it to; not for an event clicked or Tabbed to
        cursor.setVisible(false);
        javafx.beans.value.ChangeListener<Node> owner = (obs, was, now) -> {
            if (now == scroll && (slot == null || !days.contains(slot.toLocalDate()))) {
                placeCursor(firstSlot(), false);
            }
            cursor.setVisible(now != null && (now == scroll || now == cursorEvent));
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(owner);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(owner);
            }
        });
        // a cursor scrolled out of view (the grid scrolls to the work hours once shown, or the wheel turned) comes
        // along to the first half-hour in view: the next arrow key starts where the user looks
        scroll.vvalueProperty().addListener((obs, old, now) -> {
            if (slot != null && days.contains(slot.toLocalDate()) && !inView(slot)) {
                placeCursor(firstSlot().with(slot.toLocalDate()), false);
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() || e.isShortcutDown() || e.isShiftDown() || e.isMetaDown() || days.isEmpty()) {
                return;
            }
            boolean onGrid = e.getTarget() == scroll || e.getTarget() instanceof EventNodes.EventBox;
            if (!onGrid) {
                return;
            }
            if (slot == null || !days.contains(slot.toLocalDate())) {
                slot = firstSlot();
            }
            LocalDateTime next = switch (e.getCode()) {
                case UP -> slot.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? slot : slot.minusMinutes(SLOT);
                case DOWN -> slot.toLocalTime().isBefore(java.time.LocalTime.of(23, 60 - SLOT)) ? slot.plusMinutes(SLOT) : slot;
                case LEFT -> days.indexOf(slot.toLocalDate()) > 0 ? slot.minusDays(1) : slot;
                case RIGHT -> days.indexOf(slot.toLocalDate()) < days.size() - 1 ? slot.plusDays(1) : slot;
                default -> null;
            };
            if (next != null) {
                placeCursor(next, true);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == scroll) {
                LocalDateTime[] times = WallClock.resolved(slot, slot.plusHours(1), zone);
                handler.create(times[0], times[1]);
                e.consume();
            }
        });
    }

    /** Whether the half-hour starting at {@code at} is wholly in the grid's view (true before the grid is laid out). */
    private boolean inView(LocalDateTime at) {
        double view = scroll.getViewportBounds().getHeight();
        double max = body.getHeight() - view;
        if (max <= 0) {
            return true;
        }
        double top = scroll.getVvalue() * max;
        double y = (at.getHour() * 60 + at.getMinute()) / 60.0 * HOUR;
        return y >= top + LABEL_ROOM - 0.5 && y + SLOT / 60.0 * HOUR <= top + view + 0.5;
    }

    /** Where the cursor starts: today's column when shown (else the first), at the first whole half-hour in view. */
    private LocalDateTime firstSlot() {
        LocalDate today = shownToday;
        LocalDate day = days.contains(today) ? today : days.isEmpty() ? today : days.get(0);
        double max = body.getHeight() - scroll.getViewportBounds().getHeight();
        double top = max <= 0 ? 0 : scroll.getVvalue() * max;
        int minute = (int) Math.ceil((top + LABEL_ROOM) / HOUR * 60 / SLOT) * SLOT;
        return day.atStartOfDay().plusMinutes(Math.min(minute, 24 * 60 - SLOT));
    }

    /**
     * Puts the cursor on {@code at} (a day shown, a multiple of {@link #SLOT} minutes), says it to a screen reader and,
     * with {@code focus}, scrolls it into view and gives the focus to the event covering it, or else to the grid.
     */
    private void placeCursor(LocalDateTime at, boolean focus) {
        slot = at;
        int day = days.indexOf(at.toLocalDate());
        if (day < 0) {
            return;
        }
        double minute = at.getHour() * 60 + at.getMinute();
        GridColumns.place(cursor, GridColumns.Spec.full(day, minute, minute + SLOT));
        if (cursor.getParent() != body) {
            body.getChildren().add(cursor);
        }
        cursor.toFront();
        String spoken = messages.format("calendar.slot.accessible",
                messages.dateFormat("calendar.slot.date").format(at.toLocalDate()), messages.time(at.toLocalTime()));
        cursor.setAccessibleText(spoken);
        scroll.setAccessibleText(spoken);
        body.requestLayout();
        if (!focus) {
            return;
        }
        double y = minute / 60 * HOUR;
        double view = scroll.getViewportBounds().getHeight();
        double max = body.getHeight() - view;
        if (max > 0) {
            double top = scroll.getVvalue() * max;
            if (y < top) {
                scroll.setVvalue(Math.max(0, y - LABEL_ROOM) / max);
            } else if (y + SLOT / 60.0 * HOUR > top + view) {
                scroll.setVvalue(Math.min(max, y + SLOT / 60.0 * HOUR - view + LABEL_ROOM) / max);
            }
        }
        EventNodes.EventBox covering = covering(day, minute);
        cursorEvent = covering;
        if (covering != null) {
            covering.requestFocus();
            cursor.setVisible(true);
        } else {
            EventNodes.clearSelection(root);
            scroll.requestFocus();
        }
    }

    /** The block of the event shown over {@code minute} of the shown day {@code day} (the first lane's), or null. */
    private EventNodes.EventBox covering(int day, double minute) {
        EventNodes.EventBox found = null;
        for (Node child : body.getChildren()) {
            if (child instanceof EventNodes.EventBox box && box.occurrence() != null && box.isVisible()
                    && box.getProperties().get(GridColumns.Spec.class) instanceof GridColumns.Spec spec
                    && spec.day() == day && spec.startMinute() <= minute && minute < Math.max(spec.endMinute(), spec.startMinute() + 1)) {
                GridColumns.Spec best = found == null ? null : (GridColumns.Spec) found.getProperties().get(GridColumns.Spec.class);
                if (best == null || spec.lane() < best.lane()) {
                    found = box;
                }
            }
        }
        return found;
    }

    /** The slot the cursor is on (wall-clock start), or null before the grid first had the focus; for tests. */
    LocalDateTime slot() {
        return slot;
    }

    /** How many lanes fit side by side in a day column now. */
    private int maxLanes() {
        if (body.getWidth() <= 0) {
            return MAX_LANES_WEEK;
        }
        return Math.max(1, (int) (body.columnWidth() / MIN_LANE_WIDTH));
    }

    /** How many lanes fit beside the "+N" strip. */
    private int keptLanes() {
        if (body.getWidth() <= 0) {
            return MAX_LANES_WEEK - 1;
        }
        return Math.max(1, (int) ((body.columnWidth() - CHIP_WIDTH) / MIN_LANE_WIDTH));
    }

    Node node() {
        return root;
    }

    /** Scrolls so the given hour is at the top. */
    void scrollTo(int hour) {
        scroll.layout();
        double max = body.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(max <= 0 ? 0 : Math.min(1, Math.max(0, hour * HOUR - LABEL_ROOM) / max));
    }

    /** Pixels shown above the hour scrolled to, so that its label is not cut. */
    static final double LABEL_ROOM = 10;

    /**
     * Scrolls to the hour as soon as the grid has been laid out with a viewport (at once when it
     * already has): before that the scroll range is not known, and the grid would stay at 00:00.
     */
    void scrollToWhenLaidOut(int hour) {
        if (scroll.getViewportBounds().getHeight() > 0 && body.getHeight() > 0) {
            scrollTo(hour);
            return;
        }
        javafx.beans.value.ChangeListener<javafx.geometry.Bounds> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.geometry.Bounds> obs,
                                javafx.geometry.Bounds old, javafx.geometry.Bounds now) {
                if (now.getHeight() > 0) {
                    scroll.viewportBoundsProperty().removeListener(this);
                    javafx.application.Platform.runLater(() -> scrollTo(hour));
                }
            }
        };
        scroll.viewportBoundsProperty().addListener(once);
    }

    /**
     * Shows days with their events.
     *
     * @param shownDays the columns, in order (one for the day view, seven for the week)
     * @param occurrences the events to place; those overlapping no shown day are left out
     * @param now wall-clock time in {@code zone}: a line marks it when its day is shown
     * @param breakFlag which events get the break flag; {@code inProtected} which parts (an event on a day) get the
     *                  protected mark ({@link ProtectedTime#onDay})
     * @param zone the calendar's zone: events are placed at their wall-clock times there
     */
    void show(List<LocalDate> shownDays, List<Occurrence> occurrences, BalanceSettings balance, LocalDate today,
              LocalDateTime now, Predicate<Occurrence> breakFlag, java.util.function.BiPredicate<Occurrence, LocalDate> inProtected, ZoneId zone) {
        this.days = shownDays;
        this.zone = zone;
        this.shownToday = today;
        this.reshow = () -> show(shownDays, occurrences, balance, today, now, breakFlag, inProtected, zone);
        allDay.clear(shownDays.size());
        // the blocks of the events shown so far stay in the grid, to show this time's events of the same shape
        spare.clear();
        spareMarks.clear();
        java.util.Set<Node> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Node child : body.getChildren()) {
            if (child instanceof EventNodes.EventBox box && EventNodes.reusable(box)) {
                spare.computeIfAbsent(box.shape, s -> new java.util.ArrayDeque<>()).add(box);
                kept.add(box);
            } else if (child instanceof Region mark && mark.getProperties().get(MARK) instanceof String kind) {
                spareMarks.computeIfAbsent(kind, k -> new java.util.ArrayDeque<>()).add(mark);
                kept.add(mark);
            }
        }
        // so do the hour lines and labels: taken out and put back, they would be styled again
        kept.addAll(hourNodes());
        kept.add(cursor);
        body.clearExcept(shownDays.size(), kept);
        showHeader(shownDays, today);
        for (int i = 0; i < shownDays.size(); i++) {
            addShading(i, shownDays.get(i), balance);
            addGaps(i, shownDays.get(i), zone);
            if (shownDays.get(i).equals(today)) {
                mark("calendar-today-column", null, GridColumns.Spec.full(i, 0, 1440));
            }
        }
        // the hour grid is the same every time: reuse its nodes, after the shading as before (toFront only reorders)
        for (Node hour : hourNodes()) {
            if (hour.getParent() == body) {
                hour.toFront();
            } else {
                body.getChildren().add(hour);
            }
        }
        placeEvents(occurrences, breakFlag, inProtected);
        // the slot cursor stays on its time and weekday in another week (Alt+arrows), on its time in another day
        if (slot != null && !shownDays.contains(slot.toLocalDate()) && !shownDays.isEmpty()) {
            LocalDate day = shownDays.size() == 1 ? shownDays.get(0) : shownDays.stream()
                    .filter(d -> d.getDayOfWeek() == slot.getDayOfWeek()).findFirst().orElse(shownDays.get(0));
            slot = day.atTime(slot.toLocalTime());
        }
        if (slot != null) {
            placeCursor(slot, false);
        }
        // blocks no event of this time needed
        List<Node> unused = new ArrayList<>();
        spare.values().forEach(unused::addAll);
        spare.clear();
        if (shownDays.contains(now.toLocalDate())) {
            double minute = minutes(now.toLocalDate().atStartOfDay(), now);
            mark("calendar-now-line", null, GridColumns.Spec.full(shownDays.indexOf(now.toLocalDate()), minute, minute));
        }
        // and the marks no day of this time needed
        spareMarks.values().forEach(unused::addAll);
        spareMarks.clear();
        if (!unused.isEmpty()) {
            java.util.Set<Node> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            drop.addAll(unused);
            body.getChildren().removeIf(drop::contains);
        }
        body.requestLayout();
    }

    /**
     * Shows the public holidays of the days last shown ({@link #show}): each holiday's name above its
     * day's all-day events, and a light tint over its column. Call after {@code show}.
     *
     * @param ofDay the holidays of a day (empty for most days)
     */
    void showHolidays(java.util.function.Function<LocalDate, List<Holidays.Holiday>> ofDay) {
        holidays.clear(days.size());
        int rows = 0;
        for (int i = 0; i < days.size(); i++) {
            List<Holidays.Holiday> found = ofDay.apply(days.get(i));
            for (int row = 0; row < found.size(); row++) {
                // two rows each: a long name wraps onto a second line in a narrow column
                holidays.add(HolidayLabels.of(found.get(row), messages), GridColumns.Spec.full(i, 2 * row, 2 * row + 2));
                // a name cut with "…" in a narrow column is whole in the tooltip of the day's date too
                if (dk.netdesk.ui.NodeKey.find(header, "calendar-day-" + days.get(i)).orElse(null) instanceof Label date
                        && date.getTooltip() != null) {
                    String line = messages.format("calendar.holiday.accessible", found.get(row).name());
                    date.getTooltip().setText(date.getTooltip().getText() + "\n" + line);
                    date.setAccessibleText(date.getAccessibleText() + ". " + line);
                }
            }
            if (!found.isEmpty()) {
                Region tint = new Region();
                tint.getStyleClass().add("calendar-holiday-column");
                tint.setMouseTransparent(true);
                body.getChildren().add(0, tint);
                GridColumns.place(tint, GridColumns.Spec.full(i, 0, 1440));
            }
            rows = Math.max(rows, found.size());
        }
        holidays.setRows(2 * rows);
        holidays.setVisible(rows > 0);
        holidays.setManaged(rows > 0);
        holidays.requestLayout();
    }

    private void showHeader(List<LocalDate> shownDays, LocalDate today) {
        if (weekLabel == null) {
            weekLabel = new Label();
            weekLabel.getStyleClass().add("calendar-weeknumber");
            weekLabel.setId("calendar-weeknumber");
        }
        while (dayLabels.size() < shownDays.size()) {
            dayLabels.add(dayLabel());
        }
        // the labels stay in the header from week to week (issue 16): only their dates change. Taken out and put
        // back, a label would be styled again.
        java.util.Set<Node> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.add(weekLabel);
        kept.addAll(dayLabels.subList(0, shownDays.size()));
        header.clearExcept(shownDays.size(), kept);
        weekLabel.setText(messages.format("calendar.weekShort", CalendarViewModel.isoWeek(shownDays.get(0))));
        placeInHeader(weekLabel, new GridColumns.Spec(-1, 0, 0, 0, 1, false));
        DateTimeFormatter dayMonth = messages.dateFormat("format.dayMonthNumeric");
        DateTimeFormatter full = messages.dateFormat("format.fullDate");
        for (int i = 0; i < shownDays.size(); i++) {
            LocalDate day = shownDays.get(i);
            Label label = dayLabels.get(i);
            label.getProperties().put(LocalDate.class, day);
            label.setText(dayName(day, dayMonth, " "));
            // its date names it in its properties: a new id every week would restyle it (decision 0049)
            dk.netdesk.ui.NodeKey.set(label, "calendar-day-" + day);
            setStyleClass(label, "today", day.equals(today));
            setStyleClass(label, "weekend", CalendarViewModel.isWeekend(day));
            // the whole date in words is in the tooltip ({@link #showHolidays} adds the day's holidays)
            label.getTooltip().setText(full.format(day));
            label.setAccessibleText(full.format(day));
            // a gap between the columns' labels: neighbouring dates never run together
            placeInHeader(label, new GridColumns.Spec(i, 0, 0, 0, 1, false));
        }
        header.requestLayout();
        // the same widths as before: no layout would put the dates under the names again
        fitDayNames();
    }

    private void placeInHeader(Label label, GridColumns.Spec spec) {
        if (label.getParent() == header) {
            GridColumns.place(label, spec);
        } else {
            header.add(label, spec);
        }
    }

    /** A day's date label in the header, without a date yet. */
    private Label dayLabel() {
        Label label = new Label();
        label.getStyleClass().add("calendar-dayname");
        label.setAlignment(Pos.CENTER);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        label.setMinWidth(0);
        // a narrow column (a 1024 pixels wide window) puts every date under its day's name, not just the long ones
        label.widthProperty().addListener((obs, old, now) -> fitDayNames());
        label.fontProperty().addListener((obs, old, now) -> fitDayNames());
        label.setTooltip(new javafx.scene.control.Tooltip());
        return label;
    }

    private static void setStyleClass(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    /** "Mon 23/11" (Danish "man. 23.11"), or with {@code between} "\n" the date under the name. */
    private String dayName(LocalDate day, DateTimeFormatter dayMonth, String between) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, messages.getLocale()) + between + dayMonth.format(day);
    }

    /**
     * Puts the date under the day's name in every column when one column's "Wed 25/11" does not fit on
     * one line, so all dates of the header take the same number of lines.
     */
    private void fitDayNames() {
        List<Label> labels = new ArrayList<>();
        for (Node child : header.getChildren()) {
            if (child instanceof Label label && label.getProperties().get(LocalDate.class) != null) {
                labels.add(label);
            }
        }
        if (labels.isEmpty() || labels.get(0).getWidth() <= 0) {
            return;
        }
        DateTimeFormatter dayMonth = messages.dateFormat("format.dayMonthNumeric");
        boolean oneLine = true;
        for (Label label : labels) {
            String text = dayName((LocalDate) label.getProperties().get(LocalDate.class), dayMonth, " ");
            double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
            oneLine &= Math.ceil(FitText.width(text, label.getFont())) <= room;
        }
        for (Label label : labels) {
            label.setText(dayName((LocalDate) label.getProperties().get(LocalDate.class), dayMonth, oneLine ? " " : "\n"));
        }
    }

    private void addShading(int i, LocalDate day, BalanceSettings balance) {
        DayOfWeek weekday = day.getDayOfWeek();
        for (TimeSpan span : balance.windows(weekday)) {
            mark("calendar-window", "calendar-window-" + day + "-" + span.startMinute(),
                    GridColumns.Spec.full(i, span.startMinute(), span.endMinute()));
        }
        for (TimeSpan span : balance.protectedTime(weekday)) {
            mark("calendar-protected", "calendar-protected-" + day + "-" + span.startMinute(),
                    GridColumns.Spec.full(i, span.startMinute(), span.endMinute()));
        }
    }

    /** The key of a reusable mark's style class in its properties. */
    private static final Object MARK = new Object();

    /**
     * Places a plain shaded region of the body (a work window, protected time, today's column, the now line) as its
     * last child so far: one of the same style class shown before ({@link #spareMarks}) or a new one. Only the
     * now line and today's column let the mouse through; a window or protected time takes presses like the grid.
     *
     * @param styleClass the region's one style class
     * @param id         its {@link dk.netdesk.ui.NodeKey} (the tests find the shading by it), or null
     */
    private void mark(String styleClass, String id, GridColumns.Spec spec) {
        java.util.ArrayDeque<Region> same = spareMarks.get(styleClass);
        Region mark = same == null ? null : same.poll();
        if (mark == null) {
            mark = new Region();
            mark.getStyleClass().add(styleClass);
            mark.getProperties().put(MARK, styleClass);
            mark.setMouseTransparent("calendar-today-column".equals(styleClass) || "calendar-now-line".equals(styleClass));
            dk.netdesk.ui.NodeKey.set(mark, id);
            body.add(mark, spec);
            return;
        }
        dk.netdesk.ui.NodeKey.set(mark, id);
        GridColumns.place(mark, spec);
        mark.toFront();
    }

    /**
     * Marks the wall-clock times the clock skips on a day (02:00–03:00 when summer time begins) with a
     * hatched band ({@link dk.netdesk.ui.NodeKey} {@code calendar-gap-<date>-<minute>}) that says so in its tooltip.
     */
    private void addGaps(int i, LocalDate day, ZoneId zone) {
        for (TimeSpan gap : WallClock.gapsOn(day, zone)) {
            Label band = new Label();
            band.getStyleClass().add("calendar-gap");
            dk.netdesk.ui.NodeKey.set(band, "calendar-gap-" + day + "-" + gap.startMinute());
            band.setMinSize(0, 0);
            String text = messages.get("calendar.gap.tooltip");
            band.setTooltip(new javafx.scene.control.Tooltip(text));
            band.setAccessibleText(text);
            body.add(band, GridColumns.Spec.full(i, gap.startMinute(), gap.endMinute()));
        }
    }

    /** True while an event is being dragged or drawn. */
    boolean isDragging() {
        return drag.isDragging();
    }

    /** A line and a label per hour, made once. */
    private List<Node> hourNodes() {
        if (hourNodes.isEmpty()) {
            for (int h = 0; h < 24; h++) {
                Region line = new Region();
                line.getStyleClass().add("calendar-hour-line");
                line.setMouseTransparent(true);
                GridColumns.place(line, GridColumns.Spec.full(-2, h * 60, h * 60));
                Text hour = new Text(dk.netdesk.ui.TimeOfDay.format(h * 60));
                hour.getStyleClass().add("calendar-hour-label");
                hour.setMouseTransparent(true);
                GridColumns.place(hour, new GridColumns.Spec(-1, h * 60, h * 60 + 60, 0, 1, false));
                hourNodes.add(line);
                hourNodes.add(hour);
            }
        }
        return hourNodes;
    }

    /** All-day events go in rows above the grid; timed ones in lanes of each day they touch. */
    private void placeEvents(List<Occurrence> occurrences, Predicate<Occurrence> breakFlag, java.util.function.BiPredicate<Occurrence, LocalDate> inProtected) {
        int[] allDayRows = new int[days.size()];
        List<List<Lanes.Placed>> timed = new ArrayList<>();
        days.forEach(d -> timed.add(new ArrayList<>()));
        for (Occurrence o : occurrences) {
            for (int i = 0; i < days.size(); i++) {
                var part = DayPart.of(o, days.get(i), zone);
                if (part.isEmpty()) {
                    continue;
                }
                if (o.row().allDay()) {
                    allDay.add(eventNodes.allDay(o, breakFlag.test(o), inProtected.test(o, days.get(i))), GridColumns.Spec.full(i, allDayRows[i], allDayRows[i] + 1));
                    allDayRows[i]++;
                } else {
                    double s = part.get().startMinute();
                    double en = part.get().endMinute();
                    timed.get(i).add(new Lanes.Placed(o, i, s, Math.min(1440, Math.max(en, s + MIN_SHOWN_MINUTES))));
                }
            }
        }
        int maxRows = 0;
        for (int rows : allDayRows) {
            maxRows = Math.max(maxRows, rows);
        }
        allDay.setRows(maxRows);
        allDay.setVisible(maxRows > 0);
        allDay.setManaged(maxRows > 0);
        int maxLanes = maxLanes();
        shownLanes = maxLanes;
        for (List<Lanes.Placed> ofDay : timed) {
            Lanes.Result lanes = Lanes.assign(ofDay, maxLanes, keptLanes(), CHIP_WIDTH);
            for (Lanes.Placed p : lanes.shown()) {
                Region node = block(p.occurrence, days.get(p.day), breakFlag.test(p.occurrence),
                        inProtected.test(p.occurrence, days.get(p.day)), p.spec());
                drag.installMove(node, p);
            }
            for (Lanes.Overflow overflow : lanes.overflows()) {
                body.add(eventNodes.more(overflow, days.get(overflow.day()), zone), overflow.spec(CHIP_WIDTH));
            }
        }
    }

    /**
     * The block of a timed event, placed by {@code spec} as the last child of the grid so far: a block of the same
     * shape that showed an event before (issue 16: it keeps its matched styles and its skins) or else a new one.
     */
    private Region block(Occurrence o, LocalDate day, boolean breakFlag, boolean inProtected, GridColumns.Spec spec) {
        java.util.ArrayDeque<EventNodes.EventBox> same = spare.get(EventNodes.shape(o, zone, breakFlag, inProtected));
        EventNodes.EventBox box = same == null ? null : same.poll();
        if (box == null) {
            box = eventNodes.timed(o, day, zone, breakFlag, inProtected);
            body.add(box, spec);
            return box;
        }
        eventNodes.fill(box, o, day, zone, breakFlag, inProtected);
        GridColumns.place(box, spec);
        // in the order of placing, as a new block would be: Tab goes through the events in that order
        box.toFront();
        return box;
    }

    private static double minutes(LocalDateTime from, LocalDateTime to) {
        return Duration.between(from, to).toMinutes();
    }
}
