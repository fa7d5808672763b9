package dk.netdesk.ui;

import java.time.Duration;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The one line at the bottom of the window where commands say what they did. A message is given as
 * a supplier that formats it from the bundles ({@code () -> messages.format("…", args)}); it is asked
 * again when the UI language changes, so the line is never left in the old language. A message that
 * describes a state ("correct the fields marked in red", "Press Ctrl+Z to undo") is shown with
 * {@link #showWhile}, and goes when that state ends.
 *
 * <p>How long a message stays (issue 15): a confirmation that something was done ("Balance settings saved.",
 * "Saved Anna.") is shown with {@link #done}: it goes after {@link #FADE} and when the user goes to another
 * screen ({@link #screenChanged}, called by {@link ShellViewModel#screenShown}). Anything else shown with
 * {@link #show} (a refusal, a failure, a warning) stays until another message takes its place, and a message
 * shown with {@link #showWhile} until its state ends: what still needs the user's attention is never faded.
 */
public final class StatusLine {

    /** How long a confirmation shown with {@link #done} stays: 8 seconds. */
    public static final Duration FADE = Duration.ofSeconds(8);

    /**
     * Runs a task once after a delay, on the JavaFX thread (in the app a {@code PauseTransition}; in tests a
     * timer the test fires itself).
     */
    @FunctionalInterface
    public interface Timer {
        /**
         * Runs {@code task} once after {@code delay}, unless the returned cancel is run first.
         *
         * @return runs to cancel the task; does nothing once it has run
         */
        Runnable after(Duration delay, Runnable task);

        /** A timer that never fires: confirmations then stay until the screen changes or another message comes. */
        Timer NEVER = (delay, task) -> () -> { };
    }

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper confirmation = new ReadOnlyBooleanWrapper(false);
    private final Timer timer;
    private Supplier<String> message = () -> "";
    /** Stops watching the state the current message describes; null when it describes none. */
    private Runnable stopWatching;
    /** Cancels the fading of the current confirmation; null when the current message does not fade. */
    private Runnable cancelFade;

    /** A status line whose text stays as it was shown (tests, and texts that are not in a language). */
    public StatusLine() {
        this.timer = Timer.NEVER;
    }

    /** A status line that writes its message again in the new language when {@code messages}' language changes. */
    public StatusLine(Messages messages) {
        this(messages, Timer.NEVER);
    }

    /**
     * A status line in {@code messages}' language whose confirmations ({@link #done}) go after {@link #FADE},
     * timed by {@code timer}.
     */
    public StatusLine(Messages messages, Timer timer) {
        this.timer = timer;
        messages.localeProperty().addListener((obs, old, now) -> refresh());
    }

    /**
     * Shows a message formatted now and again at each change of the UI language.
     *
     * @param message gives the text in the current language; it must not fail
     */
    public void show(Supplier<String> message) {
        confirmation.set(false);
        if (cancelFade != null) {
            Runnable cancel = cancelFade;
            cancelFade = null;
            cancel.run();
        }
        if (stopWatching != null) {
            Runnable stop = stopWatching;
            stopWatching = null;
            stop.run();
        }
        this.message = message;
        text.set(message.get());
    }

    /**
     * Shows a message that is true only while {@code holds} is: when {@code holds} changes to false while
     * the message is still shown, the line is emptied. A message shown later takes its place as usual.
     * Only a change counts: a state that is not yet true when the message is shown (an undo step recorded
     * just after) does not empty the line.
     *
     * @param message gives the text in the current language; it must not fail
     * @param holds   true while what the message says is still so (a form shows errors, the command the
     *                message offers to undo is the next undo: {@link UndoManager#isNext})
     */
    public void showWhile(Supplier<String> message, ObservableValue<Boolean> holds) {
        show(message);
        ChangeListener<Boolean> ended = (obs, was, now) -> {
            if (!Boolean.TRUE.equals(now)) {
                clear();
            }
        };
        holds.addListener(ended);
        stopWatching = () -> holds.removeListener(ended);
    }

    /**
     * Shows a confirmation that something was done: it goes by itself after {@link #FADE}, and when the user
     * goes to another screen, unless another message has taken its place first.
     *
     * @param message gives the text in the current language; it must not fail
     */
    public void done(Supplier<String> message) {
        show(message);
        confirmation.set(true);
        Runnable[] cancel = new Runnable[1];
        cancel[0] = timer.after(FADE, () -> {
            if (cancelFade == cancel[0]) {
                cancelFade = null;
                clear();
            }
        });
        cancelFade = cancel[0];
    }

    /** The user went to another screen: a confirmation ({@link #done}) goes; any other message stays. */
    public void screenChanged() {
        if (confirmation.get()) {
            clear();
        }
    }

    /** True while the line shows a confirmation that fades ({@link #done}). */
    public ReadOnlyBooleanProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** Empties the line. */
    public void clear() {
        show(() -> "");
    }

    /**
     * Shows a text that is the same in every language (a file's own error text, an already formatted
     * message of a failure). For a bundle message use {@link #show(Supplier)}.
     */
    public void show(String fixed) {
        show(() -> fixed);
    }

    /** Writes the current message again (the UI language changed). */
    public void refresh() {
        text.set(message.get());
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
