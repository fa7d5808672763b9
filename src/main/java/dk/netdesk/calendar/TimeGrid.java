package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The day and week views: a header with the dates (today marked, ISO week number in the corner),
 * a row of all-day events, and a 24-hour grid with the work windows shaded, protected personal
 * time hatched, and the events placed in lanes. Dragging over empty time creates an event,
 * dragging an event moves it, dragging its lower edge resizes it; times snap to 15 minutes.
 */
final class TimeGrid {

    static final double HOUR = 40;
    static final double GUTTER = 56;
    static final int SNAP = 15;
    static final double EDGE = 6;

    /** What the grid asks of its owner. */
    interface Handler {
        void create(LocalDateTime start, LocalDateTime end);

        void move(Occurrence occurrence, LocalDateTime start, LocalDateTime end);

        void open(Occurrence occurrence);

        void delete(Occurrence occurrence);
    }

    /** Where a child sits: a day column, a minute span and a lane. */
    private record Spec(int day, double startMinute, double endMinute, int lane, int lanes, boolean fullWidth) {
    }

    private final Messages messages;
    private final Handler handler;
    private final Columns header = new Columns(false);
    private final Columns allDay = new Columns(false);
    private final Columns body = new Columns(true);
    private final ScrollPane scroll = new ScrollPane(body);
    private final VBox root;
    private List<LocalDate> days = List.of();
    private java.time.ZoneId zone = java.time.ZoneId.systemDefault();
    private Region ghost;
    private final List<Node> hourNodes = new ArrayList<>();

    TimeGrid(Messages messages, Handler handler) {
        this.messages = messages;
        this.handler = handler;
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
        body.columnsWidth.bind(body.widthProperty());
        body.setPrefHeight(24 * HOUR);
        body.setMinHeight(24 * HOUR);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("calendar-scroll");
        scroll.setId("calendar-scroll");
        root = new VBox(header, allDay, scroll);
        root.getStyleClass().add("calendar-timegrid");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        installCreateByDrag();
    }

    Node node() {
        return root;
    }

    /** Scrolls so the given hour is at the top. */
    void scrollTo(int hour) {
        scroll.layout();
        double max = body.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(max <= 0 ? 0 : Math.min(1, hour * HOUR / max));
    }

