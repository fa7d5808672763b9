package dk.netdesk.exchange;

/**
 * A file that cannot be imported at all (not a vCard, CSV or iCalendar file, unreadable, or broken
 * so that no record can be trusted). Nothing was changed. The message is one line in the UI
 * language that names the file, the line or record where known, and what is wrong.
 */
public class ImportFileException extends Exception {

    public ImportFileException(String message) {
        super(message);
    }

    public ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
