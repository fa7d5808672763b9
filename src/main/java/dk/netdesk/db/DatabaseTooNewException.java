package dk.netdesk.db;

import java.nio.file.Path;

/** The database file was written by a newer Netdesk; it is refused and left as it was. */
public final class DatabaseTooNewException extends Exception {
    private final Path file;
    private final String fileVersion;
    private final String knownVersion;

    public DatabaseTooNewException(Path file, String fileVersion, String knownVersion) {
        super("The database " + file + " has schema version " + fileVersion
                + ", but this Netdesk knows only up to version " + knownVersion
                + ". Install the newer Netdesk to open it. The file was not changed.");
        this.file = file;
        this.fileVersion = fileVersion;
        this.knownVersion = knownVersion;
    }

    public Path file() {
        return file;
    }

    public String fileVersion() {
        return fileVersion;
    }

    public String knownVersion() {
        return knownVersion;
    }
}
