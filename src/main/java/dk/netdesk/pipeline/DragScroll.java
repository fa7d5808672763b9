package dk.netdesk.pipeline;

import java.util.Collection;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.DragEvent;
import javafx.util.Duration;

/**
 * Scrolls the board while a card is dragged and held near an edge: near the board's left or right edge
 * the columns scroll sideways, near a column's top or bottom edge its cards scroll, for as long as the
 * pointer stays there (a timeline ticks while it is held; drag events alone stop when the mouse rests).
 * The nearer the edge, the faster. It stops when the pointer leaves the edge, leaves the board, or the
 * card is dropped. Only drags that carry a card ({@link PipelineDragFormats#CONTACT_ID}) scroll.
 */
final class DragScroll {

    /** How near an edge, in pixels, the pointer starts the scrolling. */
    static final double EDGE = 48;
    /** The most the board scrolls in one tick, in pixels (at the very edge). */
    private static final double STEP = 24;

    private final ScrollPane board;
    private final Supplier<Collection<ListView<Card>>> lists;
    private final Timeline ticks = new Timeline();
    /** Pixels to scroll sideways on each tick: negative to the left; 0 when not near the left or right edge. */
    private double sideways;
    /** Pixels to scroll the column {@link #column} on each tick: negative upwards. */
    private double downwards;
    private ListView<Card> column;

    /**
     * @param board the scroll pane holding the columns side by side
     * @param lists the columns' card lists as shown now
     */
    private DragScroll(ScrollPane board, Supplier<Collection<ListView<Card>>> lists) {
        this.board = board;
        this.lists = lists;
        ticks.getKeyFrames().add(new KeyFrame(Duration.millis(20), e -> tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    /** Makes {@code board} scroll while a card dragged over it is held near one of its edges or a column's. */
    static void install(ScrollPane board, Supplier<Collection<ListView<Card>>> lists) {
        DragScroll scroll = new DragScroll(board, lists);
        board.addEventFilter(DragEvent.DRAG_OVER, scroll::over);
        board.addEventFilter(DragEvent.DRAG_DROPPED, e -> scroll.stop());
        board.addEventFilter(DragEvent.DRAG_DONE, e -> scroll.stop());
        board.addEventHandler(DragEvent.DRAG_EXITED, e -> scroll.stop());
    }

    private void over(DragEvent e) {
        if (!e.getDragboard().hasContent(PipelineDragFormats.CONTACT_ID)) {
            return;
        }
        Point2D at = board.sceneToLocal(e.getSceneX(), e.getSceneY());
        sideways = speed(at.getX(), board.getWidth());
        downwards = 0;
        column = null;
        for (ListView<Card> list : lists.get()) {
            Point2D in = list.sceneToLocal(e.getSceneX(), e.getSceneY());
            if (in != null && list.getLayoutBounds().contains(in)) {
                column = list;
                downwards = speed(in.getY(), list.getHeight());
            }
        }
        if (sideways == 0 && downwards == 0) {
            stop();
        } else if (ticks.getStatus() != Animation.Status.RUNNING) {
            ticks.play();
        }
    }

    /** Pixels per tick for a pointer at {@code at} in a length of {@code length}: negative near its start, positive near its end. */
    private static double speed(double at, double length) {
        if (length <= 3 * EDGE) {
            return 0;
        }
        if (at < EDGE) {
            return -STEP * (EDGE - Math.max(0, at)) / EDGE - 1;
        }
        if (at > length - EDGE) {
            return STEP * (Math.min(length, at) - (length - EDGE)) / EDGE + 1;
        }
        return 0;
    }

    private void tick() {
        if (sideways != 0) {
            Bounds viewport = board.getViewportBounds();
            double room = board.getContent().getLayoutBounds().getWidth() - viewport.getWidth();
            if (room > 0) {
                double hvalue = board.getHvalue() + sideways / room * (board.getHmax() - board.getHmin());
                board.setHvalue(Math.max(board.getHmin(), Math.min(board.getHmax(), hvalue)));
            }
        }
        if (downwards != 0 && column != null) {
            Node flow = column.lookup(".virtual-flow");
            if (flow instanceof VirtualFlow<?> cells) {
                cells.scrollPixels(downwards);
            }
        }
    }

    private void stop() {
        ticks.stop();
        sideways = 0;
        downwards = 0;
        column = null;
    }
}
