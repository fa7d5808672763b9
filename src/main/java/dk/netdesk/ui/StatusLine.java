package dk.netdesk.ui;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one line at the bottom of the window where commands say what they did. A message is given as
 * a supplier that formats it from the bundles ({@code () -> messages.format("…", args)}); it is asked
 * again when the UI language changes, so the line is never left in the old language.
 */
public final class StatusLine {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private Supplier<String> message = () -> "";

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
        this.message = message;
        text.set(message.get());
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
