package dk.netdesk.db;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When to back up without being asked: after the data changed, at most every {@link #INTERVAL}
 * while the app runs, and at a clean exit.
 *
 * <p>The composition root calls {@link #changed()} for every change of a {@link #TOPICS} topic and
 * {@link #tick()} every {@link #CHECK_PERIOD} on the database thread. A tick backs up when something
 * changed since the last automatic backup and the newest backup in the folder (of any kind, from
 * this run or an earlier one) is at least {@link #INTERVAL} old. A failed backup is tried again
 * {@link #INTERVAL} later, not at every tick. Settings alone (window size, the reminder timer's
 * bookmark) do not count as a change.
 */
public final class AutomaticBackups {

    /** The shortest time between two automatic backups. */
    public static final Duration INTERVAL = Duration.ofMinutes(30);
    /** How often the app asks {@link #tick()}. */
    public static final Duration CHECK_PERIOD = Duration.ofMinutes(1);
    /** The topics whose changes make a backup due. */
    public static final Set<Changes.Topic> TOPICS = EnumSet.of(Changes.Topic.CONTACTS, Changes.Topic.PIPELINE,
            Changes.Topic.CALENDAR, Changes.Topic.LIBRARY);

    private final Backups backups;
    private final Clock clock;
    private boolean changed;
    private Instant lastAttempt;

    public AutomaticBackups(Backups backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    /** Notes that the data changed; any thread. */
    public synchronized void changed() {
        changed = true;
    }

    /** True when data changed since the last automatic or exit backup. */
    public synchronized boolean hasChanges() {
        return changed;
    }

    /**
     * Backs up if it is due (see the class comment). Runs on the database thread.
     *
     * @return the backup taken, or empty when none was due
     * @throws BackupException when the backup failed; it is tried again after {@link #INTERVAL}
     */
    public Optional<BackupFile> tick() throws BackupException {
        Instant now = clock.instant();
        synchronized (this) {
            if (!changed) {
                return Optional.empty();
            }
        }
        Instant last = newest();
        if (lastAttempt != null && (last == null || lastAttempt.isAfter(last))) {
            last = lastAttempt;
        }
        if (last != null && now.isBefore(last.plus(INTERVAL))) {
            return Optional.empty();
        }
        return Optional.of(backUp(BackupFile.Reason.AUTOMATIC, now));
    }

    /**
     * The backup at a clean exit: taken when the data changed since the last automatic backup, or
     * when there is no backup at all yet. Call after the database thread has finished its work and
     * before the database closes.
     *
     * @return the backup taken, or empty when nothing changed
     */
    public Optional<BackupFile> atExit() throws BackupException {
        if (!hasChanges() && newest() != null) {
            return Optional.empty();
        }
        return Optional.of(backUp(BackupFile.Reason.EXIT, clock.instant()));
    }

    private BackupFile backUp(BackupFile.Reason reason, Instant now) throws BackupException {
        synchronized (this) {
            // Cleared before the backup starts: a change made while it runs makes the next one due.
            changed = false;
        }
        lastAttempt = now;
        try {
            return backups.backUp(reason);
        } catch (BackupException e) {
            changed();
            throw e;
        }
    }

    private Instant newest() throws BackupException {
        try {
            List<BackupFile> files = backups.files();
            return files.isEmpty() ? null : files.get(0).takenAt();
        } catch (IOException e) {
            throw new BackupException(BackupException.Problem.FOLDER_NOT_WRITABLE, "Cannot list the backups: " + e, e);
        }
    }
}
