package dk.netdesk.ui;

import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps every dialog whole on its screen with its buttons visible ({@link #onScreen}): the dialog is never
 * wider or taller than the screen's usable area and lies inside it; content that cannot fit scrolls above
 * the button row instead of pushing it off the screen; and when the content grows after the dialog is shown
 * (an error message, a summary, a list that appears) the window grows with it, up to the screen. Also gives
 * dialog contents the app's padding (content with no padding of its own gets {@link #PADDING}), every dialog the app's stylesheet, and the keys of {@link DialogKeys}.
 */
public final class DialogFit {

    /** The padding around every dialog's content, in pixels: the same on all sides. */
    public static final Insets PADDING = new Insets(12);

    /**
     * Put in a content node's {@code getProperties()} with the value {@code true} when the node scrolls its
     * own parts (the print preview's options column): {@link #onScreen} then leaves it unwrapped.
     */
    public static final String SCROLLS_ITSELF = "dk.netdesk.dialogfit.scrollsItself";

    /**
     * Put in a dialog pane's {@code getProperties()} with the value {@code true} when the dialog puts the focus
     * where it wants itself, on a button of its button row (the calendar import opened with a dropped file focuses
     * Import): {@link #onScreen} then does not move it to the first field.
     */
    public static final String OWN_FOCUS = "dk.netdesk.dialogfit.ownFocus";

    private static final String STYLESHEET = DialogFit.class.getResource("dialog-fit.css").toExternalForm();
    private static final String FOLLOWING = "dk.netdesk.dialogfit.following";

    private DialogFit() {
    }

    /** Sets {@link #PADDING} on {@code content}; returns it. */
    public static <T extends Region> T pad(T content) {
        content.setPadding(PADDING);
        return content;
    }

    /**
     * Makes {@code dialog} keep to its screen from now on (see the class comment): wraps its content, now and
     * whenever it is replaced, in {@link #scrolling}, unless the content is marked {@link #SCROLLS_ITSELF};
     * fits and places the window when it is shown; grows it after layouts that need more height. Call once,
     * before or after showing it; returns {@code dialog}. Adds the app's stylesheet ({@link Theme#APP_STYLESHEET})
     * to the dialog pane when it lacks it.
     */
    public static <D extends Dialog<?>> D onScreen(D dialog) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.getProperties().put(FOLLOWING, Boolean.TRUE) != null) {
            return dialog;
        }
        // the app's shared styles (red field messages, muted text) reach every dialog's own window, first so
        // that a dialog's own stylesheet can still change them
        if (!pane.getStylesheets().contains(Theme.APP_STYLESHEET)) {
            pane.getStylesheets().add(0, Theme.APP_STYLESHEET);
        }
        // Enter that picks an item in an open list does not also press the default button; Space opens a list
        DialogKeys.install(pane);
        // a click shows no focus ring on buttons and toggles, a key does (decision 0048)
        PointerFocus.install(pane);
        // the first field has the focus as the dialog opens, not the default button (decision 0042)
        firstFieldFocused(dialog);
        wrap(pane);
        pane.contentProperty().addListener((obs, old, now) -> wrap(pane));
        Runnable check = () -> {
            if (!grow(pane)) {
                tooBig(pane);
            }
        };
        pane.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(check);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(check);
            }
        });
        if (pane.getScene() != null) {
            pane.getScene().addPostLayoutPulseListener(check);
        }
        // showAndWait() fires DIALOG_SHOWN before the window is shown and sized: the window's own event too
        EventHandler<WindowEvent> shown = e -> place((Window) e.getSource());
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
            if (window != null && window.isShowing()) {
                place(window);
            }
        });
        if (pane.getScene() != null && pane.getScene().getWindow() != null) { // a dialog's window exists from the start
            pane.getScene().getWindow().addEventHandler(WindowEvent.WINDOW_SHOWN, shown);
        }
        return dialog;
    }

    /**
     * Makes {@code dialog} open with the keyboard focus on its first field (its first input: a text field, list,
     * choice, check box…; without one, the first focusable node of its content, such as "Choose file…"), not on its
     * default button, where Space would press it and typed text would go nowhere. A dialog that put the focus in
     * its content itself keeps it; a dialog with nothing focusable in its content (a pure confirmation) keeps the
     * button it chose (Cancel for a destructive one). Done when the window shows, once more after the events then
     * queued, and when the window first takes the keyboard; never after that, so a later Tab is never undone.
     */
    private static void firstFieldFocused(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        boolean[] focusedOnce = new boolean[1];
        Runnable focus = () -> {
            if (Boolean.TRUE.equals(pane.getProperties().get(OWN_FOCUS)) || pane.getScene() == null
                    || pane.getContent() == null) {
                return;
            }
            Node owner = pane.getScene().getFocusOwner();
            if (owner != null && owner != pane && !KeyboardFocus.inButtonBar(owner)) {
                return; // in the content already: the dialog's own choice, or where the user went
            }
            pane.applyCss();
            KeyboardFocus.firstInput(pane.getContent()).or(() -> KeyboardFocus.firstFocusable(pane.getContent()))
                    .ifPresent(KeyboardFocus::request);
        };
        EventHandler<WindowEvent> shown = e -> {
            focus.run();
            javafx.application.Platform.runLater(focus);
        };
        javafx.beans.value.ChangeListener<Boolean> firstKeyboard = (obs, was, now) -> {
            if (now && !focusedOnce[0]) {
                focusedOnce[0] = true;
                focus.run();
            }
        };
        if (pane.getScene() != null && pane.getScene().getWindow() != null) {
            Window window = pane.getScene().getWindow();
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, shown);
            window.focusedProperty().addListener(firstKeyboard);
        } else {
            dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
                focus.run();
                javafx.application.Platform.runLater(focus);
            });
        }
    }

    /**
     * {@code content} in a borderless scroll pane that lays it out as a dialog pane would (its full width, and
     * its full height when its preferred height fits) and scrolls up and down when the space is lower than the
     * content's preferred height; it never scrolls sideways. Its minimum height is small, so a dialog holding it
     * can always shrink to the screen; its minimum width is the content's, but never more than the screen's.
     * Wrapped labels inside keep wrapping at the visible width. The focused field is kept in sight
     * ({@link ScrollIntoView#follow}).
     */
    public static ScrollPane scrolling(Node content) {
        return new FitScroll(content);
    }

    private static void wrap(DialogPane pane) {
        Node content = pane.getContent();
        if (content == null || content instanceof FitScroll
                || Boolean.TRUE.equals(content.getProperties().get(SCROLLS_ITSELF))) {
            return;
        }
        // content built with no padding of its own would touch the dialog's edges: it gets the app's padding
        if (content instanceof Region region && Insets.EMPTY.equals(region.getPadding())) {
            region.setPadding(PADDING);
        }
        pane.setContent(new FitScroll(content));
    }

    /** Moves and shrinks {@code window} so it lies inside the visual bounds of the screen it is (mostly) on. */
    static void place(Window window) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D fitted = ScreenFit.fit(window.getX(), window.getY(), window.getWidth(), window.getHeight(),
                screens, Screen.getPrimary().getVisualBounds());
        if (fitted.getWidth() < window.getWidth() - 0.5 || fitted.getHeight() < window.getHeight() - 0.5) {
            resize(window, fitted.getWidth(), fitted.getHeight());
        }
        if (Math.abs(fitted.getMinX() - window.getX()) > 0.5) {
            window.setX(fitted.getMinX());
        }
        if (Math.abs(fitted.getMinY() - window.getY()) > 0.5) {
            window.setY(fitted.getMinY());
        }
    }

    /** The visual bounds of the screen {@code scene}'s window is mostly on; the primary screen's when unknown. */
    private static Rectangle2D screenOf(Scene scene) {
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || Double.isNaN(window.getX()) || Double.isNaN(window.getWidth())) {
            return Screen.getPrimary().getVisualBounds();
        }
        return Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }

    /**
     * Sets both sides together, so they reach the system in one request: a height set alone, just after the
     * window is shown, reached GTK with no width yet ("gtk_window_resize: assertion 'width > 0' failed").
     */
    private static void resize(Window window, double width, double height) {
        window.setWidth(width);
        window.setHeight(height);
    }

    /** Shrinks and moves {@code pane}'s window when it is larger than its screen (sized after it was shown). */
    private static void tooBig(DialogPane pane) {
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        Rectangle2D screen = screenOf(pane.getScene());
        if (window.getHeight() > screen.getHeight() + 0.5 || window.getWidth() > screen.getWidth() + 0.5) {
            place(window);
        }
    }

    /**
     * Grows {@code pane}'s window when the pane needs more height than the scene has, never past the screen;
     * true when it changed the window.
     */
    static boolean grow(DialogPane pane) {
        Scene scene = pane.getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || !window.isShowing()) {
            return false;
        }
        double needed = Math.max(pane.prefHeight(scene.getWidth()), pane.getHeight());
        if (needed <= scene.getHeight() + 0.5) {
            return false;
        }
        Rectangle2D screen = screenOf(scene);
        double height = Math.min(window.getHeight() + needed - scene.getHeight(), screen.getHeight());
        if (height <= window.getHeight() + 0.5) {
            return false; // as tall as the screen allows: the content scrolls
        }
        resize(window, window.getWidth(), height);
        place(window);
        return true;
    }

    /**
     * A scroll pane that is invisible while its content fits: it asks for the content's own preferred size
     * (at the given width, for wrapping text), gives it the whole viewport while its preferred height fits,
     * and its preferred height (scrolling) when it does not. Like a dialog pane, it gives the content the
     * viewport's width even below the content's minimum width: it never scrolls sideways.
     */
    private static final class FitScroll extends ScrollPane {

        /** The smallest the pane lets its parent make it, in pixels, when the content's minimum is larger. */
        private static final double SMALLEST = 48;
        /** Room left beside the content for the dialog's own padding and the window frame, in pixels. */
        private static final double SCREEN_MARGIN = 48;

        FitScroll(Node content) {
            super(new Holder(content));
            // the skin at once: it puts the content into the scene graph, so lookups find it and CSS styles it
            // before the dialog is first measured
            setSkin(new ScrollPaneSkin(this));
            getStyleClass().add("dialog-fit");
            getStylesheets().add(STYLESHEET);
            setFitToWidth(true);
            setFitToHeight(true);
            setHbarPolicy(ScrollBarPolicy.NEVER);
            setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
            // Tab to a field below the visible part scrolls it into sight
            ScrollIntoView.follow(this);
        }

        @Override
        public Orientation getContentBias() {
            return getContent() == null ? null : getContent().getContentBias();
        }

        @Override
        protected double computePrefWidth(double height) {
            Node content = getContent();
            return (content == null ? 0 : content.prefWidth(-1)) + snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            Node content = getContent();
            return (content == null ? 0 : content.prefHeight(inner(width))) + snappedTopInset() + snappedBottomInset();
        }

        /**
         * The content's own minimum width (a themed dialog pane's maximum width gives way to it), but never more
         * than the screen's width less a margin: there the content is squeezed as a dialog pane would.
         */
        @Override
        protected double computeMinWidth(double height) {
            Node content = ((Holder) getContent()).content;
            return Math.min(content.minWidth(-1), screenOf(getScene()).getWidth() - SCREEN_MARGIN)
                    + snappedLeftInset() + snappedRightInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            Node content = getContent();
            return Math.min(content == null ? 0 : content.minHeight(inner(width)), SMALLEST)
                    + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected void layoutChildren() {
            Node content = getContent();
            if (content != null) {
                double width = getWidth() - snappedLeftInset() - snappedRightInset();
                double height = getHeight() - snappedTopInset() - snappedBottomInset();
                boolean fits = content.prefHeight(content.getContentBias() == Orientation.HORIZONTAL ? width : -1)
                        <= height + 0.5;
                if (isFitToHeight() != fits) {
                    setFitToHeight(fits);
                }
            }
            super.layoutChildren();
        }

        private double inner(double width) {
            Node content = getContent();
            if (width < 0 || content == null || content.getContentBias() != Orientation.HORIZONTAL) {
                return -1;
            }
            return Math.max(0, width - snappedLeftInset() - snappedRightInset());
        }
    }

    /** Lays out one node at its own size, whatever that node's minimum width: the scroll pane's content. */
    private static final class Holder extends Region {

        private final Node content;

        Holder(Node content) {
            this.content = content;
            getChildren().add(content);
        }

        @Override
        public Orientation getContentBias() {
            return content.getContentBias();
        }

        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }

        @Override
        protected double computeMinHeight(double width) {
            return content.minHeight(width);
        }

        @Override
        protected double computePrefWidth(double height) {
            return content.prefWidth(height);
        }

        @Override
        protected double computePrefHeight(double width) {
            return content.prefHeight(width);
        }

        @Override
        protected double computeMaxWidth(double height) {
            return content.maxWidth(height);
        }

        @Override
        protected double computeMaxHeight(double width) {
            return content.maxHeight(width);
        }

        @Override
        protected void layoutChildren() {
            content.resizeRelocate(0, 0, getWidth(), getHeight());
        }
    }
}
