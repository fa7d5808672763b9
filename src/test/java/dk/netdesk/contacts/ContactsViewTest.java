package dk.netdesk.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.Shortcut;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ContactsViewTest {

    @TempDir
    static Path dir;
    TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        // The contacts screen is the third area since the pipeline (Today and Pipeline come first).
        app.showShell(stage).select("contacts");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void addingAContactShowsItInTheListAndStoresIt(FxRobot robot) {
        robot.clickOn("#contact-new");
        robot.clickOn("#details-name").write("Anna Jensen");
        robot.clickOn("#details-emails").write("anna@example.dk");
        robot.clickOn("#details-save");

        TableView<Contact> table = robot.lookup("#contact-table").queryTableView();
        assertThat(table.getItems()).extracting(Contact::name).containsExactly("Anna Jensen");
        ContactRepositoryView stored = new ContactRepositoryView(app);
        assertThat(stored.names()).containsExactly("Anna Jensen");
    }

    @Test
    void invalidFieldsShowTheirMessageBesideTheFieldAndSaveNothing(FxRobot robot) {
        robot.clickOn("#contact-new");
        robot.clickOn("#details-emails").write("anna@");
        robot.clickOn("#details-phones").write("12");
        assertThat(robot.lookup("#details-emails-error").queryAs(Label.class).getText()).startsWith("Not an email address");
        assertThat(robot.lookup("#details-phones-error").queryAs(Label.class).getText()).contains("6–15 digits");

        robot.clickOn("#details-name").write("x").eraseText(1);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertThat(robot.lookup("#details-name-error").queryAs(Label.class).getText()).isEqualTo("Enter a name.");
        assertThat(new ContactRepositoryView(app).names()).isEmpty();
    }

    @Test
    void deleteAsksForConfirmationAndCtrlZBringsTheContactBack(FxRobot robot) {
        robot.clickOn("#contact-new");
        robot.clickOn("#details-name").write("Bo Nielsen");
        robot.clickOn("#details-save");

        robot.clickOn("#contact-delete");
        robot.clickOn("#confirm-delete");
        TableView<Contact> table = robot.lookup("#contact-table").queryTableView();
        assertThat(table.getItems()).isEmpty();

        robot.clickOn("#contact-table");
        Shortcut.undo(robot);
        assertThat(table.getItems()).extracting(Contact::name).containsExactly("Bo Nielsen");
        assertThat(new ContactRepositoryView(app).names()).containsExactly("Bo Nielsen");
    }

    @Test
    void exportThisPersonsDataIsTwoStepsFromAStoredContactAndReachableByKeyboard(FxRobot robot) {
        robot.clickOn("#contact-new");
        assertThat(robot.lookup("#details-more").query().isVisible()).as("not for a contact not saved yet").isFalse();
        robot.clickOn("#details-name").write("Bo Nielsen");
        robot.clickOn("#details-save");

        javafx.scene.control.MenuButton more = robot.lookup("#details-more").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(more.isVisible()).isTrue();
        assertThat(more.isFocusTraversable()).isTrue();
        robot.interact(more::requestFocus);
        robot.type(KeyCode.SPACE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(more.isShowing()).as("Space opens the menu").isTrue();
        javafx.scene.control.MenuItem export = more.getItems().get(0);
        assertThat(export.getId()).isEqualTo("details-export");
        assertThat(export.getText()).isEqualTo("Export this person's data to a folder…");
        assertThat(export.isDisable()).isFalse();
        javafx.scene.control.MenuItem zip = more.getItems().get(1);
        assertThat(zip.getId()).isEqualTo("details-export-zip");
        assertThat(zip.getText()).isEqualTo("Export this person's data as a zip file…");
        assertThat(zip.isDisable()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void escapeAndDontSaveOnAStoredContactClosesTheEditorAndDropsTheEdit(FxRobot robot) {
        robot.clickOn("#contact-new");
        robot.clickOn("#details-name").write("Aage Brandt");
        robot.clickOn("#details-save");
        robot.clickOn("#contact-search");
        robot.clickOn("Aage Brandt");
        robot.clickOn("#details-notes").write("Call back");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#unsaved-discard");

        assertThat(app.context().contactsEditor().openProperty().get()).isFalse();
        assertThat(robot.lookup("#contact-details").<javafx.scene.Node>queryAll()).as("the editor is gone, not a blank new contact")
                .noneMatch(n -> n.getScene() != null && n.isVisible());
        assertThat(new ContactRepository(app.database(), TestApp.CLOCK).findAll().get(0).details().notes()).isEmpty();

        robot.clickOn("Aage Brandt");
        assertThat(robot.lookup("#contact-details").query().isVisible()).as("a row opens it again").isTrue();
    }

    @Test
    void contactsWithoutAPhoneOrEmailSortLastInBothDirections(FxRobot robot) {
        robot.interact(() -> {
            app.context().contactService().create(ContactDetails.named("Ane").withContact("", "", ""), null);
            app.context().contactService().create(ContactDetails.named("Bo").withContact("30304050", "xbo@x.dk", ""), null);
            app.context().contactService().create(ContactDetails.named("Cai").withContact("20304050", "cai@x.dk", ""), null);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        TableView<Contact> table = robot.lookup("#contact-table").queryTableView();
        for (int column : new int[] {1, 2}) {
            for (javafx.scene.control.TableColumn.SortType type : javafx.scene.control.TableColumn.SortType.values()) {
                robot.interact(() -> {
                    javafx.scene.control.TableColumn<Contact, ?> sortBy = table.getColumns().get(column);
                    sortBy.setSortType(type);
                    table.getSortOrder().setAll(sortBy);
                });
                assertThat(table.getItems()).extracting(Contact::name).as(column + " " + type)
                        .containsExactly(type == javafx.scene.control.TableColumn.SortType.ASCENDING
                                ? new String[] {"Cai", "Bo", "Ane"} : new String[] {"Bo", "Cai", "Ane"});
            }
        }
    }

    /** Reads what is really stored, past the view-model. */
    private record ContactRepositoryView(TestApp app) {
        java.util.List<String> names() {
            return new ContactRepository(app.database(), TestApp.CLOCK)
                    .findAll().stream().map(Contact::name).toList();
        }
    }
}
