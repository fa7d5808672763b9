package dk.netdesk.exchange;

import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The "Export contacts" dialog: the format, whether to include do-not-contact people, how many
 * there are, the export's progress and its summary. The export runs on the database thread
 * ({@link Background}); progress and the summary come back on the JavaFX thread.
 */
public final class ContactsExportViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContactsExportViewModel.class);
    /** Progress is handed to the JavaFX thread at most this often (every so many contacts). */
    private static final int PROGRESS_STEP = 100;

    private final ContactsExport export;
    private final Background background;
    private final StatusLine status;
    private final Messages messages;
    private final Clock clock;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final BooleanProperty includeBlocked = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ContactsExport.Counts> counts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ContactsExport.Result> result = new ReadOnlyObjectWrapper<>();

    public ContactsExportViewModel(ContactsExport export, Background background, StatusLine status, Messages messages,
                                   Clock clock) {
        this.export = export;
        this.background = background;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
    }

    /** Resets the dialog (include blocked off, no summary) and reads how many contacts there are. */
    public void open() {
        includeBlocked.set(false);
        summary.set("");
        failed.set(false);
        progress.set(0);
        result.set(null);
        background.run(export::counts, counts::set);
    }

    /**
     * True when the export would include do-not-contact people: the view must then ask
     * ({@link #confirmationText()}) before {@link #export(Path)}.
     */
    public boolean needsConfirmation() {
        ContactsExport.Counts c = counts.get();
        return includeBlocked.get() && c != null && c.blocked() > 0;
    }

    /** The question naming how many do-not-contact people would be included. */
    public String confirmationText() {
        ContactsExport.Counts c = counts.get();
        return messages.format("exchange.export.confirm.header", c == null ? 0 : c.blocked());
    }

    /**
     * The default file name in the UI language: {@code contacts-<yyyy-mm-dd>.<csv|vcf>} in English,
     * {@code kontakter-<yyyy-mm-dd>.<csv|vcf>} in Danish; today by the injected clock.
     */
    public String suggestedFileName() {
        return messages.format("exchange.export.fileName", LocalDate.now(clock).toString(), format.get().extension());
    }

    /**
     * Writes the contacts to {@code file} in the chosen format, off the JavaFX thread. On success the
     * summary and the status line say "Exported N contacts (M left out: do not contact)"; on failure
     * they say that nothing was written and where. Does nothing while an export runs.
     */
    public void export(Path file) {
        if (running.get()) {
            return;
        }
        ExportFormat chosen = format.get();
        boolean blocked = includeBlocked.get();
        running.set(true);
        failed.set(false);
        progress.set(0);
        summary.set(messages.get("exchange.export.running"));
        Progress told = (done, total) -> {
            if (done == total || done % PROGRESS_STEP == 0) {
                double part = total == 0 ? 1 : (double) done / total;
                background.onUiThread(() -> progress.set(part));
            }
        };
        background.run(() -> export.export(file, chosen, blocked, told), written -> {
            running.set(false);
            progress.set(1);
            result.set(written);
            String text = summaryOf(messages, written);
            summary.set(text);
            status.done(() -> summaryOf(messages, written));
        }, error -> {
            running.set(false);
            failed.set(true);
            // The contacts stay out of the log: only the kind of failure and the file.
            LOG.warn("Contacts export to {} failed: {}", file, error.toString());
            String text = messages.format("exchange.export.failed", file.toString(),
                    WriteProblem.describe(error, messages));
            summary.set(text);
            status.show(() -> messages.format("exchange.export.failed", file.toString(), WriteProblem.describe(error, messages)));
        });
    }

    /** "Exported N contacts to FILE" with "(M left out: do not contact)" when some were left out. */
    public static String summaryOf(Messages messages, ContactsExport.Result result) {
        return result.leftOut() == 0
                ? messages.format("exchange.export.done", result.exported(), result.file().toString())
                : messages.format("exchange.export.doneLeftOut", result.exported(), result.leftOut(),
                        result.file().toString());
    }

    public ObjectProperty<ExportFormat> formatProperty() { return format; }
    /** Whether do-not-contact people are included (asked again before the export). */
    public BooleanProperty includeBlockedProperty() { return includeBlocked; }
    /** How many contacts and do-not-contact people there are, or null until read. */
    public ReadOnlyObjectProperty<ContactsExport.Counts> countsProperty() { return counts.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** 0 to 1 while and after an export runs. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** What the dialog says under its fields: running, the summary, or the failure; "" before an export. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** True after the last export failed. */
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
    /** What the last export wrote, or null. */
    public ReadOnlyObjectProperty<ContactsExport.Result> resultProperty() { return result.getReadOnlyProperty(); }
}
