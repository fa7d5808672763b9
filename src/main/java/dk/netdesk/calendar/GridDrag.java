package dk.netdesk.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The mouse on the time grid's body: dragging over empty time creates an event (a double click
 * creates an hour), dragging an event moves it (also to another day), dragging its lower or upper
 * edge resizes it to the line under the pointer. Times snap to {@link TimeGrid#SNAP} minutes; the owner is told through the handler.
 */
final class GridDrag {

    private final GridColumns body;
    private final TimeGrid.Handler handler;
    private final Supplier<List<LocalDate>> days;
    private final Supplier<ZoneId> zone;
    private double[] pressAt;
    private Region ghost;

    /** Drag handling on {@code body}, whose columns are the current {@code days}, shown in the current {@code zone}. */
    GridDrag(GridColumns body, TimeGrid.Handler handler, Supplier<List<LocalDate>> days, Supplier<ZoneId> zone) {
        this.body = body;
        this.handler = handler;
        this.days = days;
        this.zone = zone;
    }

    /** Listens on the body for a drag over empty time. */
    void installCreate() {
        body.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || isOnEvent(e) || days.get().isEmpty() || e.getX() < TimeGrid.GUTTER) {
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
            double a = snap(minuteAt(pressAt[1]));
            double b = snap(minuteAt(e.getY()));
            double s = Math.min(a, b);
            double en = Math.max(Math.max(a, b), s + TimeGrid.SNAP);
            GridColumns.place(ghost, new GridColumns.Spec(dayAt(pressAt[0]), s, en, 0, 1, false));
            ghost.setVisible(true);
            body.requestLayout();
            e.consume();
        });
        body.addEventHandler(MouseEvent.MOUSE_RELEASED, this::releaseCreate);
    }

    private void releaseCreate(MouseEvent e) {
        if (pressAt == null) {
            return;
        }
        double[] from = pressAt;
        pressAt = null;
        body.getChildren().remove(ghost);
        ghost = null;
        LocalDateTime midnight = days.get().get(dayAt(from[0])).atStartOfDay();
        double a = snap(minuteAt(from[1]));
        double b = snap(minuteAt(e.getY()));
        if (Math.abs(b - a) < TimeGrid.SNAP) {
            if (e.getClickCount() == 2) {
                LocalDateTime start = midnight.plusMinutes((long) (Math.floor(minuteAt(from[1]) / 60) * 60));
                handler.create(start, start.plusHours(1));
            }
            return;
        }
        e.consume();
        handler.create(midnight.plusMinutes((long) Math.min(a, b)), midnight.plusMinutes((long) Math.max(a, b)));
    }

    /** What a press on an event starts: a move, or a resize by its upper or lower edge. */
    enum Grip { MOVE, TOP, BOTTOM }

    /** Which grip a press at {@code y} pixels from the top of an event {@code height} pixels high takes. */
    static Grip gripAt(double y, double height) {
        if (y >= height - TimeGrid.EDGE) {
            return Grip.BOTTOM;
        }
        // a low event keeps its top for moving: only the lower edge resizes it
        return y <= TimeGrid.EDGE && height >= 3 * TimeGrid.EDGE ? Grip.TOP : Grip.MOVE;
    }

    /**
     * Lets the user move an event's node by dragging, or resize it by its lower or upper edge (to the
     * line the pointer is on, snapped); a double click opens it. While dragging, its times label shows
     * the new times.
     */
    void installMove(Region node, Lanes.Placed placed) {
        double[] press = new double[2];
        Grip[] grip = {Grip.MOVE};
        boolean[] dragged = new boolean[1];
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
            GridColumns.Spec target = target(placed, dx, dy, pointerMinute(e), grip[0]);
            GridColumns.place(node, target);
            showTimes(node, times(placed, target, grip[0]));
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
            GridColumns.Spec target = target(placed, e.getSceneX() - press[0], e.getSceneY() - press[1], pointerMinute(e), grip[0]);
            drop(node, placed, times(placed, target, grip[0]));
        });
    }

    /** The minute of the day under the pointer (0 to 1440). */
    private double pointerMinute(MouseEvent e) {
        return minuteAt(body.sceneToLocal(e.getSceneX(), e.getSceneY()).getY());
    }

    /** Writes "18:00–20:00" into the event's times label while it is dragged. */
    private static void showTimes(Region node, LocalDateTime[] times) {
        if (node.lookup(".calendar-event-time") instanceof javafx.scene.control.Label label) {
            java.time.format.DateTimeFormatter hm = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
            label.setText(hm.format(times[0]) + "–" + hm.format(times[1]));
        }
    }

    /** The new start and end, as wall-clock times in the shown zone, of a drag to {@code target}. */
    private LocalDateTime[] times(Lanes.Placed placed, GridColumns.Spec target, Grip grip) {
        Occurrence o = placed.occurrence;
        LocalDateTime shownStart = o.startIn(zone.get());
        LocalDateTime shownEnd = o.endIn(zone.get());
        LocalDateTime midnight = days.get().get(target.day()).atStartOfDay();
        return switch (grip) {
            case BOTTOM -> {
                LocalDateTime end = midnight.plusMinutes((long) target.endMinute());
                yield new LocalDateTime[] {shownStart, end.isAfter(shownStart) ? end : shownStart.plusMinutes(TimeGrid.SNAP)};
            }
            case TOP -> {
                LocalDateTime start = midnight.plusMinutes((long) target.startMinute());
                yield new LocalDateTime[] {start.isBefore(shownEnd) ? start : shownEnd.minusMinutes(TimeGrid.SNAP), shownEnd};
            }
            case MOVE -> {
                long shift = (long) (target.startMinute() - placed.start) + (long) (target.day() - placed.day) * 1440L;
                yield new LocalDateTime[] {shownStart.plusMinutes(shift), shownEnd.plusMinutes(shift)};
            }
        };
    }

    /** Tells the handler the new times, or puts the node back when they did not change. */
    private void drop(Region node, Lanes.Placed placed, LocalDateTime[] times) {
        Occurrence o = placed.occurrence;
        if (times[0].equals(o.startIn(zone.get())) && times[1].equals(o.endIn(zone.get()))) {
            GridColumns.place(node, placed.spec());
            node.getStyleClass().remove("dragging");
            body.requestLayout();
            return;
        }
        handler.move(o, times[0], times[1]);
    }

    /**
     * Where a drag puts the event. A resize puts the dragged edge on the line under the pointer
     * ({@code pointer}, minutes of the day, snapped); a move shifts the event by the snapped
     * distance (dx, dy pixels) in whole days and minutes, inside the grid.
     */
    private GridColumns.Spec target(Lanes.Placed placed, double dx, double dy, double pointer, Grip grip) {
        double line = snap(pointer);
        if (grip == Grip.BOTTOM) {
            double end = Math.min(1440, Math.max(placed.start + TimeGrid.SNAP, line));
            return new GridColumns.Spec(placed.day, placed.start, end, 0, 1, false);
        }
        if (grip == Grip.TOP) {
            double end = placed.end;
            double start = Math.max(0, Math.min(end - TimeGrid.SNAP, line));
            return new GridColumns.Spec(placed.day, start, end, 0, 1, false);
        }
        double dMinutes = Math.round(dy / TimeGrid.HOUR * 60 / TimeGrid.SNAP) * TimeGrid.SNAP;
        int count = days.get().size();
        int dDays = count <= 1 ? 0 : (int) Math.round(dx / body.columnWidth());
        int day = Math.max(0, Math.min(count - 1, placed.day + dDays));
        double length = placed.end - placed.start;
        double start = Math.max(0, Math.min(1440 - length, placed.start + dMinutes));
        return new GridColumns.Spec(day, start, start + length, 0, 1, false);
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
