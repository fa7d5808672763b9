package dk.netdesk.exchange;

import dk.netdesk.calendar.Category;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The calendar screen's "Import calendar…" dialog and "Export calendar…" action: the chosen file,
 * work or personal, and the import's summary (created, updated, and each event left out with its
 * line and reason). Both run on the database thread ({@link Background}); results come back on the
 * JavaFX thread and are also said in the status line.
 */
public final class CalendarFilesViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CalendarFilesViewModel.class);

    private final CalendarImport importer;
    private final CalendarExport exporter;
    private final Background background;
    private final UndoManager undo;
    private final StatusLine status;
    private final Messages messages;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(Category.WORK);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> rejected = FXCollections.observableArrayList();
    private final BooleanBinding canImport;

    /** @param undo where a finished import is recorded as one undo step ("Undo import of 37 events from work.ics") */
    public CalendarFilesViewModel(CalendarImport importer, CalendarExport exporter, Background background,
                                  UndoManager undo, StatusLine status, Messages messages) {
        this.importer = importer;
        this.exporter = exporter;
        this.background = background;
        this.undo = undo;
        this.status = status;
        this.messages = messages;
        this.canImport = Bindings.createBooleanBinding(() -> file.get() != null && !running.get() && !done.get(),
                file, running, done);
        // a finished import is not offered again for the same file: another file makes Import possible again
        file.addListener((obs, old, now) -> done.set(false));
    }

    /** Resets the dialog: no file, work chosen, no summary. */
    public void open() {
        file.set(null);
        category.set(Category.WORK);
        done.set(false);
        failed.set(false);
        summary.set("");
        rejected.clear();
    }

    /**
     * Imports the chosen file as the chosen category. Afterwards {@link #summaryProperty()} says
     * "Created: n · Updated: n · Left out: n" and {@link #rejected()} lists "Line l (event n): reason";
     * or, for a file that cannot be imported, {@link #failedProperty()} is true and the summary says why
     * (nothing was changed). An import that changed something is one undo step, which takes back exactly
     * what it added, updated or removed. Does nothing while an import runs or without a file.
     */
    public void importFile() {
        Path chosen = file.get();
        Category as = category.get();
        if (!canImport.get()) {
            return;
        }
        running.set(true);
        done.set(false);
        failed.set(false);
        rejected.clear();
        summary.set(messages.format("exchange.ics.import.running", String.valueOf(chosen.getFileName())));
        background.run(() -> importer.importFile(chosen, as), result -> {
            running.set(false);
            done.set(true);
            summary.set(messages.format("exchange.ics.import.result", result.created(), result.updated(),
                    result.rejected().size()));
            for (RejectedRecord r : result.rejected()) {
                rejected.add(messages.format("exchange.ics.import.rejectedLine", r.line(), r.record(), r.reason()));
            }
            status.done(() -> messages.format("exchange.ics.summary", result.created(), result.updated(),
                    String.valueOf(chosen.getFileName()), result.rejected().size()));
            if (!result.undo().isEmpty()) {
                undo.done(undoStep(result.undo()));
            }
        }, error -> {
            running.set(false);
            failed.set(true);
            if (error instanceof ImportFileException) {
                summary.set(error.getMessage()); // it says what is wrong, where, and that nothing was imported
                status.show(error::getMessage); // formatted again in the new language after a switch
            } else {
                LOG.warn("Calendar import of {} failed: {}", chosen, error.toString());
                summary.set(messages.format("exchange.ics.import.failed", String.valueOf(error.getMessage())));
                background.report(error);
                status.show(() -> messages.format("exchange.ics.import.failed", String.valueOf(error.getMessage())));
            }
        });
    }

    private UndoManager.Command undoStep(CalendarImportUndo done) {
        return UndoManager.Command.of(() -> messages.format("exchange.ics.undo", done.events(), done.fileName()),
                () -> background.run(() -> importer.undo(done), () -> { }, this::undoFailed),
                () -> background.run(() -> importer.redo(done), () -> { }, this::undoFailed));
    }

    private void undoFailed(Throwable failure) {
        LOG.warn("Undoing or redoing a calendar import failed: {}", failure.toString());
        background.report(failure);
    }

    /** Writes every event to {@code target} (.ics); the status line says how many and where, or why not. */
    public void export(Path target) {
        background.run(() -> exporter.write(target),
                result -> status.done(() -> messages.format("exchange.ics.exported", result.events(), result.file())),
                error -> {
                    LOG.warn("Calendar export to {} failed: {}", target, error.toString());
                    status.show(() -> messages.format("exchange.ics.export.failed", target,
                            WriteProblem.describe(error, messages)));
                });
    }

    /** The export's default file name in the UI language: "netdesk-calendar.ics", in Danish "netdesk-kalender.ics". */
    public String suggestedFileName() {
        return messages.get("exchange.ics.export.fileName");
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once an import has finished (the summary is showing). */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One line for each event left out by the last import. */
    public ObservableList<String> rejected() {
        return rejected;
    }

    /** True when a file is chosen, no import runs and the chosen file has not just been imported. */
    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
