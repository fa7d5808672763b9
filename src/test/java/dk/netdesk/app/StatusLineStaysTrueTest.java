package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.Category;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.exchange.CalendarFilesViewModel;
import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.pipeline.PipelineViewModel;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status line says what is true now (issue 15, items 1 and 19): a message is written again in the new
 * language after a switch, says what was undone once it is undone, goes once the fields it complains about
 * are fixed, and never doubles the period after a name that ends in one.
 */
class StatusLineStaysTrueTest {

    @TempDir
    Path dir;
    TestApp app;
    AppContext context;

    @BeforeEach
    void setUp() {
        app = TestApp.open(dir, Locale.ENGLISH);
        context = app.context();
        context.pipeline().load();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private String status() {
        return context.status().textProperty().get();
    }

    private long add(String name) {
        long id = People.service(app.database(), new Changes(), TestApp.CLOCK)
                .create(ContactDetails.named(name).withContact("", "", ""), null).id();
        context.pipeline().load();
        return id;
    }

    @Test
    void aFileErrorInTheStatusLineIsDanishAfterTheSwitch() throws Exception {
        Path empty = Files.writeString(dir.resolve("tom.ics"), "");
        CalendarFilesViewModel files = context.calendarFiles();
        files.open();
        files.fileProperty().set(empty);
        files.categoryProperty().set(Category.WORK);
        files.importFile();
        assertThat(status()).isEqualTo("tom.ics: the file is empty. Nothing was imported; export the calendar again "
                + "and import the new file.");

        context.shell().setLanguage(new Locale("da"));
        assertThat(status()).isEqualTo("tom.ics: filen er tom. Intet blev importeret; eksportér kalenderen igen, "
                + "og importér den nye fil.");
    }

    @Test
    void aMoveAndItsUndoAreDanishAfterTheSwitch() {
        long bo = add("Bo");
        PipelineViewModel board = context.pipeline();
        board.moveCard(bo, board.columns().get(1).stage().id(), 0);
        assertThat(status()).startsWith("Moved Bo to ");

        context.shell().setLanguage(new Locale("da"));
        assertThat(status()).startsWith("Bo er flyttet til ");
        context.undo().undo();
        assertThat(status()).isEqualTo("Fortrudt: flytning af Bo.");
    }

    @Test
    void anUndoneMoveNoLongerOffersCtrlZ() {
        long bo = add("Bo");
        PipelineViewModel board = context.pipeline();
        board.moveCard(bo, board.columns().get(1).stage().id(), 0);
        assertThat(status()).contains("Ctrl+Z");

        context.undo().undo();
        assertThat(status()).isEqualTo("Undone: move of Bo.");
        context.undo().redo();
        assertThat(status()).isEqualTo("Redone: move of Bo.");
    }

    @Test
    void aMessageThatOffersCtrlZGoesWhenTheUndoHistoryIsCleared() {
        long bo = add("Bo");
        PipelineViewModel board = context.pipeline();
        board.moveCard(bo, board.columns().get(1).stage().id(), 0);
        assertThat(status()).contains("Ctrl+Z");

        context.undo().clear();
        assertThat(status()).doesNotContain("Ctrl+Z");
    }

    @Test
    void theMessageAboutFieldsMarkedInRedGoesOnceTheyAreFixed() {
        ContactDetailsViewModel details = context.pipelineDetails();
        details.newContact();
        details.form().nameProperty().set("Bo");
        details.form().emailsProperty().set("bo@");
        assertThat(details.save()).isFalse();
        assertThat(status()).isEqualTo("Not saved: correct the fields marked in red.");

        details.form().emailsProperty().set("bo@example");
        assertThat(status()).as("still wrong").isEqualTo("Not saved: correct the fields marked in red.");
        details.form().emailsProperty().set("bo@example.dk");
        assertThat(status()).isEmpty();
    }

    @Test
    void theMessageAboutFieldsMarkedInRedGoesWhenTheEditorIsLeft() {
        ContactDetailsViewModel details = context.pipelineDetails();
        details.newContact();
        details.form().nameProperty().set("Bo");
        details.form().emailsProperty().set("bo@");
        details.save();
        assertThat(status()).isEqualTo("Not saved: correct the fields marked in red.");

        details.setAskToLeave(() -> dk.netdesk.ui.LeaveChoice.DISCARD);
        details.close();
        assertThat(status()).isEmpty();
    }

    @Test
    void aNameThatEndsInAPeriodGetsOnePeriod() {
        ContactDetailsViewModel details = context.pipelineDetails();
        details.newContact();
        details.form().nameProperty().set("Mette S.");
        assertThat(details.save()).isTrue();
        assertThat(status()).isEqualTo("Added Mette S.");

        context.undo().undo();
        assertThat(status()).isEqualTo("Undone: adding Mette S.");
        context.shell().setLanguage(new Locale("da"));
        assertThat(status()).isEqualTo("Fortrudt: oprettelse af Mette S.");
    }

    @Test
    void everyBundleFormatsANameBeforeAPeriodWithOnePeriod() {
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        assertThat(messages.format("contact.status.saved", "Mette S.")).isEqualTo("Saved Mette S.");
        assertThat(messages.format("contact.status.deleted", "Mette S.")).isEqualTo("Deleted Mette S. Press Ctrl+Z to undo.");
        assertThat(messages.format("pipeline.status.moved", "Mette S.", "Contacted")).isEqualTo(
                "Moved Mette S. to Contacted. Press Ctrl+Z to undo.");
        assertThat(messages.format("contact.status.saved", "Bo")).isEqualTo("Saved Bo.");
        assertThat(messages.format("status.undone", "move of Mette S.")).isEqualTo("Undone: move of Mette S.");
        messages.setLocale(new Locale("da"));
        assertThat(messages.format("contact.status.created", "Mette S.")).isEqualTo("Mette S. er tilføjet.");
        assertThat(messages.format("status.undone", "flytning af Mette S.")).isEqualTo("Fortrudt: flytning af Mette S.");
    }
}
