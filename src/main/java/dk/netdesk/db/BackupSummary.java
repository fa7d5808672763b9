package dk.netdesk.db;

/**
 * A backup as the restore list shows it: the file, whether it can be restored, and what it holds,
 * read from it read-only ({@code PRAGMA quick_check} first, then the counts).
 *
 * @param file         the backup file
 * @param condition    whether it passed {@code quick_check} and could be read as a Netdesk database
 * @param contacts     number of contacts; -1 unless {@link Condition#GOOD}
 * @param events       number of calendar events (a repeating event counts once); -1 unless {@link Condition#GOOD}
 * @param libraryItems number of library items; -1 unless {@link Condition#GOOD}
 * @param erasedPeople erased people it still holds (pending erasures whose contact row it has); for a backup
 *                     that cannot be read, the pending erasures made after it was taken (it may hold them)
 */
public record BackupSummary(BackupFile file, Condition condition, int contacts, int events, int libraryItems,
                            int erasedPeople) {

    /** What reading the backup found. */
    public enum Condition {
        /** Passed {@code quick_check} and holds Netdesk's tables: it can be restored. */
        GOOD,
        /** Failed {@code quick_check} (or SQLite cannot open it as a database): {@link Backups#restore} refuses it. */
        DAMAGED,
        /** Sound, but Netdesk's tables could not be read from it (not a Netdesk backup). */
        UNREADABLE
    }

    /** True when the backup is {@link Condition#GOOD}, so it can be restored and its counts are real. */
    public boolean readable() {
        return condition == Condition.GOOD;
    }
}
