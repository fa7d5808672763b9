package dk.netdesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives a whole app by keyboard alone, as a user would: keys through the platform robot, and after each step
 * waits until the JavaFX queue and the database thread are both done ({@link #settle}), so that the app's real
 * {@code FxBackground} (results coming back later, through the queue) is in play. Reads where the focus is.
 */
public final class KeyboardApp {

    private final FxRobot robot;
    private final dk.netdesk.ui.Background background;

    public KeyboardApp(FxRobot robot, dk.netdesk.ui.Background background) {
        this.robot = robot;
        this.background = background;
    }

    /** Waits until the database thread has done all work asked for so far and its results are handed back. */
    public void settle() {
        for (int round = 0; round < 2; round++) {
            AtomicBoolean done = new AtomicBoolean();
            Platform.runLater(() -> background.run(() -> true, x -> done.set(true), e -> done.set(true)));
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, done::get);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException(e);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Ctrl (the shortcut key here) plus {@code key}, then {@link #settle}. */
    public void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        settle();
    }

    /** Ctrl+Shift plus {@code key}, then {@link #settle}. */
    public void ctrlShift(KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.CONTROL);
        settle();
    }

    /** One key (Tab, Space, Enter…), then {@link #settle}. */
    public void type(KeyCode key) {
        robot.type(key);
        settle();
    }

    /** Shift plus {@code key}, then {@link #settle}. */
    public void shift(KeyCode key) {
        robot.press(KeyCode.SHIFT, key).release(key, KeyCode.SHIFT);
        settle();
    }

    /** Types the text at once, with no waiting between Ctrl+N (say) and the letters. */
    public void write(String text) {
        robot.write(text);
        settle();
    }

    /** Types lower-case letters a–z (and spaces) key by key, into whatever has the focus; then {@link #settle}. */
    public void letters(String text) {
        for (char c : text.toCharArray()) {
            robot.type(c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c))));
        }
        settle();
    }

    /** The focus owner of the focused window (the last shown one when none has the focus). */
    public Node focused() {
        Window window = active();
        return window == null || window.getScene() == null ? null : window.getScene().getFocusOwner();
    }

    /**
     * The window the keys go to: the focused one shown last (headless, an owner can still say it is focused while
     * its dialog is), else the showing one shown last.
     */
    public Window active() {
        Window last = null;
        Window lastFocused = null;
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window.isShowing() && window instanceof Stage) {
                if (window.isFocused()) {
                    lastFocused = window;
                }
                last = window;
            }
        }
        return lastFocused != null ? lastFocused : last;
    }

    /** The showing stages other than {@code main}: the dialogs now open. */
    public List<Window> dialogs(Stage main) {
        List<Window> open = new ArrayList<>();
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window != main && window.isShowing() && window instanceof Stage) {
                open.add(window);
            }
        }
        return open;
    }

    /** Hides every showing stage but {@code main} (dialogs a failed test left open). */
    public void closeDialogs(Stage main) {
        robot.interact(() -> dialogs(main).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** "TextField#library-search", for messages. */
    public static String describe(Node node) {
        return node == null ? "nothing" : node.getClass().getSimpleName() + "#" + node.getId() + " " + node.getStyleClass();
    }
}
