package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.db.AttachmentReferences;
import dk.netdesk.db.AttachmentStore;
import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import dk.netdesk.db.Settings;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.testing.SamplePdfs;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17, item 3: a damaged PDF (one byte changed in a font's ToUnicode stream) made PDFBox throw a
 * NullPointerException that escaped {@code pdfText}: the attach failed with the error dialog and the copied file
 * stayed in attachments/. Right: the file is attached, its text is marked as not readable ("text could not be
 * read from this PDF", in both languages) and nothing is left behind on failure.
 */
class DamagedPdfAttachTest {

    @TempDir
    Path dir;
    @TempDir
    Path incoming;
    Database database;
    LibraryRepository repository;
    LibraryService service;
    LibraryViewModel model;
    final StatusLine status = new StatusLine();

    private void open(Locale language) throws Exception {
        database = Database.open(dir);
        Changes changes = new Changes();
        repository = new LibraryRepository(database, changes, TestApp.CLOCK);
        service = new LibraryService(repository, new AttachmentStore(dir), new AttachmentReferences(database),
                new Settings(database, changes), new StarterLibrary());
        model = new LibraryViewModel(repository, service, changes, Background.direct(), new UndoManager(), status,
                new Messages(language, Bundles.ALL), List::of, EventOptions.none(), Debouncer.immediate());
        model.load();
        LibraryFixtures.add(model);
        model.clearFilters();
        model.queryProperty().set("quokka catalogue");
        model.selectedHitProperty().set(model.hits().get(0));
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private List<Path> storedFiles() throws Exception {
        Path folder = dir.resolve("attachments");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aPdfWithOneByteChangedInItsToUnicodeStreamIsAttachedWithItsTextMarkedAsNotReadable() throws Exception {
        open(Locale.ENGLISH);
        Path pdf = Files.write(incoming.resolve("prisliste.pdf"), SamplePdfs.toUnicodeNullPointer("Prisliste: æble 12 kr"));

        model.attach(pdf);

        assertThat(model.itemProperty().get().attachments()).extracting(Attachment::fileName)
                .containsExactly("prisliste.pdf");
        Attachment attached = model.itemProperty().get().attachments().get(0);
        assertThat(status.textProperty().get()).isEqualTo("Attached prisliste.pdf. Text could not be read from this PDF "
                + "(the file may be damaged), so its content cannot be searched.");
        assertThat(attached.textUnreadable()).isTrue();
        assertThat(model.attachmentNote(attached)).isEqualTo("Text could not be read from this PDF (the file may be "
                + "damaged), so its content cannot be searched. It can still be opened.");
        assertThat(storedFiles()).containsExactly(service.fileOf(attached));
        assertThat(Files.readAllBytes(service.fileOf(attached))).isEqualTo(Files.readAllBytes(pdf));
    }

    @Test
    void aPdfWithABrokenToUnicodeCmapIsAttachedToo_Danish() throws Exception {
        open(Locale.forLanguageTag("da"));
        Path pdf = Files.write(incoming.resolve("østers.pdf"), SamplePdfs.toUnicodeClassCast("Prisliste: østers 40 kr"));

        model.attach(pdf);

        Attachment attached = model.itemProperty().get().attachments().get(0);
        assertThat(status.textProperty().get()).isEqualTo("østers.pdf er vedhæftet. Teksten kunne ikke læses fra denne "
                + "PDF (filen er måske beskadiget), så indholdet kan ikke søges frem.");
        assertThat(attached.textUnreadable()).isTrue();
        assertThat(model.attachmentNote(attached)).isEqualTo("Teksten kunne ikke læses fra denne PDF (filen er måske "
                + "beskadiget), så indholdet kan ikke søges frem. Den kan stadig åbnes.");
        assertThat(storedFiles()).containsExactly(service.fileOf(attached));
    }

    @Test
    void theUndamagedPdfIsReadAndAScanKeepsItsOwnNote() throws Exception {
        open(Locale.ENGLISH);
        model.attach(Files.write(incoming.resolve("ok.pdf"), SamplePdfs.withText("Prisliste: æble 12 kr")));
        Attachment read = model.itemProperty().get().attachments().get(0);
        assertThat(read.hasText()).isTrue();
        assertThat(read.textUnreadable()).isFalse();
        assertThat(model.attachmentNote(read)).isEmpty();
        assertThat(status.textProperty().get()).isEqualTo("Attached ok.pdf.");

        Path scan = incoming.resolve("scan.pdf");
        LibraryRepositoryTest.writePdf(scan, "");
        model.attach(scan);
        Attachment noText = model.itemProperty().get().attachments().get(1);
        assertThat(noText.textUnreadable()).isFalse();
        assertThat(model.attachmentNote(noText)).isEqualTo(
                "No text was found in this PDF (a scan?), so its content cannot be searched.");
    }

    @Test
    void theMarkSurvivesDetachAndUndoOfTheItemsDelete() throws Exception {
        open(Locale.ENGLISH);
        model.attach(Files.write(incoming.resolve("broken.pdf"), SamplePdfs.toUnicodeNullPointer("Prisliste")));
        long id = model.itemProperty().get().id();
        LibraryRepository.Deleted deleted = repository.delete(id).orElseThrow();
        repository.restore(deleted);
        assertThat(repository.find(id).orElseThrow().attachments()).extracting(Attachment::textUnreadable)
                .containsExactly(true);
        Attachment attached = repository.find(id).orElseThrow().attachments().get(0);
        assertThat(repository.removeAttachment(attached.id()).orElseThrow().textUnreadable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"good", "damaged"})
    void anAttachToAnItemDeletedMeanwhileLeavesNoFileAndNoRow(String kind) throws Exception {
        open(Locale.ENGLISH);
        long id = model.itemProperty().get().id();
        repository.delete(id).orElseThrow();
        String before = DatabaseDump.dump(database);
        Path pdf = Files.write(incoming.resolve(kind + ".pdf"), kind.equals("good")
                ? SamplePdfs.withText("Prisliste") : SamplePdfs.toUnicodeNullPointer("Prisliste"));

        Throwable failure = null;
        try {
            service.attach(id, pdf);
        } catch (RuntimeException e) {
            failure = e;
        }

        assertThat(failure).as("the row cannot be written").isNotNull();
        assertThat(storedFiles()).as("nothing left in attachments/").isEmpty();
        assertThat(DatabaseDump.dump(database)).isEqualTo(before);
    }
}
