package dk.netdesk.ui;

import java.util.function.Supplier;
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
 */
public final class StatusLine {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private Supplier<String> message = () -> "";
    /** Stops watching the state the current message describes; null when it describes none. */
    private Runnable stopWatching;

    /** A status line whose text stays as it was shown (tests, and texts that are not in a language). */
    public StatusLine() {
    }

    /** A status line that writes its message again in the new language when {@code messages}' language changes. */
    public StatusLine(Messages messages) {
        messages.localeProperty().addListener((obs, old, now) -> refresh());
    }

    /**
     * Shows a message formatted now and again at each change of the UI language.
     *
     * @param message gives the text in the current language; it must not fail
     */
    public void show(Supplier<String> message) {
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
