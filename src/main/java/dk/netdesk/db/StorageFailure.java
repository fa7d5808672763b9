package dk.netdesk.db;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The kinds of storage failure a user can meet and do something about. {@link #of(Throwable)}
 * reads them from a failure however it is wrapped (jOOQ's {@code DataAccessException}, a
 * {@code CompletionException} or {@code ExecutionException}, …): it walks the chain of causes and
 * looks at the first SQLite result code or file-system error it finds.
 */
public enum StorageFailure {

    /** The disk (or the file system holding the data folder) is full: {@code SQLITE_FULL}, "No space left on device". */
    DISK_FULL,
    /** The database file or its folder may not be written: {@code SQLITE_READONLY*}, access denied, read-only file system. */
    READ_ONLY,
    /** Another program holds the database locked beyond the busy timeout: {@code SQLITE_BUSY*}, {@code SQLITE_LOCKED*}. */
    LOCKED,
    /** The file is damaged or is not a database: {@code SQLITE_CORRUPT*}, {@code SQLITE_NOTADB}. */
    DAMAGED,
    /** Anything else: a bug or a failure the user cannot act on. */
    OTHER;

    /** Primary SQLite result codes (the low byte of an extended code). */
    private static final int FULL = 13;
    private static final int READONLY = 8;
    private static final int BUSY = 5;
    private static final int LOCKED_CODE = 6;
    private static final int CORRUPT = 11;
    private static final int NOTADB = 26;

    /** The kind of {@code error}, or {@link #OTHER}; never null, also for a null error. */
    public static StorageFailure of(Throwable error) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            StorageFailure kind = direct(t);
            if (kind != OTHER) {
                return kind;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                StorageFailure inner = direct(suppressed);
                if (inner != OTHER) {
                    return inner;
                }
            }
        }
        return OTHER;
    }

    private static StorageFailure direct(Throwable t) {
        if (t instanceof SQLiteException sqlite && sqlite.getResultCode() != null
                && sqlite.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR) {
            return ofName(sqlite.getResultCode().name());
        }
        if (t instanceof SQLException sql) {
            StorageFailure byCode = ofPrimaryCode(sql.getErrorCode() & 0xff);
            return byCode != OTHER ? byCode : ofText(sql.getMessage());
        }
        if (t instanceof AccessDeniedException) {
            return READ_ONLY;
        }
        if (t instanceof FileSystemException || t instanceof IOException) {
            return ofText(t.getMessage());
        }
        return OTHER;
    }

    private static StorageFailure ofName(String name) {
        if (name.startsWith("SQLITE_FULL")) {
            return DISK_FULL;
        }
        if (name.startsWith("SQLITE_READONLY")) {
            return READ_ONLY;
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return LOCKED;
        }
        if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
            return DAMAGED;
        }
        return OTHER;
    }

    private static StorageFailure ofPrimaryCode(int code) {
        return switch (code) {
            case FULL -> DISK_FULL;
            case READONLY -> READ_ONLY;
            case BUSY, LOCKED_CODE -> LOCKED;
            case CORRUPT, NOTADB -> DAMAGED;
            default -> OTHER;
        };
    }

    /** The operating system's words for a full or read-only file system (English C locale, as the JDK reports them). */
    private static StorageFailure ofText(String message) {
        if (message == null) {
            return OTHER;
        }
        String text = message.toLowerCase(Locale.ROOT);
        if (text.contains("no space left on device") || text.contains("disk quota exceeded")
                || text.contains("there is not enough space on the disk")) {
            return DISK_FULL;
        }
        if (text.contains("read-only file system") || text.contains("permission denied")
                || text.contains("access is denied")) {
            return READ_ONLY;
        }
        return OTHER;
    }
}
