package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file is a sound SQLite database, but not one Netdesk made: it has tables and no Netdesk
 * migration history (or a history of other migrations). It is refused and left as it was.
 */
public final class NotNetdeskDatabaseException extends IOException {

    private final Path file;

    /**
     * @param file   the refused file
     * @param detail why it is not a Netdesk database, for the log
     */
    public NotNetdeskDatabaseException(Path file, String detail) {
        super("The file " + file + " is an SQLite database, but not a Netdesk database (" + detail
                + "). It was not changed.");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
