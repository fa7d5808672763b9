package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Netdesk may read but not write the database file or its folder (a write-protected file, a
 * read-only mount, a folder owned by another account). It is refused at start rather than
 * failing on the first save.
 */
public final class DatabaseReadOnlyException extends IOException {

    private final Path path;

    /** @param path the file or folder that cannot be written */
    public DatabaseReadOnlyException(Path path) {
        super("Netdesk may not write to " + path + ", so it does not open the database. Nothing was changed.");
        this.path = path;
    }

    /** The file or folder that cannot be written. */
    public Path path() {
        return path;
    }
}
