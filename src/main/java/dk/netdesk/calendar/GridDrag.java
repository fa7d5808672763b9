package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The mouse on the time grid's body: dragging over empty time creates an event (a double click
 * creates an hour), dragging an event moves it (also to another day, and past midnight into the next
 * or previous day), dragging its lower or upper edge resizes it to the line under the pointer, in the
 * column under the pointer (so an evening event can be stretched to 02:00 the next day). Times snap to {@link TimeGrid#SNAP} minutes; the owner is told through the handler.
 * Every drag shows its times as "18:00–20:00" while it runs, and Escape cancels it: the event goes back, nothing is stored.
 * Times the clock skips (a spring-forward gap) are never handed on for a new event: {@link WallClock#resolved} moves them.
 */
final class GridDrag {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ROOT); // as ui/TimeOfDay writes times

    private final GridColumns body;
    private final TimeGrid.Handler handler;
    private final Supplier<List<LocalDate>> days;
    private final Supplier<ZoneId> zone;
    private final Messages messages;
    private double[] pressAt;
    private Label ghost;
    /** Puts back what the drag in progress has changed on screen; null when no drag is in progress. */
    private Runnable cancel;
    /** Escape while a drag is in progress cancels it (a filter on the scene: the focus may be anywhere). */
    private final EventHandler<KeyEvent> escape = e -> {
        if (e.getCode() == KeyCode.ESCAPE && cancel != null) {
            Runnable undo = cancel;
            cancel = null;
            undo.run();
            e.consume();
        }
    };

    /**
     * Drag handling on {@code body}, whose columns are the current {@code days}, shown in the current {@code zone};
     * {@code messages} writes the day a dragged event ends on when that is after the day it starts.
     */
    GridDrag(GridColumns body, TimeGrid.Handler handler, Supplier<List<LocalDate>> days, Supplier<ZoneId> zone,
             Messages messages) {
        this.body = body;
        this.messages = messages;
        this.handler = handler;
        this.days = days;
        this.zone = zone;
        body.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
            }
        });
    }

    /** True while a drag (create, move or resize) is in progress. */
    boolean isDragging() {
        return cancel != null;
    }

    /**
     * Listens on the body for a drag over empty time; {@code onPress} runs when one starts (the grid
     * takes the keyboard focus, so Escape reaches it and the focus comes back there after the dialog).
     */
    void installCreate(Runnable onPress) {
        body.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || isOnEvent(e) || days.get().isEmpty() || e.getX() < TimeGrid.GUTTER) {
                return;
            }
            pressAt = new double[] {e.getX(), e.getY()};
            ghost = new Label();
            ghost.getStyleClass().add("calendar-ghost");
            ghost.setId("calendar-ghost");
            ghost.setAlignment(Pos.TOP_LEFT);
            ghost.setMinSize(0, 0);
            ghost.setMouseTransparent(true);
            ghost.setVisible(false);
            body.getChildren().add(ghost);
            cancel = this::cancelCreate;
            onPress.run();
            e.consume();
        });
        body.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressAt == null || ghost == null) {
                return;
            }
            LocalDateTime[] times = createTimes(pressAt, e.getY());
            LocalDateTime midnight = days.get().get(dayAt(pressAt[0])).atStartOfDay();
            double s = Math.max(0, Duration.between(midnight, times[0]).toMinutes());
            double en = Math.min(1440, Duration.between(midnight, times[1]).toMinutes());
            GridColumns.place(ghost, new GridColumns.Spec(dayAt(pressAt[0]), s, Math.max(en, s), 0, 1, false));
            ghost.setText(timesText(times));
            ghost.setVisible(true);
            body.requestLayout();
            e.consume();
        });
        body.addEventHandler(MouseEvent.MOUSE_RELEASED, this::releaseCreate);
    }

    private void cancelCreate() {
        pressAt = null;
        body.getChildren().remove(ghost);
        ghost = null;
        body.requestLayout();
    }

    /** The times of a new event dragged from {@code from} (x, y on the body) to the line at {@code y}, out of any gap. */
    private LocalDateTime[] createTimes(double[] from, double y) {
        LocalDateTime midnight = days.get().get(dayAt(from[0])).atStartOfDay();
        double a = snap(minuteAt(from[1]));
        double b = snap(minuteAt(y));
        double s = Math.min(a, b);
        double en = Math.max(Math.max(a, b), s + TimeGrid.SNAP);
        return WallClock.resolved(midnight.plusMinutes((long) s), midnight.plusMinutes((long) en), zone.get());
    }

    private void releaseCreate(MouseEvent e) {
        if (pressAt == null) {
            return;
        }
        double[] from = pressAt;
        cancel = null;
        cancelCreate();
        LocalDateTime midnight = days.get().get(dayAt(from[0])).atStartOfDay();
        double a = snap(minuteAt(from[1]));
        double b = snap(minuteAt(e.getY()));
        if (Math.abs(b - a) < TimeGrid.SNAP) {
            if (e.getClickCount() == 2) {
                LocalDateTime start = midnight.plusMinutes((long) (Math.floor(minuteAt(from[1]) / 60) * 60));
                LocalDateTime[] times = WallClock.resolved(start, start.plusHours(1), zone.get());
                handler.create(times[0], times[1]);
            }
            return;
        }
        e.consume();
        LocalDateTime[] times = createTimes(from, e.getY());
        handler.create(times[0], times[1]);
    }

    /** "18:00–20:00": a drag's times as every times label of the calendar writes them. */
    static String timesText(LocalDateTime[] times) {
        return HOUR_MINUTE.format(times[0]) + "–" + HOUR_MINUTE.format(times[1]);
    }

    /** What a press on an event starts: a move, or a resize by its upper or lower edge. */
    enum Grip { MOVE, TOP, BOTTOM }

    /**
     * Which grip a press at {@code y} pixels from the top of an event {@code height} pixels high takes:
     * {@link TimeGrid#EDGE} pixels at either edge resize it; on a low event (a 15-minute one is 17 pixels)
     * each edge keeps a quarter of its height, at least {@link #MIN_EDGE} pixels, so both edges can be
     * grabbed and the middle still moves it.
     */
    static Grip gripAt(double y, double height) {
        double edge = Math.max(MIN_EDGE, Math.min(TimeGrid.EDGE, height / 4));
        if (y <= edge && y < height / 2) {
            return Grip.TOP;
        }
        if (y >= height - edge) {
            return Grip.BOTTOM;
        }
        return Grip.MOVE;
    }

    /** The least height, in pixels, of the grip at either edge of a low event. */
    static final double MIN_EDGE = 3;

    /**
     * Lets the user move an event's node by dragging, or resize it by its lower or upper edge (to the
     * line the pointer is on, snapped); a double click opens it. While dragging, its times label shows
     * the new times.
     */
    void installMove(Region node, Lanes.Placed placed) {
        double[] press = new double[2];
        Grip[] grip = {Grip.MOVE};
        boolean[] dragged = new boolean[1];
        boolean[] cancelled = new boolean[1];
        String[] shownTimes = new String[1];
        node.setOnMouseMoved(e -> node.setCursor(switch (gripAt(e.getY(), node.getHeight())) {
            case BOTTOM -> Cursor.S_RESIZE;
            case TOP -> Cursor.N_RESIZE;
            case MOVE -> Cursor.HAND;
        }));
        node.setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            press[0] = e.getSceneX();
            press[1] = e.getSceneY();
            grip[0] = gripAt(e.getY(), node.getHeight());
            dragged[0] = false;
            cancelled[0] = false;
            shownTimes[0] = node.lookup(".calendar-event-time") instanceof Label label ? label.getText() : null;
            cancel = () -> {
                cancelled[0] = true;
                dragged[0] = false;
                putBack(node, placed, shownTimes[0]);
            };
            node.requestFocus();
            e.consume();
        });
        node.setOnMouseDragged(e -> {
            double dx = e.getSceneX() - press[0];
            double dy = e.getSceneY() - press[1];
            if (cancelled[0] || !dragged[0] && Math.abs(dx) < 3 && Math.abs(dy) < 3) {
                return;
            }
            dragged[0] = true;
            if (!node.getStyleClass().contains("dragging")) {
                node.getStyleClass().add("dragging");
            }
            LocalDateTime[] times = times(placed, dx, dy, e, grip[0]);
            GridColumns.place(node, shownAt(placed, times, grip[0]));
            showTimes(node, times);
            body.requestLayout();
            e.consume();
        });
        node.setOnMouseReleased(e -> {
            e.consume();
            cancel = null;
            if (cancelled[0]) {
                cancelled[0] = false;
                return;
            }
            if (!dragged[0]) {
                if (e.getClickCount() >= 2) {
                    handler.open(placed.occurrence);
                }
                return;
            }
            dragged[0] = false;
            LocalDateTime[] times = times(placed, e.getSceneX() - press[0], e.getSceneY() - press[1], e, grip[0]);
            Occurrence o = placed.occurrence;
            if (times[0].equals(o.startIn(zone.get())) && times[1].equals(o.endIn(zone.get()))) {
                putBack(node, placed, shownTimes[0]);
                return;
            }
            handler.move(o, times[0], times[1]);
        });
    }

    /** Puts a dragged event back where it was, with the times it showed before, below its title again. */
    private void putBack(Region node, Lanes.Placed placed, String shownTimes) {
        GridColumns.place(node, placed.spec());
        node.getStyleClass().removeAll("dragging");
        node.setMinHeight(0);
        if (node.lookup(".calendar-event-title") instanceof Label title) {
            title.setVisible(true);
            title.setManaged(true);
        }
        if (shownTimes != null && node.lookup(".calendar-event-time") instanceof Label label) {
            label.setText(shownTimes);
            label.setStyle("");
            label.setWrapText(false);
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setMinHeight(Region.USE_COMPUTED_SIZE);
            if (label.getParent() == node && node instanceof javafx.scene.layout.Pane box && box.getChildren().size() > 1) {
                box.getChildren().remove(label);
                box.getChildren().add(1, label);
            }
        }
        body.requestLayout();
    }

    /** The wall-clock time of the snapped line under the pointer: its column's day and minute (24:00 is the next midnight). */
    private LocalDateTime pointerTime(MouseEvent e) {
        javafx.geometry.Point2D local = body.sceneToLocal(e.getSceneX(), e.getSceneY());
        return days.get().get(dayAt(local.getX())).atStartOfDay().plusMinutes((long) snap(minuteAt(local.getY())));
    }

    /**
     * Writes the new times into the event's times label while it is dragged: "18:00–20:00", with the day it ends
     * when that is a later day ("23:30–00:30 (Thu)"). The label goes first in the block and is shown whole, inside
     * the block, whatever the block's width: it wraps (after the dash, before the day), its font gets smaller down to
     * {@link #MIN_DRAG_FONT} when a line is still too wide, and the block grows below its times when they need more
     * height than the block has (a block cut at midnight, a 15-minute event). A one-line (short) event hides its
     * title meanwhile, so the times have the whole width. {@link #putBack} undoes all of it.
     */
    private void showTimes(Region node, LocalDateTime[] times) {
        if (!(node.lookup(".calendar-event-time") instanceof Label label)) {
            return;
        }
        label.setText(dragText(times, messages));
        label.setVisible(true);
        label.setManaged(true);
        if (label.getParent() == node && node instanceof javafx.scene.layout.Pane box && box.getChildren().indexOf(label) > 0) {
            box.getChildren().remove(label);
            box.getChildren().add(0, label);
        }
        if (label.getParent() != node && node.lookup(".calendar-event-title") instanceof Label title) {
            title.setVisible(false);
            title.setManaged(false);
        }
        javafx.scene.text.Font base = (javafx.scene.text.Font) label.getProperties()
                .computeIfAbsent(DRAG_BASE_FONT, k -> label.getFont());
        double icon = label.getGraphic() == null ? 0 : label.getGraphic().getLayoutBounds().getWidth() + label.getGraphicTextGap();
        double room = node.getWidth() - node.snappedLeftInset() - node.snappedRightInset() - icon - 1;
        double size = dragFontSize(label.getText(), base, room);
        label.setStyle(size < base.getSize() ? String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", size) : "");
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.applyCss();
        double needed = node.snappedTopInset() + label.prefHeight(Math.max(1, room + icon)) + node.snappedBottomInset();
        node.setMinHeight(Math.ceil(needed));
    }

    /** The smallest font size, in pixels, the times of a dragged event are written in. */
    static final double MIN_DRAG_FONT = 8;
    private static final String DRAG_BASE_FONT = "calendar.drag.baseFont";

    /**
     * The font size (pixels) a dragged event's times are written in so that each of their pieces fits in
     * {@code room} pixels: {@code base}'s own size when they do, else smaller, down to {@link #MIN_DRAG_FONT}.
     * The pieces are where a line may wrap: "23:30–", "00:30", "(Thu)".
     */
    static double dragFontSize(String text, javafx.scene.text.Font base, double room) {
        String[] pieces = text.replace("–", "–\n").replace(" ", "\n").split("\n");
        for (double size = base.getSize(); size > MIN_DRAG_FONT; size -= 0.5) {
            javafx.scene.text.Font font = javafx.scene.text.Font.font(base.getFamily(), size);
            if (java.util.Arrays.stream(pieces).allMatch(p -> FitText.width(p, font) <= room)) {
                return size;
            }
        }
        return MIN_DRAG_FONT;
    }

    /**
     * The times a move or resize shows while it runs: "18:00–20:00" within a day; "23:30–00:30 (Thu)" (Danish
     * "23:30–00:30 (tor.)") when it ends on a later day, named by the day it ends.
     *
     * @param times {start, end}, wall-clock times in the shown zone
     */
    static String dragText(LocalDateTime[] times, Messages messages) {
        if (!times[1].toLocalDate().isAfter(times[0].toLocalDate()) || times[1].equals(times[0].toLocalDate().plusDays(1).atStartOfDay())) {
            return timesText(times);
        }
        return messages.format("calendar.drag.toDay", timesText(times),
                messages.weekday(times[1]));
    }

    /**
     * The new start and end, as wall-clock times in the shown zone, of a drag by (dx, dy) pixels that
     * ends with the pointer at {@code e}: a move shifts by the snapped distance in whole days (within the
     * shown columns) and minutes, past midnight into the next or previous day; a resize puts the dragged
     * edge on the line under the pointer, in the column under it.
     */
    private LocalDateTime[] times(Lanes.Placed placed, double dx, double dy, MouseEvent e, Grip grip) {
        Occurrence o = placed.occurrence;
        long shift = 0;
        if (grip == Grip.MOVE) {
            int count = days.get().size();
            int dDays = count <= 1 ? 0 : (int) Math.round(dx / body.columnWidth());
            dDays = Math.max(-placed.day, Math.min(count - 1 - placed.day, dDays));
            shift = dDays * 1440L + Math.round(dy / TimeGrid.HOUR * 60 / TimeGrid.SNAP) * TimeGrid.SNAP;
        }
        return dragged(o.startIn(zone.get()), o.endIn(zone.get()), grip, shift, pointerTime(e));
    }

    /**
     * The times an event [start, end) gets from a drag (wall-clock times; decision record 0024).
     *
     * @param grip  what the press took: a move, or the upper or lower edge
     * @param shift for a move, the minutes to shift by (whole days included); may cross midnight either way
     * @param line  for a resize, the time of the line under the pointer (its column's day and minute)
     * @return {start, end}: a moved event keeps its length; a resized one keeps its other edge and lasts
     *     at least {@link TimeGrid#SNAP} minutes (an edge dragged past the other stops there)
     */
    static LocalDateTime[] dragged(LocalDateTime start, LocalDateTime end, Grip grip, long shift, LocalDateTime line) {
        return switch (grip) {
            case BOTTOM -> new LocalDateTime[] {start, line.isAfter(start) ? line : start.plusMinutes(TimeGrid.SNAP)};
            case TOP -> new LocalDateTime[] {line.isBefore(end) ? line : end.minusMinutes(TimeGrid.SNAP), end};
            case MOVE -> new LocalDateTime[] {start.plusMinutes(shift), end.plusMinutes(shift)};
        };
    }

    /**
     * Where a dragged event is drawn while the drag runs: a moved one in the column of its new start
     * (the last shown column when it starts later, cut at 24:00); a resized one stays in its column,
     * from its new start (0 when it starts on an earlier day) to its new end (24:00 when it ends on a later day).
     */
    private GridColumns.Spec shownAt(Lanes.Placed placed, LocalDateTime[] times, Grip grip) {
        List<LocalDate> shown = days.get();
        if (grip == Grip.MOVE) {
            int day = shown.indexOf(times[0].toLocalDate());
            double length = placed.end - placed.start;
            if (day < 0) {
                day = times[0].toLocalDate().isBefore(shown.get(0)) ? 0 : shown.size() - 1;
                double start = day == 0 ? 0 : 1440 - length;
                return new GridColumns.Spec(day, start, start + length, 0, 1, false);
            }
            double start = times[0].getHour() * 60 + times[0].getMinute();
            return new GridColumns.Spec(day, start, Math.min(1440, start + length), 0, 1, false);
        }
        LocalDateTime midnight = shown.get(placed.day).atStartOfDay();
        double start = Math.max(0, Math.min(1440, Duration.between(midnight, times[0]).toMinutes()));
        double end = Math.max(start, Math.min(1440, Duration.between(midnight, times[1]).toMinutes()));
        return new GridColumns.Spec(placed.day, start, end, 0, 1, false);
    }

    private boolean isOnEvent(MouseEvent e) {
        Node n = e.getPickResult().getIntersectedNode();
        while (n != null && n != body) {
            if (n.getStyleClass().contains("calendar-event") || n.getStyleClass().contains("calendar-more")) {
                return true;
            }
            n = n.getParent();
        }
        return false;
    }

    private int dayAt(double x) {
        int day = (int) Math.floor((x - TimeGrid.GUTTER) / body.columnWidth());
        return Math.max(0, Math.min(days.get().size() - 1, day));
    }

    private static double minuteAt(double y) {
        return Math.max(0, Math.min(1440, y / TimeGrid.HOUR * 60));
    }

    private static double snap(double minute) {
        return Math.round(minute / TimeGrid.SNAP) * TimeGrid.SNAP;
    }
}
