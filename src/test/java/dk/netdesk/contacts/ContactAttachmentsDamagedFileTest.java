package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.testing.DatabaseDump;
import dk.netdesk.testing.SamplePdfs;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 3, for the contacts' attachments (the same attachments folder and PDF reading as the
 * library's): a damaged PDF is attached like any other, and an attach that fails leaves no file behind.
 */
class ContactAttachmentsDamagedFileTest {

    @TempDir
    Path dir;
    @TempDir
    Path incoming;
    TestApp app;
    ContactDetailsViewModel editor;
    ContactAttachmentsViewModel model;
    long anna;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        editor = app.context().contactsEditor();
        model = editor.attachments();
        anna = app.context().contactService().create(ContactDetails.named("Anna Jensen"), null).id();
    }

    @AfterEach
    void tearDown() {
        app.close();
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
    void aPdfWithOneByteChangedInItsToUnicodeStreamIsAttached() throws Exception {
        editor.open(anna);
        Path pdf = Files.write(incoming.resolve("tilbud.pdf"), SamplePdfs.toUnicodeNullPointer("Tilbud: 2 x aloe"));

        model.attach(pdf);

        assertThat(model.attachments()).extracting(ContactAttachment::fileName).containsExactly("tilbud.pdf");
        assertThat(app.context().status().textProperty().get()).isEqualTo("Attached tilbud.pdf. Ctrl+Z removes it.");
        assertThat(storedFiles()).containsExactly(app.context().contactAttachments().fileOf(model.attachments().get(0)));
    }

    @Test
    void anAttachToAContactDeletedMeanwhileLeavesNoFileAndChangesNothing() throws Exception {
        app.context().contactService().delete(anna, null);
        String before = DatabaseDump.dump(app.database(), Set.of());
        Path pdf = Files.write(incoming.resolve("tilbud.pdf"), SamplePdfs.withText("Tilbud"));

        assertThatThrownBy(() -> app.context().contactAttachments().attach(anna, pdf, null))
                .isInstanceOf(IllegalStateException.class);

        assertThat(storedFiles()).as("nothing left in attachments/").isEmpty();
        assertThat(DatabaseDump.dump(app.database(), Set.of())).isEqualTo(before);
    }
}
