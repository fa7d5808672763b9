package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the damaged-file check finds a backup to offer: the newest backup file that passed
 * {@code PRAGMA quick_check} when it was written. Implemented over the backup folder.
 */
public interface BackupCatalog {

    /** No backups at all: nothing is offered. */
    BackupCatalog NONE = Optional::empty;

    /**
     * The newest good backup, or empty when there is none. May read the backup folder; call on the
     * database thread.
     *
     * @throws IOException when the backup folder cannot be read
     */
    Optional<Path> newestGood() throws IOException;
}
