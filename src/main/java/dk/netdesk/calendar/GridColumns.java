package dk.netdesk.calendar;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * A pane of the time grid that places each child by its {@link Spec}: day columns right of the
 * hour gutter. A timed pane (the 24-hour body) maps minutes to height ({@link TimeGrid#HOUR} per
 * hour); an untimed one (the header, the all-day row) stacks rows of 24 pixels.
 */
final class GridColumns extends Pane {

    /**
     * Where a child sits. {@code day} is a column index, or -1 for the hour gutter, or -2 for the
     * whole width right of the gutter; minutes are of the day (an untimed pane reads them as rows);
     * {@code lane} of {@code lanes} splits a column between overlapping events.
     */
    record Spec(int day, double startMinute, double endMinute, int lane, int lanes, boolean fullWidth, double reserve) {

        /**
         * A child without a strip kept free. With {@code reserve} > 0 (pixels), the lanes share the column
         * less that strip at its right, and lane number {@code lanes} is the strip itself (the "+N" chip).
         */
        Spec(int day, double startMinute, double endMinute, int lane, int lanes, boolean fullWidth) {
            this(day, startMinute, endMinute, lane, lanes, fullWidth, 0);
        }

        /** A span of one whole column, or of the whole width when {@code day} is -2. */
        static Spec full(int day, double startMinute, double endMinute) {
            return new Spec(day, startMinute, endMinute, 0, 1, true);
        }
    }

    /** The width the columns share with the gutter; bound to the body's width so all panes align. */
    final DoubleProperty columnsWidth = new SimpleDoubleProperty();
    private final boolean timed;
    private int count = 1;
    private int rows;

    GridColumns(boolean timed) {
        this.timed = timed;
        columnsWidth.addListener((obs, old, now) -> requestLayout());
    }

    /** Removes every child and sets the number of day columns. */
    void clear(int columns) {
        getChildren().clear();
        count = Math.max(1, columns);
        rows = 0;
    }

    /**
     * Removes every child but those in {@code keep} (which stay, in their order, at the start) and sets the number of
     * day columns.
     */
    void clearExcept(int columns, java.util.Set<Node> keep) {
        getChildren().removeIf(child -> !keep.contains(child));
        count = Math.max(1, columns);
        rows = 0;
    }

    /** Sets the number of rows of an untimed pane (its height). */
    void setRows(int rows) {
        this.rows = rows;
    }

    void add(Node node, Spec spec) {
        place(node, spec);
        getChildren().add(node);
    }

    /** Moves a child already in the pane; the next layout pass shows it there. */
    static void place(Node node, Spec spec) {
        node.getProperties().put(Spec.class, spec);
    }

    double columnWidth() {
        return Math.max(10, (columnsWidth.get() - TimeGrid.GUTTER) / count);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (timed) {
            return 24 * TimeGrid.HOUR;
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
                x = TimeGrid.GUTTER;
                w = col * count;
            } else if (spec.day() == -1) {
                x = 0;
                w = TimeGrid.GUTTER - 4;
            } else {
                double laneWidth = (col - spec.reserve()) / spec.lanes();
                x = TimeGrid.GUTTER + spec.day() * col + (spec.fullWidth() ? 0 : 2 + spec.lane() * laneWidth);
                w = spec.fullWidth() ? col : spec.lane() == spec.lanes() ? spec.reserve() - 4 : laneWidth - 4;
            }
            if (timed) {
                layoutTimed(child, spec, x, w);
            } else if (spec.endMinute() > spec.startMinute()) {
                // a child spanning several rows (a holiday name on two lines) is as tall as its text needs, within them
                double span = (spec.endMinute() - spec.startMinute()) * 24 - 2;
                double height = Math.min(span, Math.max(22, child.prefHeight(Math.max(0, w - 2))));
                child.resizeRelocate(x + 1, 2 + spec.startMinute() * 24, Math.max(0, w - 2), height);
            } else {
                child.resizeRelocate(x, 0, Math.max(0, w), getHeight());
            }
        }
    }

    private void layoutTimed(Node child, Spec spec, double x, double w) {
        double y = spec.startMinute() / 60 * TimeGrid.HOUR;
        double h = Math.max(spec.day() == -2 || spec.endMinute() == spec.startMinute() ? 1 : 12,
                (spec.endMinute() - spec.startMinute()) / 60 * TimeGrid.HOUR - (spec.day() >= 0 && !spec.fullWidth() ? 1 : 0));
        if (spec.day() == -1) {
            y = Math.max(0, y - 7);
            h = 16;
            if (!(child instanceof Region)) {
                child.relocate(TimeGrid.GUTTER - 8 - child.getLayoutBounds().getWidth(), y);
                return;
            }
        }
        if (child instanceof Region r && r.getStyleClass().contains("dragging") && r.getMinHeight() > h) {
            // a dragged event grows below its times when they need more room than its time span (GridDrag)
            h = r.getMinHeight();
        }
        child.resizeRelocate(x, y, Math.max(0, w), h);
    }
}
