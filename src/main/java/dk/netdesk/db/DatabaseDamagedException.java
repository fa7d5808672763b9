package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The database file cannot be used as it is: it is empty, it is not an SQLite file, or SQLite
 * reports it as damaged. Netdesk has not written to it and will not, so the user can restore a
 * backup or take the file to someone who can rescue it.
 */
public final class DatabaseDamagedException extends IOException {

    /** What is wrong with the file. */
    public enum Reason {
        /** The file has no bytes at all (emptied by a sync tool, a full disk or a failed copy). */
        EMPTY,
        /** The file does not begin with the SQLite header: another kind of file, or its first page is damaged. */
        NOT_SQLITE,
        /** SQLite reads the header but reports the contents as damaged. */
        DAMAGED
    }

    private final Path file;
    private final Reason reason;

    /**
     * @param file   the database file that was refused
     * @param reason what is wrong
     * @param detail the technical detail for the log (for example SQLite's own text), or null
     */
    public DatabaseDamagedException(Path file, Reason reason, String detail) {
        super("The database " + file + " cannot be used (" + reason + ")" + (detail == null ? "" : ": " + detail)
                + ". It was not changed.");
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
