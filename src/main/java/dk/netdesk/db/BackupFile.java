package dk.netdesk.db;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup file: {@code netdesk-<UTC time>[-<reason>].db}, for example
 * {@code netdesk-2026-11-30T22-40-00Z.db} (automatic) or {@code netdesk-2026-11-30T22-41-07Z-before-restore.db}.
 *
 * @param path      where the file is
 * @param takenAt   when it was taken (from its name, to the second, UTC)
 * @param reason    why it was taken (from its name)
 * @param sizeBytes its size in bytes
 */
public record BackupFile(Path path, Instant takenAt, Reason reason, long sizeBytes) {

    /** Why a backup was taken; the name suffix says it (none for the automatic ones). */
    public enum Reason {
        /** After changes, at most every 30 minutes. */
        AUTOMATIC(""),
        /** "Back up now" in Settings. */
        MANUAL("-manual"),
        /** When the app closed. */
        EXIT("-exit"),
        /** Before a newer Netdesk changed the database's structure; its time is that of the last write before it. */
        BEFORE_UPDATE("-before-update"),
        /** The database as it was just before a restore replaced it: restoring this undoes the restore. */
        BEFORE_RESTORE("-before-restore");

        private final String suffix;

        Reason(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(
            "netdesk-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z)(-manual|-exit|-before-update|-before-restore)?\\.db");

    /** The file name for a backup taken at {@code takenAt} (cut to the second) for {@code reason}. */
    public static String fileName(Instant takenAt, Reason reason) {
        return "netdesk-" + TIME.format(takenAt) + reason.suffix + ".db";
    }

    /**
     * Reads a backup's time and reason from its file name; empty for any other file (the backup
     * folder may be one the user shares with other files).
     */
    public static Optional<BackupFile> parse(Path path, long sizeBytes) {
        Matcher matcher = NAME.matcher(path.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            Instant takenAt = Instant.from(TIME.parse(matcher.group(1)));
            Reason reason = Reason.AUTOMATIC;
            for (Reason candidate : Reason.values()) {
                if (candidate.suffix.equals(matcher.group(2) == null ? "" : matcher.group(2))) {
                    reason = candidate;
                }
            }
            return Optional.of(new BackupFile(path, takenAt, reason, sizeBytes));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
