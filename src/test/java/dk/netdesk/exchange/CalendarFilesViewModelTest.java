package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.calendar.Category;
import dk.netdesk.calendar.Kind;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's and the export action's view-model, without a window. */
class CalendarFilesViewModelTest {

    @TempDir
    Path dir;
    @TempDir
    Path files;
    CalendarRoundTrip app;
    CalendarFilesViewModel model;
    StatusLine status = new StatusLine();
    dk.netdesk.ui.UndoManager undo = new dk.netdesk.ui.UndoManager();

    @BeforeEach
    void open() throws Exception {
        app = new CalendarRoundTrip(dir);
        model = new CalendarFilesViewModel(app.importer, app.exporter, Background.direct(), undo, status,
                new Messages(Locale.ENGLISH, Bundles.ALL));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    Path sample(String name) throws Exception {
        Path file = files.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("ics/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void importsTheChosenFileAsTheChosenCategoryAndSummarises() throws Exception {
        model.open();
        assertThat(model.canImportProperty().get()).as("no file yet").isFalse();
        assertThat(model.categoryProperty().get()).isEqualTo(Category.WORK);
        model.fileProperty().set(sample("google.ics"));
        model.categoryProperty().set(Category.PERSONAL);
        assertThat(model.canImportProperty().get()).isTrue();

        model.importFile();

        assertThat(model.doneProperty().get()).isTrue();
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.summaryProperty().get()).isEqualTo("Created: 3  ·  Updated: 0  ·  Left out: 2");
        assertThat(model.rejected()).hasSize(2);
        assertThat(model.rejected().get(0)).startsWith("Line ").contains("(event 6)", "FREQ=YEARLY");
        assertThat(status.textProperty().get()).isEqualTo("Imported 3 new events and updated none from google.ics; 2 left out.");
        assertThat(app.events()).extracting(CalendarRoundTrip.Event::kind).containsOnly(Kind.OTHER);

        model.open();
        assertThat(model.summaryProperty().get()).isEmpty();
        assertThat(model.rejected()).isEmpty();
        assertThat(model.fileProperty().get()).isNull();
    }

    /** Every table's rows, less SQLite's id counter (an undone insert keeps the ids it used). */
    private String rows() throws Exception {
        return DatabaseDump.dump(app.database, java.util.Set.of("sqlite_sequence"));
    }

    @Test
    void anImportIsOneUndoStepThatTakesBackExactlyWhatItDid() throws Exception {
        var before = rows();
        Path google = sample("google.ics");
        model.open();
        model.fileProperty().set(google);
        model.importFile();
        var imported = rows();
        assertThat(imported).isNotEqualTo(before);
        assertThat(undo.undoDescriptionProperty().get()).isEqualTo("import of 3 events from google.ics");

        undo.undo();
        assertThat(rows()).as("every imported event removed").isEqualTo(before);
        undo.redo();
        assertThat(rows()).as("the same rows, ids and UIDs again").isEqualTo(imported);

        // the same file again updates the three events; undoing that puts them back as they were
        model.open();
        model.fileProperty().set(google);
        model.importFile();
        assertThat(model.summaryProperty().get()).startsWith("Created: 0  ·  Updated: 3");
        undo.undo();
        assertThat(rows()).isEqualTo(imported);
        assertThat(undo.undoDescriptionProperty().get()).isEqualTo("import of 3 events from google.ics");
    }

    @Test
    void afterASuccessfulImportImportWaitsForAnotherFile() throws Exception {
        model.open();
        model.fileProperty().set(sample("google.ics"));
        assertThat(model.canImportProperty().get()).isTrue();
        model.importFile();
        assertThat(model.doneProperty().get()).as("done: Close becomes the main button").isTrue();
        assertThat(model.canImportProperty().get()).as("the same file is not offered a second time").isFalse();
        var after = rows();
        model.importFile();
        assertThat(rows()).as("a second call does nothing").isEqualTo(after);

        model.fileProperty().set(sample("outlook.ics"));
        assertThat(model.doneProperty().get()).isFalse();
        assertThat(model.canImportProperty().get()).as("another file can be imported").isTrue();
    }

    @Test
    void aBrokenFileSaysWhyAndChangesNothing() throws Exception {
        var before = DatabaseDump.dump(app.database);
        model.open();
        model.fileProperty().set(sample("truncated.ics"));
        model.importFile();
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.summaryProperty().get()).startsWith("truncated.ics, line ")
                .doesNotContain("Unexpected end of file");
        assertThat(model.summaryProperty().get().split("Nothing was imported", -1)).as("said once").hasSize(2);
        assertThat(DatabaseDump.dump(app.database)).isEqualTo(before);
    }

    /** The view-model over an importer that speaks Danish, on the same database. */
    CalendarFilesViewModel danish() {
        Messages da = new Messages(new Locale("da"), Bundles.ALL);
        CalendarImport importer = new CalendarImport(app.database, app.calendar, app.uids, new dk.netdesk.db.Changes(),
                da, dk.netdesk.testing.TestApp.CLOCK::getZone);
        return new CalendarFilesViewModel(importer, app.exporter, Background.direct(), undo, status, da);
    }

    @Test
    void aBrokenFileIsExplainedOnceAndAllInDanish() throws Exception {
        CalendarFilesViewModel danish = danish();
        danish.open();
        danish.fileProperty().set(sample("truncated.ics"));
        danish.importFile();
        String text = danish.summaryProperty().get();
        assertThat(text).startsWith("truncated.ics, linje ").contains("filen slutter, før kalenderen gør")
                .doesNotContain("Unexpected", "end of file");
        assertThat(text.split("Intet blev importeret", -1)).as("said once").hasSize(2);
    }

    @Test
    void anEmptyFileSaysSoInBothLanguages() throws Exception {
        Path empty = files.resolve("empty.ics");
        Files.writeString(empty, "");
        model.open();
        model.fileProperty().set(empty);
        model.importFile();
        assertThat(model.summaryProperty().get()).isEqualTo(
                "empty.ics: the file is empty. Nothing was imported; export the calendar again and import the new file.");

        CalendarFilesViewModel danish = danish();
        danish.open();
        danish.fileProperty().set(empty);
        danish.importFile();
        assertThat(danish.summaryProperty().get()).isEqualTo(
                "empty.ics: filen er tom. Intet blev importeret; eksportér kalenderen igen, og importér den nye fil.");
    }

    @Test
    void exportsAndSaysWhereOrWhyNot() throws Exception {
        model.open();
        model.fileProperty().set(sample("apple.ics"));
        model.importFile();
        Path target = files.resolve("ud.ics");
        model.export(target);
        assertThat(status.textProperty().get()).isEqualTo("Exported 2 events to " + target);
        assertThat(Files.readString(target)).contains("UID:5E0F3C2A-9B1D-4E6F-8A7B-1C2D3E4F5A6B");

        model.export(files.resolve("no-such-folder").resolve("ud.ics"));
        assertThat(status.textProperty().get()).startsWith("Could not export the calendar to ")
                .endsWith("the folder does not exist. Nothing was written.");
    }
}
