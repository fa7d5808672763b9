package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attachments section of the contact editor, through the app as composed (no window). */
class ContactAttachmentsViewModelTest {

    @TempDir
    Path dir;
    @TempDir
    Path incoming;
    TestApp app;
    ContactDetailsViewModel editor;
    ContactAttachmentsViewModel model;
    final List<String> opened = new ArrayList<>();
    long anna;
    long bo;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        app.context().setOpener((uri, onFailure) -> opened.add(uri));
        editor = app.context().contactsEditor();
        model = editor.attachments();
        anna = app.context().contactService().create(ContactDetails.named("Anna Jensen"), null).id();
        bo = app.context().contactService().create(ContactDetails.named("Bo Nielsen"), null).id();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private String status() {
        return app.context().status().textProperty().get();
    }

    @Test
    void aPdfIsAttachedListedWithItsSizeAndOpenedWithTheSystemViewer() throws Exception {
        editor.open(anna);
        assertThat(model.attachments()).isEmpty();
        Path pdf = Files.write(incoming.resolve("Tilbud.pdf"), new byte[2_400]);

        model.attach(pdf);

        assertThat(model.attachments()).extracting(ContactAttachment::fileName).containsExactly("Tilbud.pdf");
        ContactAttachment added = model.attachments().get(0);
        assertThat(added.contactId()).isEqualTo(anna);
        assertThat(added.mediaType()).isEqualTo("application/pdf");
        assertThat(added.size()).isEqualTo(2_400);
        assertThat(model.sizeText(added)).isEqualTo("2.4 kB");
        assertThat(status()).isEqualTo("Attached Tilbud.pdf. Ctrl+Z removes it.");

        model.open(added);
        Path stored = app.context().contactAttachments().fileOf(added);
        assertThat(opened).containsExactly(stored.toUri().toString());
        assertThat(stored.getParent()).isEqualTo(dir.resolve("attachments"));
        assertThat(stored.getFileName().toString()).isEqualTo(added.sha256() + ".pdf");
    }

    @Test
    void anEmptyOrTinyFileShowsItsBytesNotOneKilobyte() {
        ContactAttachment empty = new ContactAttachment(1, anna, "tom.pdf", "0".repeat(64), "application/pdf", 0,
                java.time.Instant.EPOCH);
        ContactAttachment tiny = new ContactAttachment(2, anna, "lille.png", "0".repeat(64), "image/png", 17,
                java.time.Instant.EPOCH);

        assertThat(model.sizeText(empty)).isEqualTo("0 bytes");
        assertThat(model.sizeText(tiny)).isEqualTo("17 bytes");
    }

    @Test
    void aFileThatIsNotAPdfOrAnImageIsRefusedWithAMessageAndNothingIsWritten() throws Exception {
        editor.open(anna);
        Path script = Files.writeString(incoming.resolve("run-me.sh"), "#!/bin/sh\necho hi\n");
        Path doc = Files.writeString(incoming.resolve("notes.docx"), "words");

        model.attach(script);
        assertThat(status()).isEqualTo("run-me.sh is not a PDF or an image, so it was not attached. "
                + "Attach PDF, PNG, JPEG, GIF, WebP or BMP files.");
        model.attach(doc);

        assertThat(model.attachments()).isEmpty();
        assertThat(app.context().contactAttachments().of(anna)).isEmpty();
        assertThat(dir.resolve("attachments")).doesNotExist();
        assertThat(app.context().undo().canUndoProperty().get()).isFalse();
    }

    @Test
    void removeIsUndoneAndRedoneWithTheFileKept() throws Exception {
        editor.open(anna);
        model.attach(Files.writeString(incoming.resolve("photo.png"), "pixels"));
        ContactAttachment added = model.attachments().get(0);
        Path stored = app.context().contactAttachments().fileOf(added);

        model.remove(added);
        assertThat(model.attachments()).isEmpty();
        assertThat(status()).isEqualTo("Removed photo.png. Ctrl+Z puts it back.");
        assertThat(stored).as("kept for undo").exists();

        app.context().undo().undo();
        assertThat(model.attachments()).containsExactly(added);
        app.context().undo().redo();
        assertThat(model.attachments()).isEmpty();
        app.context().undo().undo();
        assertThat(model.attachments()).containsExactly(added);
        model.open(model.attachments().get(0));
        assertThat(opened).containsExactly(stored.toUri().toString());
    }

    @Test
    void theSectionFollowsTheOpenContactAndOtherEditors() throws Exception {
        editor.open(anna);
        model.attach(Files.writeString(incoming.resolve("anna.png"), "anna"));
        editor.open(bo);
        assertThat(model.attachments()).isEmpty();

        // Another editor (the board's) attaches to Bo: this one follows.
        ContactDetailsViewModel board = app.context().pipelineDetails();
        board.open(bo);
        board.attachments().attach(Files.writeString(incoming.resolve("bo.pdf"), "%PDF bo"));
        assertThat(model.attachments()).extracting(ContactAttachment::fileName).containsExactly("bo.pdf");

        editor.close();
        assertThat(model.attachments()).isEmpty();
    }

    @Test
    void aFileMissingFromTheFolderIsSaidInsteadOfOpened() throws Exception {
        editor.open(anna);
        model.attach(Files.writeString(incoming.resolve("gone.png"), "soon gone"));
        ContactAttachment added = model.attachments().get(0);
        Files.delete(app.context().contactAttachments().fileOf(added));

        model.open(added);

        assertThat(opened).isEmpty();
        assertThat(status()).isEqualTo("The file of gone.png is missing from the attachments folder. Attach it again.");
    }

    @Test
    void aDecomposedFileNameIsStoredComposed() throws Exception {
        editor.open(anna);
        model.attach(Files.writeString(incoming.resolve("Ga\u030ardbutik.png"), "shop"));
        assertThat(model.attachments().get(0).fileName()).isEqualTo("G\u00e5rdbutik.png");
    }

    @Test
    void anAttachmentNoProgramCanOpenIsSaidInTheStatusLine() throws Exception {
        editor.open(anna);
        model.attach(Files.write(incoming.resolve("Tilbud.pdf"), new byte[300]));
        ContactAttachment added = model.attachments().get(0);
        Path stored = app.context().contactAttachments().fileOf(added);
        app.context().setOpener((uri, onFailure) -> {
            opened.add(uri);
            onFailure.accept(new java.io.IOException("xdg-open could not open " + uri + " (exit 3)"));
        });

        model.open(added);

        assertThat(opened).containsExactly(stored.toUri().toString());
        assertThat(status()).isEqualTo("No program could open Tilbud.pdf. Install a PDF viewer, or open the file from the folder "
                + stored.toAbsolutePath().getParent() + ".");
    }

    @Test
    void anImageNoProgramCanOpenAsksForAnImageViewer() throws Exception {
        editor.open(anna);
        model.attach(Files.writeString(incoming.resolve("Butik.png"), "shop"));
        app.context().setOpener((uri, onFailure) -> onFailure.accept(new java.io.IOException("no viewer")));

        model.open(model.attachments().get(0));

        assertThat(status()).startsWith("No program could open Butik.png. Install an image viewer, or open the file from the folder ");
    }
}