    void show(List<LocalDate> shownDays, List<Occurrence> occurrences, BalanceSettings balance, LocalDate today,
              LocalDateTime now, Predicate<Occurrence> breakFlag, Predicate<Occurrence> inProtected,
              java.time.ZoneId zone) {
        this.days = shownDays;
        this.zone = zone;
        header.clear(shownDays.size());
        allDay.clear(shownDays.size());
        body.clear(shownDays.size());
        Label week = new Label(messages.format("calendar.weekShort", CalendarViewModel.isoWeek(shownDays.get(0))));
        week.getStyleClass().add("calendar-weeknumber");
        week.setId("calendar-weeknumber");
        header.add(week, new Spec(-1, 0, 0, 0, 1, false));
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d/M", messages.getLocale());
        for (int i = 0; i < shownDays.size(); i++) {
            LocalDate day = shownDays.get(i);
            Label label = new Label(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, messages.getLocale())
                    + " " + dayMonth.format(day));
            label.getStyleClass().add("calendar-dayname");
            label.setId("calendar-day-" + day);
            if (day.equals(today)) {
                label.getStyleClass().add("today");
            }
            if (CalendarViewModel.isWeekend(day)) {
                label.getStyleClass().add("weekend");
            }
            label.setAlignment(Pos.CENTER);
            header.add(label, new Spec(i, 0, 0, 0, 1, true));
            addShading(i, day, balance);
            if (day.equals(today)) {
                Region mark = new Region();
                mark.getStyleClass().add("calendar-today-column");
                mark.setMouseTransparent(true);
                body.add(mark, new Spec(i, 0, 1440, 0, 1, true));
            }
        }
        if (hourNodes.isEmpty()) {
            for (int h = 0; h < 24; h++) {
                Region line = new Region();
                line.getStyleClass().add("calendar-hour-line");
                line.setMouseTransparent(true);
                line.getProperties().put(Spec.class, new Spec(-2, h * 60, h * 60, 0, 1, true));
                javafx.scene.text.Text hour = new javafx.scene.text.Text(String.format("%02d:00", h));
                hour.getStyleClass().add("calendar-hour-label");
                hour.setMouseTransparent(true);
                hour.getProperties().put(Spec.class, new Spec(-1, h * 60, h * 60 + 60, 0, 1, false));
                hourNodes.add(line);
                hourNodes.add(hour);
            }
        }
        // the hour grid is the same every time: reuse its nodes
        body.getChildren().addAll(hourNodes);
        int[] allDayRows = new int[shownDays.size()];
        List<Placed> placed = new ArrayList<>();
        for (Occurrence o : occurrences) {
            LocalDateTime start = o.startIn(zone);
            LocalDateTime end = o.endIn(zone);
            for (int i = 0; i < shownDays.size(); i++) {
                LocalDateTime dayStart = shownDays.get(i).atStartOfDay();
                LocalDateTime dayEnd = dayStart.plusDays(1);
                boolean overlaps = start.isBefore(dayEnd) && (end.isAfter(dayStart) || start.equals(dayStart));
                if (!overlaps) {
                    continue;
                }
                if (o.row().allDay()) {
                    Label label = eventLabel(o, breakFlag.test(o), false);
                    label.getStyleClass().add("calendar-allday-event");
                    allDay.add(label, new Spec(i, allDayRows[i], allDayRows[i] + 1, 0, 1, true));
                    allDayRows[i]++;
                    label.setOnMouseClicked(e -> {
                        if (e.getClickCount() == 2) {
                            handler.open(o);
                        }
                    });
                } else {
                    double s = start.isBefore(dayStart) ? 0 : minutes(dayStart, start);
                    double en = end.isAfter(dayEnd) ? 1440 : minutes(dayStart, end);
                    placed.add(new Placed(o, i, s, Math.max(en, s + SNAP)));
                }
            }
        }
        int maxRows = 0;
        for (int r : allDayRows) {
            maxRows = Math.max(maxRows, r);
        }
        allDay.rows = maxRows;
        allDay.setVisible(maxRows > 0);
        allDay.setManaged(maxRows > 0);
        for (int i = 0; i < shownDays.size(); i++) {
            int day = i;
            List<Placed> ofDay = placed.stream().filter(p -> p.day == day)
                    .sorted(Comparator.comparingDouble((Placed p) -> p.start).thenComparingDouble(p -> -p.end)).toList();
            layoutLanes(ofDay);
            for (Placed p : ofDay) {
                Region node = eventNode(p.occurrence, breakFlag.test(p.occurrence), inProtected.test(p.occurrence));
                body.add(node, new Spec(day, p.start, p.end, p.lane, p.lanes, false));
                installMoveByDrag(node, p);
            }
        }
        if (shownDays.contains(now.toLocalDate())) {
            Region nowLine = new Region();
            nowLine.getStyleClass().add("calendar-now-line");
            nowLine.setMouseTransparent(true);
            body.add(nowLine, new Spec(shownDays.indexOf(now.toLocalDate()), minutes(now.toLocalDate().atStartOfDay(), now),
                    minutes(now.toLocalDate().atStartOfDay(), now), 0, 1, true));
        }
        body.requestLayout();
    }

    private void addShading(int i, LocalDate day, BalanceSettings balance) {
        DayOfWeek weekday = day.getDayOfWeek();
        for (TimeSpan span : balance.windows(weekday)) {
            Region window = new Region();
            window.getStyleClass().add("calendar-window");
            window.setId("calendar-window-" + day + "-" + span.startMinute());
            body.add(window, new Spec(i, span.startMinute(), span.endMinute(), 0, 1, true));
        }
        for (TimeSpan span : balance.protectedTime(weekday)) {
            Region prot = new Region();
            prot.getStyleClass().add("calendar-protected");
            prot.setId("calendar-protected-" + day + "-" + span.startMinute());
            body.add(prot, new Spec(i, span.startMinute(), span.endMinute(), 0, 1, true));
        }
    }

    private static double minutes(LocalDateTime from, LocalDateTime to) {
        return java.time.Duration.between(from, to).toMinutes();
    }

    private static final class Placed {
        final Occurrence occurrence;
        final int day;
        final double start;
        final double end;
        int lane;
        int lanes = 1;

        Placed(Occurrence occurrence, int day, double start, double end) {
            this.occurrence = occurrence;
            this.day = day;
            this.start = start;
            this.end = end;
        }
    }

    /** Overlapping events share the column side by side. */
    private static void layoutLanes(List<Placed> sorted) {
        List<Placed> cluster = new ArrayList<>();
        double clusterEnd = -1;
        for (Placed p : sorted) {
            if (!cluster.isEmpty() && p.start >= clusterEnd) {
                finishCluster(cluster);
                cluster = new ArrayList<>();
            }
            cluster.add(p);
            clusterEnd = Math.max(clusterEnd, p.end);
        }
        finishCluster(cluster);
    }

    private static void finishCluster(List<Placed> cluster) {
        List<Double> laneEnds = new ArrayList<>();
        for (Placed p : cluster) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > p.start) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(p.end);
            } else {
                laneEnds.set(lane, p.end);
            }
            p.lane = lane;
        }
        cluster.forEach(p -> p.lanes = laneEnds.size());
    }

    private Label eventLabel(Occurrence o, boolean breakFlag, boolean prot) {
        Label label = new Label(o.title());
        label.getStyleClass().addAll("calendar-event", o.isWork() ? "work" : "personal");
        label.setMaxWidth(Double.MAX_VALUE);
        if (breakFlag) {
            label.getStyleClass().add("break-flag");
        }
        if (prot) {
            label.getStyleClass().add("in-protected");
        }
        return label;
    }

    private Region eventNode(Occurrence o, boolean breakFlag, boolean prot) {
        VBox box = new VBox();
        box.getStyleClass().addAll("calendar-event", o.isWork() ? "work" : "personal");
        box.setId("calendar-event-" + o.key().replace('@', '-').replace(':', '-'));
        box.setUserData(o);
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
        String timeText = hm.format(o.startIn(zone)) + "–" + hm.format(o.endIn(zone));
        Label title = new Label(o.title());
        title.getStyleClass().add("calendar-event-title");
        title.setWrapText(true);
        Label time = new Label(timeText);
        time.getStyleClass().add("calendar-event-time");
        box.getChildren().addAll(title, time);
        if (o.isRecurring()) {
            FontIcon repeat = new FontIcon(Material2OutlinedMZ.REPEAT);
            repeat.getStyleClass().add("calendar-event-icon");
            title.setGraphic(repeat);
        }
        StringBuilder tip = new StringBuilder(o.title()).append('\n').append(timeText)
                .append(" · ").append(messages.get(o.kind().key()));
        if (!o.row().location().isBlank()) {
            tip.append('\n').append(o.row().location());
        }
        if (breakFlag) {
            box.getStyleClass().add("break-flag");
            FontIcon warn = new FontIcon(Material2OutlinedAL.HOURGLASS_BOTTOM);
            warn.getStyleClass().add("calendar-flag-icon");
            Label flag = new Label(messages.get("calendar.legend.break"), warn);
            flag.getStyleClass().add("calendar-flag");
            flag.setId("calendar-breakflag-" + o.key().replace('@', '-').replace(':', '-'));
            box.getChildren().add(flag);
            tip.append('\n').append(messages.get("calendar.legend.break"));
        }
        if (prot) {
            box.getStyleClass().add("in-protected");
            tip.append('\n').append(messages.get("calendar.flag.protected"));
        }
        String tipText = tip.toString();
        box.setOnMouseEntered(e -> {
            if (box.getProperties().get(Tooltip.class) == null) {
                Tooltip tooltip = new Tooltip(tipText);
                box.getProperties().put(Tooltip.class, tooltip);
                Tooltip.install(box, tooltip);
            }
        });
        box.setMinSize(0, 0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(box.widthProperty());
        clip.heightProperty().bind(box.heightProperty());
        box.setClip(clip);
        box.setFocusTraversable(true);
        box.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                handler.open(o);
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                handler.delete(o);
                e.consume();
            }
        });
        return box;
    }

    // ---- mouse ------------------------------------------------------------------------------

    private double[] pressAt;

    private void installCreateByDrag() {
        body.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || isOnEvent(e) || days.isEmpty() || e.getX() < GUTTER) {
                return;
            }
            pressAt = new double[] {e.getX(), e.getY()};
            ghost = new Region();
            ghost.getStyleClass().add("calendar-ghost");
            ghost.setMouseTransparent(true);
            ghost.setVisible(false);
            body.getChildren().add(ghost);
            e.consume();
        });
        body.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressAt == null || ghost == null) {
                return;
            }
            int day = dayAt(pressAt[0]);
            double a = snap(minuteAt(pressAt[1]));
            double b = snap(minuteAt(e.getY()));
            double s = Math.min(a, b);
            double en = Math.max(Math.max(a, b), s + SNAP);
            ghost.getProperties().put(Spec.class, new Spec(day, s, en, 0, 1, false));
            ghost.setVisible(true);
            body.requestLayout();
            e.consume();
        });
        body.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressAt == null) {
                return;
            }
            double[] from = pressAt;
            pressAt = null;
            body.getChildren().remove(ghost);
            ghost = null;
            int day = dayAt(from[0]);
            double a = snap(minuteAt(from[1]));
            double b = snap(minuteAt(e.getY()));
            if (Math.abs(b - a) < SNAP) {
                if (e.getClickCount() == 2) {
                    double s = Math.floor(minuteAt(from[1]) / 60) * 60;
                    LocalDateTime start = days.get(day).atStartOfDay().plusMinutes((long) s);
                    handler.create(start, start.plusHours(1));
                }
                return;
            }
            LocalDateTime start = days.get(day).atStartOfDay().plusMinutes((long) Math.min(a, b));
            LocalDateTime end = days.get(day).atStartOfDay().plusMinutes((long) Math.max(a, b));
            e.consume();
            handler.create(start, end);
        });
    }

    private void installMoveByDrag(Region node, Placed placed) {
        double[] press = new double[2];
        boolean[] resize = new boolean[1];
        boolean[] dragged = new boolean[1];
        node.setOnMouseMoved(e -> node.setCursor(e.getY() >= node.getHeight() - EDGE ? Cursor.S_RESIZE : Cursor.HAND));
        node.setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            press[0] = e.getSceneX();
            press[1] = e.getSceneY();
            resize[0] = e.getY() >= node.getHeight() - EDGE;
            dragged[0] = false;
            node.requestFocus();
            e.consume();
        });
        node.setOnMouseDragged(e -> {
            double dx = e.getSceneX() - press[0];
            double dy = e.getSceneY() - press[1];
            if (!dragged[0] && Math.abs(dx) < 3 && Math.abs(dy) < 3) {
                return;
            }
            dragged[0] = true;
            node.getStyleClass().add("dragging");
            Spec target = dragTarget(placed, dx, dy, resize[0]);
            node.getProperties().put(Spec.class, target);
            body.requestLayout();
            e.consume();
        });
        node.setOnMouseReleased(e -> {
            e.consume();
            if (!dragged[0]) {
                if (e.getClickCount() >= 2) {
                    handler.open(placed.occurrence);
                }
                return;
            }
            dragged[0] = false;
            Spec target = dragTarget(placed, e.getSceneX() - press[0], e.getSceneY() - press[1], resize[0]);
            Occurrence o = placed.occurrence;
            LocalDateTime shownStart = o.startIn(zone);
            LocalDateTime shownEnd = o.endIn(zone);
            LocalDateTime start;
            LocalDateTime end;
            if (resize[0]) {
                start = shownStart;
                end = days.get(target.day()).atStartOfDay().plusMinutes((long) target.endMinute());
                if (!end.isAfter(start)) {
                    end = start.plusMinutes(SNAP);
                }
            } else {
                long shiftMinutes = (long) (target.startMinute() - placed.start)
                        + (long) (target.day() - placed.day) * 1440L;
                start = shownStart.plusMinutes(shiftMinutes);
                end = shownEnd.plusMinutes(shiftMinutes);
            }
            if (start.equals(shownStart) && end.equals(shownEnd)) {
                node.getProperties().put(Spec.class, new Spec(placed.day, placed.start, placed.end, placed.lane, placed.lanes, false));
                node.getStyleClass().remove("dragging");
                body.requestLayout();
                return;
            }
            handler.move(o, start, end);
        });
    }

    private Spec dragTarget(Placed placed, double dx, double dy, boolean resize) {
        double dMinutes = Math.round(dy / HOUR * 60 / SNAP) * SNAP;
        if (resize) {
            double end = Math.min(1440, Math.max(placed.start + SNAP, placed.end + dMinutes));
            return new Spec(placed.day, placed.start, end, 0, 1, false);
        }
        int dDays = days.size() <= 1 ? 0 : (int) Math.round(dx / body.columnWidth());
        int day = Math.max(0, Math.min(days.size() - 1, placed.day + dDays));
        double length = placed.end - placed.start;
        double start = Math.max(0, Math.min(1440 - length, placed.start + dMinutes));
        return new Spec(day, start, start + length, 0, 1, false);
    }

    private boolean isOnEvent(MouseEvent e) {
        Node n = e.getPickResult().getIntersectedNode();
        while (n != null && n != body) {
            if (n.getStyleClass().contains("calendar-event")) {
                return true;
            }
            n = n.getParent();
        }
        return false;
    }

    private int dayAt(double x) {
        int day = (int) Math.floor((x - GUTTER) / body.columnWidth());
        return Math.max(0, Math.min(days.size() - 1, day));
    }

    private static double minuteAt(double y) {
        return Math.max(0, Math.min(1440, y / HOUR * 60));
    }

    private static double snap(double minute) {
        return Math.round(minute / SNAP) * SNAP;
    }

    /** A pane that places its children by {@link Spec}: day columns right of the hour gutter. */
    private static final class Columns extends Pane {
        final DoubleProperty columnsWidth = new SimpleDoubleProperty();
        final boolean timed;
        int count = 1;
        int rows;

        Columns(boolean timed) {
            this.timed = timed;
            columnsWidth.addListener((obs, old, now) -> requestLayout());
        }

        void clear(int columns) {
            getChildren().clear();
            count = Math.max(1, columns);
            rows = 0;
        }

        void add(Node node, Spec spec) {
            node.getProperties().put(Spec.class, spec);
            getChildren().add(node);
        }

        double columnWidth() {
            return Math.max(10, (columnsWidth.get() - GUTTER) / count);
        }

        @Override
        protected double computePrefHeight(double width) {
            if (timed) {
                return 24 * HOUR;
            }
            return rows > 0 ? rows * 24 + 4 : 28;
        }

        @Override
        protected void layoutChildren() {
            double col = columnWidth();
            for (Node child : getChildren()) {
                Spec spec = (Spec) child.getProperties().get(Spec.class);
                if (spec == null) {
                    continue;
                }
                double x;
                double w;
                if (spec.day() == -2) {
                    x = GUTTER;
                    w = col * count;
                } else if (spec.day() == -1) {
                    x = 0;
                    w = GUTTER - 4;
                } else {
                    double laneWidth = col / spec.lanes();
                    x = GUTTER + spec.day() * col + (spec.fullWidth() ? 0 : 2 + spec.lane() * laneWidth);
                    w = spec.fullWidth() ? col : laneWidth - 4;
                }
                double y;
                double h;
                if (timed) {
                    y = spec.startMinute() / 60 * HOUR;
                    h = Math.max(spec.day() == -2 || spec.endMinute() == spec.startMinute() ? 1 : 12,
                            (spec.endMinute() - spec.startMinute()) / 60 * HOUR - (spec.day() >= 0 && !spec.fullWidth() ? 1 : 0));
                    if (spec.day() == -1) {
                        y = Math.max(0, y - 7);
                        h = 16;
                        if (!(child instanceof Region)) {
                            child.relocate(GUTTER - 8 - child.getLayoutBounds().getWidth(), y);
                            continue;
                        }
                    }
                } else if (spec.endMinute() > spec.startMinute()) {
                    y = 2 + spec.startMinute() * 24;
                    h = 22;
                    x += 1;
                    w -= 2;
                } else {
                    y = 0;
                    h = getHeight();
                }
                child.resizeRelocate(x, y, Math.max(0, w), h);
            }
        }
    }
}
