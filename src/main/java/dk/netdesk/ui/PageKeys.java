package dk.netdesk.ui;

import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Page Down / Page Up on a focused scroll pane scroll it by a page, its visible height (JavaFX's own keys move it by a
 * tenth of its range or less: a line on a long list), Home / End to its top / bottom. Keys aimed at a control inside
 * (a text area's own Page Down) are left to it.
 */
public final class PageKeys {

    private PageKeys() {
    }

    /** Installs the keys on {@code scroll}; returns it. */
    public static ScrollPane install(ScrollPane scroll) {
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() != scroll || e.isShiftDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            double range = scroll.getVmax() - scroll.getVmin();
            double view = scroll.getViewportBounds().getHeight();
            double extra = scroll.getContent() == null ? 0 : scroll.getContent().getLayoutBounds().getHeight() - view;
            if (extra <= 0 || range <= 0) {
                return;
            }
            double page = view / extra * range;
            double to = switch (e.getCode()) {
                case PAGE_DOWN -> scroll.getVvalue() + page;
                case PAGE_UP -> scroll.getVvalue() - page;
                case HOME -> scroll.getVmin();
                case END -> scroll.getVmax();
                default -> Double.NaN;
            };
            if (!Double.isNaN(to)) {
                scroll.setVvalue(Math.max(scroll.getVmin(), Math.min(scroll.getVmax(), to)));
                e.consume();
            }
        });
        return scroll;
    }
}
