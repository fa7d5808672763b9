package dk.netdesk.exchange;

import java.util.function.Supplier;

/**
 * A file that cannot be imported at all (not a vCard, CSV or iCalendar file, unreadable, or broken
 * so that no record can be trusted). Nothing was changed. The message is one line in the UI
 * language that names the file, the line or record where known, and what is wrong. It is formatted
 * each time {@link #getMessage()} is asked, so a message still shown after the UI language changed
 * (the status line) is written again in the new language.
 */
public class ImportFileException extends Exception {

    private final transient Supplier<String> text;

    /** @param text formats the message from the bundles in the current UI language; it must not fail */
    public ImportFileException(Supplier<String> text) {
        this.text = text;
    }

    /** @param text formats the message from the bundles in the current UI language; it must not fail */
    public ImportFileException(Supplier<String> text, Throwable cause) {
        super(cause);
        this.text = text;
    }

    /** The message in the current UI language. */
    @Override
    public String getMessage() {
        return text == null ? null : text.get();
    }
}
