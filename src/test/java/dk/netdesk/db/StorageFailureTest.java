package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Each kind of storage failure is found however it is wrapped; anything else is OTHER. */
class StorageFailureTest {

    private static SQLiteException sqlite(SQLiteErrorCode code) {
        return new SQLiteException("[" + code.name() + "] raw words", code);
    }

    @Test
    void sqliteResultCodesIncludingExtendedOnesMapToTheirKind() {
        assertThat(StorageFailure.of(sqlite(SQLiteErrorCode.SQLITE_FULL))).isEqualTo(StorageFailure.DISK_FULL);
        assertThat(StorageFailure.of(sqlite(SQLiteErrorCode.SQLITE_READONLY))).isEqualTo(StorageFailure.READ_ONLY);
        assertThat(StorageFailure.of(sqlite(SQLiteErrorCode.SQLITE_READONLY_DBMOVED))).isEqualTo(StorageFailure.READ_ONLY);
        assertThat(StorageFailure.of(sqlite(SQLiteErrorCode.SQLITE_READONLY_DIRECTORY))).isEqualTo(StorageFailure.READ_ONLY);
        assertThat(StorageFailure.of(sqlite(SQLiteErrorCode.SQLITE_BUSY))).isEqualTo(StorageFailure.LOCKED);
        assertThat(StorageFailure.of(sqlite(SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT))).isEqualTo(StorageFailure.LOCKED);
        assertThat(StorageFailure.of(sqlite(SQLiteErrorCode.SQLITE_LOCKED))).isEqualTo(StorageFailure.LOCKED);
        assertThat(StorageFailure.of(sqlite(SQLiteErrorCode.SQLITE_CORRUPT))).isEqualTo(StorageFailure.DAMAGED);
        assertThat(StorageFailure.of(sqlite(SQLiteErrorCode.SQLITE_CORRUPT_INDEX))).isEqualTo(StorageFailure.DAMAGED);
        assertThat(StorageFailure.of(sqlite(SQLiteErrorCode.SQLITE_NOTADB))).isEqualTo(StorageFailure.DAMAGED);
        assertThat(StorageFailure.of(sqlite(SQLiteErrorCode.SQLITE_CONSTRAINT))).isEqualTo(StorageFailure.OTHER);
        assertThat(StorageFailure.of(sqlite(SQLiteErrorCode.SQLITE_ERROR))).isEqualTo(StorageFailure.OTHER);
    }

    @Test
    void wrappersOfJooqAndConcurrencyAreLookedThrough() {
        DataAccessException jooq = new DataAccessException("SQL [insert …]; [SQLITE_FULL]", sqlite(SQLiteErrorCode.SQLITE_FULL));
        assertThat(StorageFailure.of(jooq)).isEqualTo(StorageFailure.DISK_FULL);
        assertThat(StorageFailure.of(new CompletionException(jooq))).isEqualTo(StorageFailure.DISK_FULL);
        assertThat(StorageFailure.of(new ExecutionException(new DataAccessException("x", sqlite(SQLiteErrorCode.SQLITE_BUSY)))))
                .isEqualTo(StorageFailure.LOCKED);
        assertThat(StorageFailure.of(new IllegalStateException("outer", new RuntimeException(sqlite(SQLiteErrorCode.SQLITE_CORRUPT)))))
                .isEqualTo(StorageFailure.DAMAGED);
    }

    @Test
    void plainSqlExceptionsAreReadByTheirPrimaryCode() {
        assertThat(StorageFailure.of(new SQLException("x", null, 13))).isEqualTo(StorageFailure.DISK_FULL);
        assertThat(StorageFailure.of(new SQLException("x", null, 8 | (4 << 8)))).isEqualTo(StorageFailure.READ_ONLY);
        assertThat(StorageFailure.of(new SQLException("x", null, 26))).isEqualTo(StorageFailure.DAMAGED);
        assertThat(StorageFailure.of(new SQLException("x", null, 19))).isEqualTo(StorageFailure.OTHER);
    }

    @Test
    void fileSystemErrorsAreReadToo() {
        assertThat(StorageFailure.of(new UncheckedIOException(new IOException("No space left on device"))))
                .isEqualTo(StorageFailure.DISK_FULL);
        assertThat(StorageFailure.of(new FileSystemException("/data/x.pdf", null, "No space left on device")))
                .isEqualTo(StorageFailure.DISK_FULL);
        assertThat(StorageFailure.of(new AccessDeniedException("/data/netdesk.db"))).isEqualTo(StorageFailure.READ_ONLY);
        assertThat(StorageFailure.of(new FileSystemException("/data", null, "Read-only file system")))
                .isEqualTo(StorageFailure.READ_ONLY);
        assertThat(StorageFailure.of(new IOException("disk full"))).isEqualTo(StorageFailure.OTHER);
    }

    @Test
    void otherFailuresAndNullAreOther() {
        assertThat(StorageFailure.of(new IllegalArgumentException("name"))).isEqualTo(StorageFailure.OTHER);
        assertThat(StorageFailure.of(null)).isEqualTo(StorageFailure.OTHER);
    }
}
