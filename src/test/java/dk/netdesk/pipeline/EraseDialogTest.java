package dk.netdesk.pipeline;

import static dk.netdesk.db.generated.Tables.CALENDAR_EVENT;
import static dk.netdesk.db.generated.Tables.CONTACT;
import static dk.netdesk.db.generated.Tables.ERASURE_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Erase this person…" as a user does it, by keyboard: from the contact details' More menu on the
 * Contacts screen, over a contact with a follow-up Netdesk made and an event the user typed.
 */
@ExtendWith(ApplicationExtension.class)
class EraseDialogTest {

    private static final String NAME = "Birthe Kjærsgaard";

    @TempDir
    static Path dir;
    TestApp app;
    long birthe;
    long followUp;
    long coffee;

    /** The window and two calendar events on a busy build machine can take longer than TestFX's default 30 s. */
    @org.junit.jupiter.api.BeforeAll
    static void patientSetup() {
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        Contact b = app.context().contactService().create(new ContactDetails(NAME, List.of("20 30 40 50"),
                List.of("bk@example.dk"), "", "", "", "", "Hjørring", null, null, null, null, List.of("VIP"), ""), null);
        birthe = b.id();
        followUp = app.context().calendarService().scheduleFollowUp(birthe, LocalDateTime.of(2026, 12, 1, 9, 0),
                Duration.ofMinutes(30)).id();
        app.context().calendar().load();
        app.context().calendar().create(new EventDraft("Coffee with " + NAME, LocalDateTime.of(2026, 12, 3, 10, 0),
                LocalDateTime.of(2026, 12, 3, 11, 0), false, "Vestergade 17", "Call 20 30 40 50", birthe,
                Kind.NETWORKING, null, null));
        coffee = app.database().dsl().select(CALENDAR_EVENT.ID).from(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.TITLE.eq("Coffee with " + NAME)).fetchOne(CALENDAR_EVENT.ID);
        app.showShell(stage).select("contacts");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    /** Presses Tab until {@code id} has the focus (at most 30 times); fails when it never does. */
    private void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 30; i++) {
            Node focused = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(EraseDialogTest::focusedNode));
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static Node focusedNode() {
        // The dialog is the newest focused window (Monocle keeps its owner focused too).
        List<Node> owners = Window.getWindows().stream().filter(Window::isFocused).map(w -> w.getScene().getFocusOwner())
                .toList();
        return owners.isEmpty() ? null : owners.get(owners.size() - 1);
    }

    @Test
    void eraseFromTheMoreMenuByKeyboardAppliesTheChoicesAndClosesTheDetails(FxRobot robot) {
        TableView<Contact> table = robot.lookup("#contact-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context().contactsEditor().contactIdProperty().get()).isEqualTo(birthe);

        MenuButton more = robot.lookup("#details-more").queryAs(MenuButton.class);
        assertThat(more.getItems()).extracting(javafx.scene.control.MenuItem::getId)
                .containsExactly("details-export", "details-export-zip", "details-erase");
        assertThat(more.getItems().get(2).getText()).isEqualTo("_Erase this person…");
        assertThat(more.getItems().get(2).isMnemonicParsing()).isTrue();
        robot.interact(more::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(more.isShowing()).isTrue();
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Button erase = robot.lookup("#erase-erase").queryButton();
        Button cancel = robot.lookup("#erase-cancel").queryButton();
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(cancel.isCancelButton()).isTrue();
        assertThat(erase.isDefaultButton()).isFalse();
        assertThat(erase.isDisabled()).isTrue();
        assertThat(robot.lookup("#erase-count-phones").queryLabeled().getText()).isEqualTo("1");
        assertThat(robot.lookup("#erase-count-events").queryLabeled().getText()).isEqualTo("2");
        assertThat(robot.lookup("#erase-event-" + followUp + "-delete").tryQuery()).as("no choice for a follow-up").isEmpty();

        tabTo(robot, "erase-event-" + coffee + "-keep");
        robot.type(KeyCode.SPACE);
        assertThat(robot.lookup("#erase-event-" + coffee + "-keep").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(erase.isDisabled()).as("not yet understood").isTrue();
        tabTo(robot, "erase-understood");
        robot.type(KeyCode.SPACE);
        assertThat(robot.lookup("#erase-understood").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(erase.isDisabled()).isFalse();
        tabTo(robot, "erase-erase");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        String reference = app.database().dsl().select(ERASURE_LOG.REFERENCE).from(ERASURE_LOG).fetchOne(ERASURE_LOG.REFERENCE);
        assertThat(robot.lookup("#erase-reference").queryAs(TextField.class).getText()).isEqualTo(reference);
        assertThat(robot.lookup("#erase-done").queryLabeled().getText()).contains(reference).contains("28 Nov 2026");
        assertThat(app.database().dsl().fetchExists(CONTACT, CONTACT.ID.eq(birthe))).isFalse();
        assertThat(app.database().dsl().fetchExists(CALENDAR_EVENT, CALENDAR_EVENT.ID.eq(followUp))).isFalse();
        var kept = app.database().dsl().selectFrom(CALENDAR_EVENT).where(CALENDAR_EVENT.ID.eq(coffee)).fetchOne();
        assertThat(kept).as("kept, as chosen").isNotNull();
        assertThat(kept.getContactId()).isNull();
        assertThat(kept.getTitle()).doesNotContain("Birthe");
        assertThat(app.context().contactsEditor().openProperty().get()).as("the details panel closed").isFalse();
        assertThat(table.getItems()).isEmpty();

        assertThat(cancel.getText()).isEqualTo("Close");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#erase-dialog").tryQuery()).isEmpty();
        assertThat(app.context().status().textProperty().get()).contains(reference);
    }

    @Test
    void cancelLeavesThePersonAndTheirEvents(FxRobot robot) {
        TableView<Contact> table = robot.lookup("#contact-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        MenuButton more = robot.lookup("#details-more").queryAs(MenuButton.class);
        robot.interact(() -> more.getItems().stream().filter(i -> "details-erase".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#erase-event-" + coffee + "-delete");
        robot.clickOn("#erase-understood");
        assertThat(robot.lookup("#erase-erase").queryButton().isDisabled()).isFalse();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#erase-dialog").tryQuery()).as("Escape is Cancel").isEmpty();
        assertThat(app.database().dsl().fetchExists(CONTACT, CONTACT.ID.eq(birthe))).isTrue();
        assertThat(app.database().dsl().fetchCount(CALENDAR_EVENT, CALENDAR_EVENT.CONTACT_ID.eq(birthe))).isEqualTo(2);
        assertThat(app.database().dsl().fetchCount(ERASURE_LOG)).isZero();
        assertThat(app.context().contactsEditor().contactIdProperty().get()).isEqualTo(birthe);
    }
}
