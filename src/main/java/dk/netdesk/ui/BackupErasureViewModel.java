package dk.netdesk.ui;

import dk.netdesk.db.BackupErasures;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The erase part of Settings (decision record 0013): what happens to backups taken before an erase
 * (re-written without the person, or deleted; {@link BackupErasures.Handling}), applying that after an
 * erase and at start-up with the outcome in {@link #statusProperty()} and the window's status line, and
 * the erasure log (moment and reference only). Database work runs through {@link Background}.
 */
public final class BackupErasureViewModel {

    /** One erasure-log entry as read: when (UTC) and its random reference. */
    public record Entry(Instant erasedAt, String reference) {
    }

    /** One erasure-log row as shown: the moment in the app's language and zone, and the reference. */
    public record Row(String when, String reference) {
    }

    private final BackupErasures erasures;
    private final Callable<List<Entry>> log;
    private final Background background;
    private final Messages messages;
    private final StatusLine statusLine;
    private final Clock clock;
    private final ObjectProperty<BackupErasures.Handling> handling =
            new SimpleObjectProperty<>(BackupErasures.Handling.REWRITE);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty failed = new SimpleBooleanProperty();

    /**
     * @param log        reads the erasure log, oldest first (on the database thread)
     * @param statusLine the window's status line, which also says what happened to the backups
     * @param clock      its zone is the one the log's moments are shown in
     */
    public BackupErasureViewModel(BackupErasures erasures, Callable<List<Entry>> log, Background background,
                                  Messages messages, StatusLine statusLine, Clock clock) {
        this.erasures = erasures;
        this.log = log;
        this.background = background;
        this.messages = messages;
        this.statusLine = statusLine;
        this.clock = clock;
    }

    /** Reads the setting and the erasure log (newest first); keeps the status of the last run. */
    public void load() {
        background.run(() -> new Loaded(erasures.handling(), log.call()), loaded -> {
            handling.set(loaded.handling());
            rows.setAll(loaded.entries().stream()
                    .sorted((a, b) -> b.erasedAt().compareTo(a.erasedAt()))
                    .map(e -> new Row(messages.dateTime(e.erasedAt().atZone(clock.getZone())), e.reference()))
                    .toList());
        }, failure -> fail("erasure.error.load", failure));
    }

    private record Loaded(BackupErasures.Handling handling, List<Entry> entries) {
    }

    /**
     * Stores {@code value} as the handling of backups taken before an erase, then applies it to the
     * backups that still hold an erased person (if any).
     */
    public void setHandling(BackupErasures.Handling value) {
        if (value == null || value == handling.get()) {
            return;
        }
        handling.set(value);
        background.run(() -> {
            erasures.setHandling(value);
            return null;
        }, done -> apply(), failure -> fail("erasure.error.setting", failure));
    }

    /** After an erase (any change of contacts): applies the setting when an erase was recorded since the last run. */
    public void applyIfNew() {
        background.run(erasures::hasNew, isNew -> {
            if (isNew) {
                apply();
            }
        }, failure -> ErrorReporter.logQuietly("checking for erased people in backups", failure));
    }

    /**
     * Re-writes or deletes the backups that hold an erased person, off the JavaFX thread. The status (and
     * the window's status line) says what was done; a backup that could not be re-written or deleted is
     * named once in plain words. Nothing is said when nothing was pending.
     */
    public void apply() {
        busy.set(true);
        failed.set(false);
        status.set(messages.get(handling.get() == BackupErasures.Handling.DELETE ? "erasure.deleting" : "erasure.rewriting"));
        background.run(erasures::apply, outcome -> {
            busy.set(false);
            String text = outcomeText(outcome);
            status.set(text);
            failed.set(!outcome.newlyFailed().isEmpty());
            if (!text.isEmpty()) {
                statusLine.show(() -> outcomeText(outcome));
            }
            load();
        }, failure -> {
            busy.set(false);
            fail("erasure.error.apply", failure);
        });
    }

    /** What {@link #apply} did, in the app's language; "" when nothing was pending. */
    String outcomeText(BackupErasures.Outcome outcome) {
        StringBuilder text = new StringBuilder();
        if (outcome.rewritten() > 0) {
            text.append(messages.format("erasure.rewritten", outcome.rewritten()));
        }
        if (outcome.deleted() > 0) {
            append(text, messages.format("erasure.deleted", outcome.deleted()));
        }
        if (!outcome.newlyFailed().isEmpty()) {
            append(text, messages.format("erasure.failed", outcome.newlyFailed().size(),
                    outcome.newlyFailed().get(0).path().getFileName().toString()));
        } else if (outcome.pending() > 0 && outcome.failed().isEmpty()) {
            append(text, messages.get("erasure.unreachable"));
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String more) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(more);
    }

    private void fail(String key, Throwable failure) {
        org.slf4j.LoggerFactory.getLogger(BackupErasureViewModel.class).warn("Backup erasure command failed", failure);
        failed.set(true);
        status.set(messages.get(key));
    }

    /** The chosen handling; set it through {@link #setHandling}. */
    public ReadOnlyObjectProperty<BackupErasures.Handling> handlingProperty() {
        return handling;
    }

    /** The erasure log, newest first. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** What the last run did, in the app's language; empty at first. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** True while backups are being re-written or deleted. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True while the status says something went wrong or a backup still holds an erased person. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    /** The handling's name in the app's language. */
    public String handlingText(BackupErasures.Handling value) {
        return messages.get("erasure.handling." + value.name());
    }

    public Messages messages() {
        return messages;
    }
}
