package dk.netdesk.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps a table's texts whole. {@link #headers} makes each column at least as wide as its header text needs in
 * the header's own font and padding (plus room for the sort arrow on a sortable column), so no header is shown
 * shortened ("Størr…"); {@link #contents} does the same for every cell shown. Measured after each layout of the
 * window the table is in, in the fonts the style sheets gave; a column's least width only grows (never below
 * what was set elsewhere). When the columns' least widths add up to more than the table is wide, the table
 * scrolls sideways (a constrained table is made unconstrained meanwhile, as only that shows the scroll bar). A language switch rebuilds the views, which call these again with the new texts.
 */
public final class ColumnFit {

    /** Room, in pixels, kept beside a sortable column's header text for its sort arrow. */
    private static final double SORT_ARROW = 16;
    /** Pixels added to each measure: a text exactly as wide as its room may still be shortened by rounding. */
    private static final double SLACK = 3;

    /** The key under which a node keeps its last {@link Measure}. */
    private static final String MEASURED = "nd-column-fit-measured";
    /** The key under which a table made unconstrained keeps its own column resize policy. */
    private static final String OWN_POLICY = "nd-column-fit-own-policy";
    /** The key under which a table made unconstrained keeps the width (a Double) its columns took then. */
    private static final String TAKEN = "nd-column-fit-taken";

    private ColumnFit() {
    }

    /**
     * Makes each of {@code table}'s leaf columns at least as wide as its header text, while the table is in a
     * window. Call once, on the JavaFX thread, when the table is built.
     */
    public static void headers(TableView<?> table) {
        afterEachLayout(table, () -> {
            fitHeaders(table);
            scrollWhenTooNarrow(table);
        });
    }

    /**
     * {@link #headers} and also makes each column at least as wide as the widest cell shown in it (its text and
     * graphic at their preferred widths). Call once, on the JavaFX thread, when the table is built.
     */
    public static void contents(TableView<?> table) {
        afterEachLayout(table, () -> {
            fitHeaders(table);
            fitCells(table);
            scrollWhenTooNarrow(table);
        });
    }

    /**
     * A constrained table (its columns fill its width) has no horizontal scroll bar: while its columns' least
     * widths add up to more than it is wide, it is made unconstrained, and it gets its own policy back once they fit.
     * It is also made unconstrained while its columns, as laid out, take more than its width (a least width that
     * grew after the policy ran leaves them a few pixels too wide, the last header past the right edge with no
     * scroll bar), and it is constrained again only once it is as wide as they took then.
     */
    private static void scrollWhenTooNarrow(TableView<?> table) {
        Object own = table.getProperties().get(OWN_POLICY);
        javafx.util.Callback<TableView.ResizeFeatures, Boolean> policy = table.getColumnResizePolicy();
        if (own == null && policy == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            return;
        }
        double least = 0;
        for (TableColumnBase<?, ?> column : table.getVisibleLeafColumns()) {
            least += column.getMinWidth();
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        for (Node bar : table.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar scroll && scroll.isVisible()
                    && scroll.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                room -= scroll.getWidth();
            }
        }
        // What the columns take as laid out: a constrained policy may leave them a few pixels wider than the
        // table (their least widths grew after it ran), which would put the last header past the right edge.
        double taken = 0;
        for (TableColumnBase<?, ?> column : table.getVisibleLeafColumns()) {
            taken += column.getWidth();
        }
        if (own == null && (least > room + 0.5 || taken > room + 0.5)) {
            table.getProperties().put(OWN_POLICY, policy);
            table.getProperties().put(TAKEN, Math.max(least, taken));
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        } else if (own != null && least <= room - 0.5
                && !(table.getProperties().get(TAKEN) instanceof Double was && was > room - 0.5)) {
            table.getProperties().remove(OWN_POLICY);
            table.getProperties().remove(TAKEN);
            @SuppressWarnings("unchecked")
            javafx.util.Callback<TableView.ResizeFeatures, Boolean> back =
                    (javafx.util.Callback<TableView.ResizeFeatures, Boolean>) own;
            table.setColumnResizePolicy(back);
        }
    }

    private static void afterEachLayout(TableView<?> table, Runnable fit) {
        Runnable[] listener = {null};
        table.sceneProperty().addListener((obs, old, now) -> {
            if (old != null && listener[0] != null) {
                old.removePostLayoutPulseListener(listener[0]);
            }
            listen(table, now, fit, listener);
        });
        listen(table, table.getScene(), fit, listener);
    }

    private static void listen(TableView<?> table, Scene scene, Runnable fit, Runnable[] listener) {
        if (scene == null) {
            listener[0] = null;
            return;
        }
        listener[0] = () -> {
            if (table.getSkin() != null && table.isVisible()) {
                fit.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Grows each leaf column to its header text; true when a least width grew. */
    private static boolean fitHeaders(TableView<?> table) {
        boolean grew = false;
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.getTableColumn().getColumns().isEmpty()) {
                for (Node child : header.getChildrenUnmodifiable()) {
                    if (child instanceof Label label) {
                        TableColumnBase<?, ?> column = header.getTableColumn();
                        double needed = measured(label, column.getText(), label.getFont()) + label.snappedLeftInset()
                                + label.snappedRightInset() + header.snappedLeftInset() + header.snappedRightInset()
                                + (column.isSortable() && table.getSortPolicy() != null ? SORT_ARROW : 0);
                        grew |= grow(column, needed);
                    }
                }
            }
        }
        return grew;
    }

    /** Grows each column to its shown cells; true when a least width grew. */
    private static boolean fitCells(TableView<?> table) {
        boolean grew = false;
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && !cell.isEmpty()
                    && cell.getTableColumn() != null && cell.getTableView() == table) {
                String text = cell.getText();
                boolean hasText = text != null && !text.isEmpty();
                Node graphic = cell.getGraphic();
                boolean hasGraphic = graphic != null && graphic.isVisible() && graphic.isManaged();
                double needed = (hasText ? measured(cell, text, cell.getFont()) : 0)
                        + (hasGraphic ? graphic.prefWidth(-1) : 0)
                        + (hasText && hasGraphic ? cell.getGraphicTextGap() : 0)
                        + cell.snappedLeftInset() + cell.snappedRightInset();
                grew |= grow(cell.getTableColumn(), needed);
            }
        }
        return grew;
    }

    private static boolean grow(TableColumnBase<?, ?> column, double needed) {
        // never past the column's own cap (a long name column shortens its texts with "…" instead)
        double least = Math.min(Math.ceil(needed + SLACK), column.getMaxWidth());
        if (column.getMinWidth() < least) {
            column.setMinWidth(least);
            return true;
        }
        return false;
    }

    /** {@link #width}, kept on {@code node} while its text and font stay the same (this runs after every layout). */
    private static double measured(Node node, String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        if (node.getProperties().get(MEASURED) instanceof Measure last && last.text().equals(text)
                && last.font() == font) {
            return last.width();
        }
        double width = width(text, font);
        node.getProperties().put(MEASURED, new Measure(text, font, width));
        return width;
    }

    private record Measure(String text, Font font, double width) {
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
