package dk.netdesk.ui;

import dk.netdesk.db.BackupException;
import dk.netdesk.db.BackupFile;
import dk.netdesk.db.Backups;
import dk.netdesk.db.StorageFailure;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The backup part of Settings: where backups go, "Back up now" and "Choose backup folder", each
 * run on the database thread with the outcome in {@link #statusProperty()}. {@link #restoreModel()}
 * is the restore dialog's model.
 */
public final class BackupViewModel {

    private final Backups backups;
    private final Background background;
    private final Messages messages;
    private final RestoreViewModel restore;
    private final BackupErasureViewModel erasures;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty failed = new SimpleBooleanProperty();

    public BackupViewModel(Backups backups, Background background, Messages messages, RestoreViewModel restore) {
        this(backups, background, messages, restore, null);
    }

    /** @param erasures the erase part of Settings (backups taken before an erase, the erasure log); may be null */
    public BackupViewModel(Backups backups, Background background, Messages messages, RestoreViewModel restore,
                           BackupErasureViewModel erasures) {
        this.backups = backups;
        this.background = background;
        this.messages = messages;
        this.restore = restore;
        this.erasures = erasures;
    }

    /** Reads the backup folder (from the settings) and clears the status. */
    public void load() {
        status.set("");
        failed.set(false);
        background.run(backups::folder, path -> folder.set(path.toString()),
                failure -> fail("backup.error.FAILED", failure, ""));
    }

    /** Takes a backup now; the status names it, or says plainly why none was written. */
    public void backUpNow() {
        busy.set(true);
        failed.set(false);
        status.set(messages.get("backup.working"));
        background.run(() -> backups.backUp(BackupFile.Reason.MANUAL), file -> {
            busy.set(false);
            status.set(messages.format("backup.done", restore.dateText(file), file.path().getFileName().toString(),
                    restore.sizeText(file)));
        }, failure -> {
            busy.set(false);
            fail(problemKey(failure, backups.currentDamaged()), failure, folder.get());
        });
    }

    /** Makes {@code chosen} the backup folder if a file can be written there; else the status says it cannot. */
    public void chooseFolder(Path chosen) {
        failed.set(false);
        background.run(() -> {
            backups.setFolder(chosen);
            return backups.folder();
        }, path -> {
            folder.set(path.toString());
            status.set(messages.format("backup.folderChosen", path.toString()));
        }, failure -> fail(problemKey(failure, backups.currentDamaged()), failure, chosen.toString()));
    }

    /**
     * The message key for a backup command that failed with {@code failure}: while the data file is
     * damaged ({@code currentDamaged}), that nothing is written then; else the backup's own problem, else
     * the kind of storage failure ({@link StorageFailure}: only a full disk gives the advice to free space),
     * else a plain "could not" that points to the log. Each key takes the folder as {@code {0}}.
     */
    static String problemKey(Throwable failure, boolean currentDamaged) {
        if (currentDamaged) {
            return "backup.error.currentDamaged";
        }
        BackupException.Problem problem = failure instanceof BackupException e ? e.problem() : BackupException.Problem.FAILED;
        StorageFailure kind = StorageFailure.of(failure);
        if (problem == BackupException.Problem.DAMAGED) {
            return "backup.error.DAMAGED";
        }
        return switch (kind) {
            case DISK_FULL -> "backup.error.diskFull";
            case READ_ONLY -> problem == BackupException.Problem.FOLDER_NOT_WRITABLE
                    ? "backup.error.FOLDER_NOT_WRITABLE" : "backup.error.readOnly";
            case LOCKED -> "backup.error.locked";
            case DAMAGED -> "backup.error.currentDamaged";
            case OTHER -> problem == BackupException.Problem.FOLDER_NOT_WRITABLE
                    ? "backup.error.FOLDER_NOT_WRITABLE" : "backup.error.FAILED";
        };
    }

    private void fail(String key, Throwable failure, String folderText) {
        org.slf4j.LoggerFactory.getLogger(BackupViewModel.class).warn("Backup command failed", failure);
        failed.set(true);
        status.set(messages.format(key, folderText));
    }

    /** The backup folder's path as text. */
    public ReadOnlyStringProperty folderProperty() {
        return folder;
    }

    /** What the last command did, in the app's language. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** True while a backup is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True while the status says what went wrong. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    /** The restore dialog's model. */
    public RestoreViewModel restoreModel() {
        return restore;
    }

    /** The erase part of Settings, or null when there is none. */
    public BackupErasureViewModel erasures() {
        return erasures;
    }

    public Messages messages() {
        return messages;
    }
}
