package dk.netdesk.ui;

import dk.netdesk.db.BackupCatalog;
import dk.netdesk.db.Changes;
import dk.netdesk.db.DamagedFileRestore;
import dk.netdesk.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The view-model of the integrity check after start: runs {@code PRAGMA quick_check} on the
 * database thread once the window is up; when the file is damaged it stops all writes at once
 * ({@link Database#stopWriting()}), says so in plain words and offers to restore the newest good
 * backup ({@link BackupCatalog}), keeping the damaged file aside. The view shows the dialog when
 * {@link #damagedProperty()} turns true (through {@link #setOnDamaged}).
 */
public final class DataFileCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DataFileCheck.class);

    private final Database database;
    private final BackupCatalog backups;
    private final Changes changes;
    private final Background background;
    private final Messages messages;
    private final StatusLine status;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper damaged = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper offer = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> backup = new ReadOnlyObjectWrapper<>();
    private Runnable onDamaged = () -> { };
    private ZonedDateTime backupTime;

    /** What the check found: SQLite's problems (empty when sound) and the backup to offer. */
    private record Result(List<String> problems, Optional<Path> backup, ZonedDateTime backupTime) {
    }

    /**
     * @param clock gives the zone the backup's time is shown in and the time in the damaged file's name
     */
    public DataFileCheck(Database database, BackupCatalog backups, Changes changes, Background background,
                         Messages messages, StatusLine status, Clock clock) {
        this.database = database;
        this.backups = backups;
        this.changes = changes;
        this.background = background;
        this.messages = messages;
        this.status = status;
        this.clock = clock;
        // A restore from Settings over the damaged file (Backups.restore) publishes every topic: follow it.
        changes.subscribe(Changes.Topic.SETTINGS, change -> {
            if (damaged.get() && !database.writesStopped()) {
                damaged.set(false);
                backup.set(null);
            }
        });
    }

    /** Called on the JavaFX thread when a check finds damage, after the properties are set. */
    public void setOnDamaged(Runnable onDamaged) {
        this.onDamaged = onDamaged;
    }

    /**
     * Queues the check on the database thread (before any work queued after it, so nothing can write
     * first). A sound file changes nothing; a damaged one stops writes and fills the properties.
     */
    public void start() {
        background.run(this::check, this::show, failure -> LOG.error("The integrity check did not run", failure));
    }

    private Result check() throws Exception {
        List<String> problems = database.quickCheck();
        if (problems.isEmpty()) {
            LOG.info("quick_check: {} is sound", database.file());
            return new Result(problems, Optional.empty(), null);
        }
        database.stopWriting();
        LOG.error("quick_check found damage in {}: {}", database.file(), problems);
        Optional<Path> newest = Optional.empty();
        ZonedDateTime time = null;
        try {
            newest = backups.newestGood();
            if (newest.isPresent()) {
                time = DamagedFileRestore.backupTime(newest.get()).atZone(clock.getZone());
            }
        } catch (java.io.IOException e) {
            LOG.warn("Could not list the backups", e);
        }
        return new Result(problems, newest, time);
    }

    private void show(Result result) {
        if (result.problems().isEmpty()) {
            return;
        }
        backup.set(result.backup().orElse(null));
        backupTime = result.backupTime();
        // SQLite's own words (page numbers, b-tree errors) go to the log only.
        message.set(messages.format("integrity.body", database.file()));
        offer.set(result.backup().isPresent()
                ? messages.format("integrity.restoreOffer", messages.dateTimeSeconds(result.backupTime()))
                : messages.format("integrity.noBackup", database.dataDir()));
        status.show(() -> messages.get("integrity.status"));
        damaged.set(true);
        onDamaged.run();
    }

    /**
     * Restores {@link #backupProperty()} over the damaged database (see {@link Database#restoreDamaged});
     * on success every screen reloads, saving works again and the status line says where the damaged file
     * is kept; on failure {@link #messageProperty()} says so and writes stay stopped. Does nothing when
     * there is no backup to offer. After a failure the damaged handler runs again, to show the new message.
     */
    public void restore() {
        Path from = backup.get();
        if (from == null) {
            return;
        }
        background.run(() -> database.restoreDamaged(from, clock.instant()), kept -> {
            damaged.set(false);
            backup.set(null);
            status.show(() -> messages.format("integrity.restored", messages.dateTimeSeconds(backupTime),
                    kept.getFileName()));
            for (Changes.Topic topic : Changes.Topic.values()) {
                changes.publish(topic, this);
            }
        }, failure -> {
            LOG.error("Restoring {} failed", from, failure);
            backup.set(null);
            offer.set("");
            message.set(messages.format("integrity.restoreFailed", String.valueOf(failure.getMessage())));
            onDamaged.run();
        });
    }

    /** True while the file is known to be damaged and writes are stopped. */
    public ReadOnlyBooleanProperty damagedProperty() {
        return damaged.getReadOnlyProperty();
    }

    /** What is wrong, in plain words (empty while the file is sound). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The offer to restore (with the backup's time), or what to do when there is no backup. */
    public ReadOnlyStringProperty offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** The backup that {@link #restore()} would use, or null. */
    public ReadOnlyObjectProperty<Path> backupProperty() {
        return backup.getReadOnlyProperty();
    }
}
