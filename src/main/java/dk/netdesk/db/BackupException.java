package dk.netdesk.db;

import java.io.IOException;

/**
 * A backup or restore that did not happen, and why. Nothing was changed: a failed backup leaves no
 * file behind, and a refused restore leaves the database as it was. {@link #problem()} tells the
 * user interface which plain message to show; the exception's message has the technical detail for the log.
 */
public final class BackupException extends IOException {

    /** What went wrong, in terms a user can act on. */
    public enum Problem {
        /** The backup folder does not exist and cannot be made, or cannot be written to. */
        FOLDER_NOT_WRITABLE,
        /** The backup failed {@code PRAGMA quick_check} (a written backup is deleted; a chosen one is refused). */
        DAMAGED,
        /** The file is not a Netdesk database. */
        NOT_NETDESK,
        /** The backup was made by a newer Netdesk than this one. */
        TOO_NEW,
        /** Writing or reading failed otherwise (disk full, file gone, …). */
        FAILED
    }

    private final Problem problem;

    public BackupException(Problem problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    public BackupException(Problem problem, String detail, Throwable cause) {
        super(detail, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
