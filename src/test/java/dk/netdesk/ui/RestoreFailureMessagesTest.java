package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.db.BackupException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.Locale;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A failed restore is explained by what failed: only a full disk is told to free space. */
class RestoreFailureMessagesTest {

    private static BackupException failed(Throwable cause) {
        return new BackupException(BackupException.Problem.FAILED, "Restoring failed", cause);
    }

    @Test
    void eachKindOfFailureHasItsOwnMessage() {
        assertThat(RestoreViewModel.problemKey(failed(new DataAccessException("x",
                new SQLiteException("[SQLITE_FULL]", SQLiteErrorCode.SQLITE_FULL))))).isEqualTo("restore.error.diskFull");
        assertThat(RestoreViewModel.problemKey(failed(new IOException("No space left on device"))))
                .isEqualTo("restore.error.diskFull");
        // What the tester met: the backup first refused because writes were stopped.
        assertThat(RestoreViewModel.problemKey(failed(new DataAccessException("x",
                new SQLiteException("[SQLITE_READONLY]", SQLiteErrorCode.SQLITE_READONLY))))).isEqualTo("restore.error.readOnly");
        assertThat(RestoreViewModel.problemKey(failed(new SQLiteException("[SQLITE_BUSY]", SQLiteErrorCode.SQLITE_BUSY))))
                .isEqualTo("restore.error.locked");
        assertThat(RestoreViewModel.problemKey(failed(new SQLiteException("[SQLITE_CORRUPT]", SQLiteErrorCode.SQLITE_CORRUPT))))
                .isEqualTo("restore.error.damagedCopy");
        assertThat(RestoreViewModel.problemKey(failed(new IllegalStateException("a bug")))).isEqualTo("restore.error.FAILED");
        assertThat(RestoreViewModel.problemKey(new IllegalStateException("a bug"))).isEqualTo("restore.error.FAILED");
        assertThat(RestoreViewModel.problemKey(new BackupException(BackupException.Problem.FOLDER_NOT_WRITABLE, "x",
                new AccessDeniedException("/backups")))).isEqualTo("restore.error.FOLDER_NOT_WRITABLE");
        assertThat(RestoreViewModel.problemKey(new BackupException(BackupException.Problem.FOLDER_NOT_WRITABLE, "x",
                new IOException("No space left on device")))).isEqualTo("restore.error.diskFull");
        for (BackupException.Problem own : new BackupException.Problem[] {
                BackupException.Problem.DAMAGED, BackupException.Problem.NOT_NETDESK, BackupException.Problem.TOO_NEW}) {
            assertThat(RestoreViewModel.problemKey(new BackupException(own, "x",
                    new SQLiteException("[SQLITE_FULL]", SQLiteErrorCode.SQLITE_FULL)))).isEqualTo("restore.error." + own.name());
        }
    }

    @Test
    void onlyTheDiskFullMessageAdvisesFreeingSpaceInBothLanguages() {
        Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);
        Messages danish = new Messages(new Locale("da"), Bundles.ALL);
        for (String kind : new String[] {"FAILED", "readOnly", "locked", "damagedCopy", "FOLDER_NOT_WRITABLE", "list"}) {
            assertThat(english.get("restore.error." + kind)).doesNotContainIgnoringCase("space");
            assertThat(danish.get("restore.error." + kind)).doesNotContainIgnoringCase("plads");
        }
        assertThat(english.get("restore.error.diskFull")).contains("Free some space");
        assertThat(danish.get("restore.error.diskFull")).contains("Frigør plads");
    }

    @Test
    void backUpNowAndChooseFolderExplainFailuresByKindToo() {
        assertThat(BackupViewModel.problemKey(failed(new SQLiteException("[SQLITE_FULL]", SQLiteErrorCode.SQLITE_FULL)), false))
                .isEqualTo("backup.error.diskFull");
        assertThat(BackupViewModel.problemKey(failed(new SQLiteException("[SQLITE_READONLY]", SQLiteErrorCode.SQLITE_READONLY)), false))
                .isEqualTo("backup.error.readOnly");
        assertThat(BackupViewModel.problemKey(failed(new SQLiteException("[SQLITE_BUSY]", SQLiteErrorCode.SQLITE_BUSY)), false))
                .isEqualTo("backup.error.locked");
        assertThat(BackupViewModel.problemKey(failed(new IllegalStateException("a bug")), false)).isEqualTo("backup.error.FAILED");
        assertThat(BackupViewModel.problemKey(new BackupException(BackupException.Problem.FOLDER_NOT_WRITABLE, "x",
                new AccessDeniedException("/backups")), false)).isEqualTo("backup.error.FOLDER_NOT_WRITABLE");
        assertThat(BackupViewModel.problemKey(new BackupException(BackupException.Problem.DAMAGED, "x"), false))
                .isEqualTo("backup.error.DAMAGED");
        // Writes stopped on a damaged file: whatever SQLite said (read-only), the reason is the damage.
        assertThat(BackupViewModel.problemKey(failed(new SQLiteException("[SQLITE_READONLY]", SQLiteErrorCode.SQLITE_READONLY)), true))
                .isEqualTo("backup.error.currentDamaged");
        Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);
        Messages danish = new Messages(new Locale("da"), Bundles.ALL);
        for (String kind : new String[] {"FAILED", "readOnly", "locked", "currentDamaged", "FOLDER_NOT_WRITABLE"}) {
            assertThat(english.get("backup.error." + kind)).doesNotContainIgnoringCase("space");
            assertThat(danish.get("backup.error." + kind)).doesNotContainIgnoringCase("plads");
        }
    }

    @Test
    void backUpNowWhileTheDataFileIsDamagedSaysWhyNothingWasDone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (dk.netdesk.testing.TestApp app = dk.netdesk.testing.TestApp.open(dir, Locale.ENGLISH)) {
            app.database().stopWriting();
            BackupViewModel model = app.context().shell().backups();

            model.backUpNow();

            assertThat(model.failedProperty().get()).isTrue();
            assertThat(model.statusProperty().get()).isEqualTo(model.messages().get("backup.error.currentDamaged"))
                    .startsWith("Netdesk writes nothing while the data file is damaged");
        }
    }
}
