package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactRepository;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.NextFollowUp;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.KeyboardApp;
import dk.netdesk.testing.TestApp;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18, "Done when": the Today screen's main actions by keyboard alone — go down to a follow-up due today, open
 * it, edit and save the contact, plan the next follow-up, and go back to the list — with the focus asserted after
 * each step.
 */
class KeyboardOnlyTodayTest extends KeyboardWindowTest {

    private static final LocalDate TODAY = LocalDate.now(TestApp.CLOCK);

    /** Anna is due today; Bo, overdue since yesterday, comes first in the list. */
    @Override
    void seed(ContactService people) {
        people.create(ContactDetails.named("Anna Jensen"), null, NextFollowUp.on(TODAY), null);
        people.create(ContactDetails.named("Bo Berg"), null, NextFollowUp.on(TODAY.minusDays(1)), null);
    }

    private long selectedEntry() {
        javafx.scene.control.ListView<?> list = (javafx.scene.control.ListView<?>) stage.getScene().lookup("#today-list");
        return ((dk.netdesk.pipeline.FollowUp) list.getSelectionModel().getSelectedItem()).contactId();
    }

    private Contact anna() {
        return new ContactRepository(database, TestApp.CLOCK).findAll().stream().filter(c -> c.name().startsWith("Anna"))
                .findFirst().orElseThrow();
    }

    @Test
    void openADueFollowUpEditItPlanTheNextAndGoBack(FxRobot robot) throws Exception {
        keys.ctrl(KeyCode.DIGIT1);
        awaitFocus("today-list");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> context.today().due().size() == 2);
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.DOWN);
        assertFocusIs("today-list");
        assertThat(selectedEntry()).isEqualTo(anna().id());

        // open and edit
        keys.type(KeyCode.ENTER);
        awaitFocus("details-name");
        assertThat(context.today().details().shows(anna().id())).as("Enter opened Anna Jensen").isTrue();
        keys.type(KeyCode.END);
        keys.letters(" t");
        keys.ctrl(KeyCode.S);
        assertThat(anna().name()).as("Ctrl+S saved the name").isEqualTo("Anna Jensen t");
        assertFocusIs("details-name");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedEntry()).as("the list read again after the save keeps Anna's entry selected")
                .isEqualTo(anna().id());

        // plan the next follow-up: Tab down to its date, then time, kind and Set
        tabToTheFollowUpDate(robot);
        LocalDate next = TODAY.plusDays(2);
        keys.write(next.toString());
        keys.type(KeyCode.TAB);
        assertFocusIs("details-follow-up-time");
        keys.type(KeyCode.TAB);
        assertFocusIs("details-follow-up-kind");
        keys.type(KeyCode.TAB);
        assertFocusIs("details-follow-up-set");
        keys.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> context.today().due().size() == 1);
        assertThat(new PipelineRepository(database, new Changes(), TestApp.CLOCK).loadBoard().cards().stream()
                .filter(c -> c.contactId() == anna().id()).findFirst().orElseThrow().nextFollowUp())
                .as("the next follow-up is stored").isEqualTo(next);
        assertThat(keys.focused()).as("the focus stays in the panel: %s", KeyboardApp.describe(keys.focused()))
                .isNotNull();

        // back to the list
        keys.type(KeyCode.ESCAPE);
        assertFocusIs("today-list");
    }

    @Test
    void ctrlNStartsANewContactBesideTheList(FxRobot robot) throws Exception {
        keys.ctrl(KeyCode.DIGIT1);
        awaitFocus("today-list");
        keys.ctrl(KeyCode.N);
        awaitFocus("details-name");
        keys.write("Cleo Holm");
        keys.ctrl(KeyCode.S);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> new ContactRepository(database, TestApp.CLOCK).findAll()
                .stream().anyMatch(c -> c.name().equals("Cleo Holm")));
        assertFocusIs("details-name");
    }

    /** Tab from Name down to the follow-up date, as a keyboard user does, and empty it. */
    private void tabToTheFollowUpDate(FxRobot robot) {
        for (int tabs = 0; tabs < 40 && !"details-follow-up".equals(keys.focused().getId()); tabs++) {
            keys.type(KeyCode.TAB);
        }
        assertFocusIs("details-follow-up");
        robot.interact(() -> ((javafx.scene.control.DatePicker) keys.focused()).getEditor().clear());
    }

    /** Down to Anna's entry, Enter, then Tab from Name to the follow-up date, emptied. */
    private void toAnnasFollowUpDate(FxRobot robot) throws Exception {
        keys.ctrl(KeyCode.DIGIT1);
        awaitFocus("today-list");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> context.today().due().size() == 2);
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.ENTER);
        awaitFocus("details-name");
        tabToTheFollowUpDate(robot);
    }

    @Test
    void escapeWhileTypingADateAsksAndSaveKeepsIt(FxRobot robot) throws Exception {
        toAnnasFollowUpDate(robot);
        keys.write(TODAY.plusDays(5).toString());
        keys.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !keys.dialogs(stage).isEmpty());
        javafx.scene.control.Button save = (javafx.scene.control.Button) keys.dialogs(stage).get(0).getScene()
                .lookup("#unsaved-save");
        assertThat(save).as("Escape asks about the date typed").isNotNull();
        robot.interact(save::fire);
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new PipelineRepository(database, new Changes(), TestApp.CLOCK).status(anna().id()).nextFollowUp())
                .as("status: %s; dialogs %s", context.status().textProperty().get(), keys.dialogs(stage))
                .isEqualTo(TODAY.plusDays(5));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> context.today().due().size() == 1);
    }

    @ParameterizedTest(name = "language switch first: {0}")
    @ValueSource(booleans = {false, true})
    void savingAFollowUpThatLeavesTheListKeepsThePanelOnTheContactSaved(boolean switchLanguage, FxRobot robot)
            throws Exception {
        keys.ctrl(KeyCode.DIGIT1);
        awaitFocus("today-list");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> context.today().due().size() == 2);
        keys.type(KeyCode.DOWN);
        if (switchLanguage) {
            // the screens are built again; the old Today still hears the list of due follow-ups until it is collected
            robot.interact(() -> context.messages().setLocale(java.util.Locale.forLanguageTag("da")));
            keys.settle();
            keys.ctrl(KeyCode.DIGIT1);
            awaitFocus("today-list");
            keys.type(KeyCode.DOWN);
        }
        long bo = selectedEntry();
        keys.type(KeyCode.ENTER);
        awaitFocus("details-name");
        tabToTheFollowUpDate(robot);
        keys.write(TODAY.plusDays(5).toString());
        keys.ctrl(KeyCode.S);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> context.today().due().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.today().details().contactIdProperty().get())
                .as("the panel stays on Bo, whose entry left the list, not on Anna after it").isEqualTo(bo);
    }
}
