package dk.netdesk.db;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link Backups#restore} did with the data it replaced. Sound data is backed up through SQLite
 * first ({@link #before()}); a damaged data file (writes stopped, see {@link Database#writesStopped()})
 * is not read through SQLite but kept aside as it is, as {@code netdesk.db.damaged-<UTC time>}
 * ({@link #keptDamaged()}), never deleted. Exactly one of the two is present.
 */
public record Restored(Optional<BackupFile> before, Optional<Path> keptDamaged) {

    /** The data was sound: {@code before} holds it as it was, and restoring that undoes this restore. */
    public static Restored backedUpFirst(BackupFile before) {
        return new Restored(Optional.of(before), Optional.empty());
    }

    /** The data file was damaged: it is kept, unchanged, at {@code kept} (an absolute path in the data folder). */
    public static Restored damagedKept(Path kept) {
        return new Restored(Optional.empty(), Optional.of(kept));
    }
}
