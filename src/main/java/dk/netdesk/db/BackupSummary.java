package dk.netdesk.db;

/**
 * A backup as the restore list shows it: the file, and what it holds, read from it read-only.
 *
 * @param file         the backup file
 * @param readable     false when the file could not be read as a Netdesk database (the counts are then -1)
 * @param contacts     number of contacts
 * @param events       number of calendar events (a repeating event counts once)
 * @param libraryItems number of library items
 */
public record BackupSummary(BackupFile file, boolean readable, int contacts, int events, int libraryItems) {
}
