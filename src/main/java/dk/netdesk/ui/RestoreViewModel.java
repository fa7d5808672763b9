package dk.netdesk.ui;

import dk.netdesk.db.BackupException;
import dk.netdesk.db.BackupFile;
import dk.netdesk.db.BackupSummary;
import dk.netdesk.db.Backups;
import dk.netdesk.db.Restored;
import dk.netdesk.db.StorageFailure;
import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The restore dialog's state: the backups in the backup folder (newest first) with what each
 * holds (a damaged one is marked and cannot be chosen to restore), the chosen one, and a status line.
 * {@link #restore} replaces the data with a backup through {@link Backups#restore}, which backs up the
 * current data first, or keeps a damaged data file aside; every screen then reloads through
 * {@code Changes}. Texts are in the app's language; dates (to the second) in the clock's zone.
 */
public final class RestoreViewModel {

    private final Backups backups;
    private final Background background;
    private final Messages messages;
    private final UndoManager undo;
    private final StatusLine statusLine;
    private final Clock clock;
    private final ObservableList<BackupSummary> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupSummary> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    /**
     * @param undo       cleared after a restore: its commands refer to data that is gone
     * @param statusLine the window's status line, which also says what was restored
     * @param clock      its zone is the one dates are shown in
     */
    public RestoreViewModel(Backups backups, Background background, Messages messages, UndoManager undo,
                            StatusLine statusLine, Clock clock) {
        this.backups = backups;
        this.background = background;
        this.messages = messages;
        this.undo = undo;
        this.statusLine = statusLine;
        this.clock = clock;
    }

    /** For a dialog that opens: forgets the last restore's status and reads the list. */
    public void open() {
        status.set("");
        failed.set(false);
        load();
    }

    /**
     * Reads the list of backups again (each one opened read-only and checked on the database thread).
     * The choice stays when its backup is still listed and can be restored; else the newest backup that
     * can be restored is chosen (none when no backup can be).
     */
    public void load() {
        busy.set(true);
        background.run(backups::list, list -> {
            rows.setAll(list);
            BackupSummary now = selected.get();
            if (now == null || !list.contains(now) || !now.readable()) {
                selected.set(list.stream().filter(BackupSummary::readable).findFirst().orElse(null));
            }
            busy.set(false);
        }, failure -> {
            busy.set(false);
            showProblem("restore.error.list", failure);
        });
    }

    /**
     * Replaces the data with {@code backup}. On success the status says which backup holds the data
     * as it was before, the undo history is cleared and the list is read again; a refused or failed
     * restore changes nothing and the status says why.
     */
    public void restore(BackupSummary backup) {
        busy.set(true);
        failed.set(false);
        status.set(messages.get(backups.currentDamaged() ? "restore.working.damaged" : "restore.working"));
        background.run(() -> backups.restore(backup.file().path()), restored -> {
            busy.set(false);
            undo.clear();
            String text = doneText(backup, restored);
            status.set(text);
            statusLine.show(() -> doneText(backup, restored));
            load();
        }, failure -> {
            busy.set(false);
            showProblem(problemKey(failure), failure);
        });
    }

    private String doneText(BackupSummary backup, Restored restored) {
        if (restored.before().isPresent()) {
            return messages.format("restore.done", dateText(backup.file()), dateText(restored.before().get()));
        }
        Path kept = restored.keptDamaged().orElseThrow();
        return messages.format("restore.done.damaged", dateText(backup.file()), kept.getFileName(), kept.getParent());
    }

    /**
     * The message key for a restore that failed with {@code failure}: the backup's own problem (damaged,
     * not Netdesk's, too new), else the kind of storage failure ({@link StorageFailure}: only a full
     * disk gives the advice to free space), else the backup folder, else a plain "could not".
     */
    static String problemKey(Throwable failure) {
        BackupException.Problem problem = failure instanceof BackupException e ? e.problem() : BackupException.Problem.FAILED;
        switch (problem) {
            case DAMAGED, NOT_NETDESK, TOO_NEW -> {
                return "restore.error." + problem.name();
            }
            default -> {
            }
        }
        return switch (StorageFailure.of(failure)) {
            case DISK_FULL -> "restore.error.diskFull";
            case READ_ONLY -> problem == BackupException.Problem.FOLDER_NOT_WRITABLE
                    ? "restore.error.FOLDER_NOT_WRITABLE" : "restore.error.readOnly";
            case LOCKED -> "restore.error.locked";
            case DAMAGED -> "restore.error.damagedCopy";
            case OTHER -> "restore.error." + problem.name();
        };
    }

    private void showProblem(String key, Throwable failure) {
        org.slf4j.LoggerFactory.getLogger(RestoreViewModel.class).warn("Restore failed", failure);
        failed.set(true);
        status.set(messages.get(key));
    }

    /** The backups, newest first. */
    public ObservableList<BackupSummary> rows() {
        return rows;
    }

    public ObjectProperty<BackupSummary> selectedProperty() {
        return selected;
    }

    /** True while the list is read or a restore runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True while the status says what went wrong. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    /** What happened last, in the app's language; empty at first. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** True when a backup that can be restored (sound and Netdesk's) is chosen and nothing runs. */
    public BooleanBinding canRestore() {
        return Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null && selected.get().readable(),
                busy, selected);
    }

    /** When the backup was taken, to the second, in the app's language and the user's zone, e.g. "30. nov. 2026 23.40.05". */
    public String dateText(BackupFile file) {
        return messages.dateTimeSeconds(file.takenAt().atZone(clock.getZone()));
    }

    /** The file's size, e.g. "1.4 MB" or "812 kB" ({@link Messages#fileSize}). */
    public String sizeText(BackupFile file) {
        return messages.fileSize(file.sizeBytes());
    }

    /** A count for the table, or a dash for a backup that could not be read. */
    public String countText(BackupSummary summary, int count) {
        return summary.readable() ? messages.number(count, 0) : "–";
    }

    /**
     * Why the backup was taken ("Before a restore", …), or that it is damaged or cannot be read (and so cannot
     * be restored); then, when it still holds people erased since ("holds 1 erased person"), or may hold them
     * (one that cannot be read: "may hold 1 erased person").
     */
    public String noteText(BackupSummary summary) {
        String note = switch (summary.condition()) {
            case GOOD -> messages.get("restore.reason." + summary.file().reason().name());
            case DAMAGED -> messages.get("restore.damaged");
            case UNREADABLE -> messages.get("restore.unreadable");
        };
        if (summary.erasedPeople() > 0) {
            note += " \u00b7 " + messages.format(summary.readable() ? "restore.erased" : "restore.erased.maybe",
                    summary.erasedPeople());
        }
        return note;
    }

    /** The text above the list: what restoring does with the current data (backed up, or kept aside when damaged). */
    public String introText() {
        return messages.get(backups.currentDamaged() ? "restore.intro.damaged" : "restore.intro");
    }

    /** The confirmation's header for restoring {@code backup}: which backup. */
    public String confirmHeader(BackupSummary backup) {
        return messages.format("restore.confirm.header", dateText(backup.file()));
    }

    /** The confirmation's text for restoring {@code backup}: what replaces what, and how the current data is kept. */
    public String confirmText(BackupSummary backup) {
        String text = messages.format(backups.currentDamaged() ? "restore.confirm.text.damaged" : "restore.confirm.text",
                backup.contacts(), backup.events(), backup.libraryItems());
        return backup.erasedPeople() > 0
                ? text + " " + messages.format("restore.confirm.erased", backup.erasedPeople()) : text;
    }

    public Messages messages() {
        return messages;
    }
}
