package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.Shortcut;
import dk.netdesk.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The contacts import wizard in the window: from the File menu and the Contacts screen, walked through a CSV file with a
 * contact already there and a bad row, to the summary; then Ctrl+Z takes the import back.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardDialogTest {

    @TempDir
    static Path dir;
    TestApp app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        app.showShell(stage).select("contacts");
        app.context().contactService().create(ContactDetails.named("Bo Lund").withContact("", "bo@example.dk", ""), null);
    }

    @AfterEach
    void tearDown() throws Exception {
        // A wizard left open (modal) would take the next test's keys.
        WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(javafx.stage.Window::hide)).get();
        org.testfx.api.FxToolkit.cleanupStages();
        app.close();
    }

    private Path csv() throws Exception {
        Path file = dir.resolve("messe-" + System.nanoTime() + ".csv");
        Files.writeString(file, ImportWizardViewModelTest.CSV.replace("\n", "\r\n"));
        return file;
    }

    private void key(KeyCode... keys) {
        new FxRobot().press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            new FxRobot().release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Sends a key press to the wizard's focused control (or its pane): Monocle's robot sends keys to whichever window
     * it last had, which depends on the TestFX classes run before.
     */
    private void keyInWizard(FxRobot robot, KeyCode code) {
        robot.interact(() -> {
            javafx.scene.Node pane = robot.lookup("#import-dialog").query();
            javafx.scene.Node target = pane.getScene().getFocusOwner() != null ? pane.getScene().getFocusOwner() : pane;
            javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "", "", code, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String heading(FxRobot robot) {
        return robot.lookup("#import-step").queryAs(Label.class).getText();
    }

    @Test
    void walksACsvFileToTheSummaryAndCtrlZTakesItBack(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus().get(0).getItems()).extracting(i -> i.getId())
                .containsSubsequence("menu-import-contacts", "menu-export-contacts", "menu-import-calendar", "menu-export-calendar");
        javafx.scene.control.MenuItem importContacts = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-import-contacts".equals(i.getId())).findFirst().orElseThrow();
        assertThat(importContacts.getText()).as("with its mnemonic").isEqualTo("_Import contacts…");
        assertThat(robot.lookup("#contacts-import").queryButton().getText()).isEqualTo("Import contacts…");

        assertThat(importContacts.getAccelerator().getName()).isEqualTo("Shift+Shortcut+O");
        // Opened as the menu item does (Monocle leaves the keyboard with the main window after a click there).
        Path file = csv();
        robot.interact(() -> app.context().openContactsImport(stage, file));
        Button next = robot.lookup("#import-next").queryButton();
        assertThat(next.isDefaultButton()).isTrue();
        assertThat(heading(robot)).isEqualTo("Step 2: Preview");
        assertThat(robot.lookup("#import-preview").queryAs(TableView.class).getItems()).hasSize(3);
        assertThat(robot.lookup("#import-separator").queryAs(ComboBox.class).getValue()).isEqualTo(';');
        assertThat(robot.lookup("#import-separator").queryAs(ComboBox.class).getConverter().toString(';'))
                .isEqualTo("Semicolon ; (detected)");
        // Enter and Alt+N are walked in escapeLeaves…; under Monocle this test's dialog does not get the keyboard.
        assertThat(robot.lookup("#import-preview .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .as("a rejected row is shown by its name").anySatisfy(c -> assertThat(c.getText()).isEqualTo("Carl Bad \u00b7 Left out: \u201ccarl(at)example.dk\u201d"
                        + " is not an email address. Correct it in the file and import it again."));
        robot.clickOn("#import-next");
        assertThat(heading(robot)).isEqualTo("Step 3: Map columns");
        ChoiceBox<?> tags = robot.lookup("#import-map-4").queryAs(ChoiceBox.class);
        assertThat(tags.getValue()).isEqualTo(ContactField.TAGS);
        assertThat(tags.getAccessibleText()).isEqualTo("Column Mærker, for example Kunde");
        robot.clickOn("#import-next");
        assertThat(heading(robot)).isEqualTo("Step 4: Contacts you already have");
        assertThat(robot.lookup("#import-matches").queryAs(TableView.class).getItems()).hasSize(1);
        robot.clickOn("#import-dup-merge");
        assertThat(app.context().importWizard().duplicatesProperty().get()).isEqualTo(DuplicateAction.MERGE);

        robot.clickOn("#import-next");
        assertThat(heading(robot)).isEqualTo("Step 5: Stage, tags and consent");
        assertThat(next.getText()).isEqualTo("_Import");
        robot.clickOn("#import-tags").write("Messe");
        robot.clickOn("#import-consent-given");
        robot.clickOn("#import-next");

        assertThat(heading(robot)).isEqualTo("Import finished");
        assertThat(robot.lookup("#import-count-created").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#import-count-merged").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#import-count-rejected").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#import-rejected").queryAs(ListView.class).getItems()).singleElement().asString()
                .startsWith("Line 4 (row 3), Carl Bad: ");
        assertThat(robot.lookup("#import-back").tryQuery().filter(javafx.scene.Node::isVisible)).isEmpty();
        assertThat(robot.lookup("#import-cancel").queryButton().getText()).isEqualTo("Close");
        javafx.scene.control.ButtonBar buttonBar = robot.lookup("#import-dialog .button-bar").queryAs(javafx.scene.control.ButtonBar.class);
        assertThat(buttonBar.getButtons()).as("hidden buttons leave no blank room beside Close")
                .allMatch(javafx.scene.Node::isVisible).hasSize(1);
        assertThat(app.context().status().textProperty().get()).endsWith(". Ctrl+Z to undo.");
        assertThat(app.context().contactService().findAll()).hasSize(2);

        robot.clickOn("#import-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-dialog").tryQuery()).isEmpty();
        robot.clickOn("#contact-search");
        Shortcut.undo(new FxRobot());
        assertThat(app.context().contactService().findAll()).extracting(Contact::name).containsExactly("Bo Lund");
        assertThat(app.context().contactService().findAll().get(0).details().tags()).isEmpty();

        robot.interact(() -> robot.lookup("#contacts-import").queryButton().fire());
        assertThat(heading(robot)).as("the Contacts screen's button opens it").isEqualTo("Step 1: Choose a file");
        assertThat(robot.lookup("#import-file").queryAs(Label.class).getText()).isEqualTo("No file chosen");
        assertThat(robot.lookup("#import-next").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#import-cancel").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-dialog").tryQuery()).isEmpty();
    }

    @Test
    void escapeLeavesAtOnceOnThePreviewAndEnterIsNext(FxRobot robot) throws Exception {
        Path file = csv();
        robot.interact(() -> app.context().openContactsImport(stage, file));
        assertThat(heading(robot)).isEqualTo("Step 2: Preview");
        keyInWizard(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup("#import-dialog").tryQuery()).isEmpty();

        robot.interact(() -> app.context().openContactsImport(stage, file));
        keyInWizard(robot, KeyCode.ENTER);
        assertThat(heading(robot)).as("Enter is Next").isEqualTo("Step 3: Map columns");
        // From here on Cancel and Escape ask first (#import-confirm-leave, ImportWizardViewModel.askBeforeLeaving);
        // the modal question is not walked here: under Monocle it leaves the keyboard where later TestFX classes
        // lose their key presses.
        assertThat(app.context().importWizard().askBeforeLeaving()).isTrue();
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(javafx.stage.Window::hide));
        robot.clickOn("#contact-search"); // Monocle's keyboard back to the main window for the tests after this one
    }

    @Test
    void aFileThatCannotBeReadIsSaidOnTheFirstStep(FxRobot robot) throws Exception {
        Path bad = dir.resolve("random-" + System.nanoTime() + ".vcf");
        Files.write(bad, new byte[] {0, 1, 2, (byte) 0xff, 0, 3, 4, 5});
        robot.interact(() -> app.context().openContactsImport(stage, bad));
        assertThat(heading(robot)).isEqualTo("Step 1: Choose a file");
        Label error = robot.lookup("#import-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith(bad.getFileName() + ": ").endsWith("Nothing was imported.");
        assertThat(robot.lookup("#import-next").queryButton().isDisabled()).isTrue();
    }

    @Test
    void theDuplicatesStepListsEachRowOnceWithItsOwnChoiceAndTheSummaryCountsUpToDate(FxRobot robot) throws Exception {
        robot.interact(() -> app.context().contactService().create(ContactDetails.named("Anna Holm")
                .withContact("86 12 34 56", "", ""), null));
        Path file = dir.resolve("familie-" + System.nanoTime() + ".csv");
        Files.writeString(file, ImportWizardViewModelTest.FAMILY.replace("\n", "\r\n"));
        robot.interact(() -> app.context().openContactsImport(stage, file));
        robot.clickOn("#import-next");
        robot.clickOn("#import-next");
        TableView<?> table = robot.lookup("#import-matches").queryAs(TableView.class);
        assertThat(table.getItems()).as("three rows, not one per pair").hasSize(3);
        ChoiceBox<?> jens = robot.lookup("#import-dup-row-2").queryAs(ChoiceBox.class);
        ChoiceBox<?> bo = robot.lookup("#import-dup-row-3").queryAs(ChoiceBox.class);
        assertThat(jens.getValue()).isEqualTo(DuplicateAction.CREATE);
        assertThat(bo.getValue()).isEqualTo(DuplicateAction.SKIP);
        assertThat(jens.getAccessibleText()).isEqualTo("Line 3, Jens Holm: what to do");
        assertThat(robot.lookup("#import-matches .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(javafx.scene.control.TableCell::getText)
                .contains("Anna Holm, Hanne Holm (line 2 of this file)", "same phone number, different name: 86 12 34 56",
                        "same email address and name: bo@example.dk");

        ChoiceBox<?> hanne = robot.lookup("#import-dup-row-1").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
            javafx.event.Event.fireEvent(table, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "", "", KeyCode.SPACE, false, false, false, false));
        });
        assertThat(hanne.isShowing()).as("Space opens the selected row's choice").isTrue();
        robot.interact(hanne::hide);

        robot.clickOn("#import-dup-merge");
        assertThat(bo.getValue()).as("for every row at once").isEqualTo(DuplicateAction.MERGE);
        assertThat(jens.getValue()).as("a weak match stays create").isEqualTo(DuplicateAction.CREATE);
        robot.clickOn("#import-dup-row-2");
        robot.clickOn("Merge");
        assertThat(jens.getValue()).isEqualTo(DuplicateAction.MERGE);

        robot.clickOn("#import-next");
        robot.clickOn("#import-next");
        assertThat(heading(robot)).isEqualTo("Import finished");
        assertThat(robot.lookup("#import-count-created").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#import-count-merged").queryAs(Label.class).getText()).as("Jens into Anna").isEqualTo("1");
        assertThat(robot.lookup("#import-count-upToDate").queryAs(Label.class).getText()).as("Bo had nothing new")
                .isEqualTo("1");
        assertThat(robot.lookup("#import-count-skipped").queryAs(Label.class).getText()).isEqualTo("0");
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .contains("1 already up to date (nothing new to merge), 0 skipped");
        robot.interact(() -> robot.lookup("#import-cancel").queryButton().fire());
    }

    @Test
    void opensLargeEnoughForThePreviewAndMarksDatesThatReadTwoWaysWithTheChoiceAtHand(FxRobot robot) throws Exception {
        Path file = dir.resolve("outlook-" + System.nanoTime() + ".csv");
        Files.writeString(file, """
                First Name,Last Name,Company,Job Title,Business City,Mobile Phone,E-mail Address,Birthday,Photo
                Ulla,Vang,Acme A/S,Salgschef,Aarhus,20 30 40 50,ulla@example.dk,4/5/1980,x.jpg
                Vera,Winther,,,,,vera@example.dk,6/7/1982,
                """.replace("\n", "\r\n"));
        robot.interact(() -> app.context().openContactsImport(stage, file));
        javafx.stage.Window window = robot.lookup("#import-dialog").query().getScene().getWindow();
        assertThat(window.getWidth()).as("wide enough for the preview's columns").isBetween(900.0, 1024.0);
        assertThat(window.getHeight()).as("fits a 1024 x 700 screen").isBetween(560.0, 680.0);
        assertThat(((Stage) window).isResizable()).isTrue();
        assertThat(heading(robot)).isEqualTo("Step 2: Preview");

        TableView<?> table = robot.lookup("#import-preview").queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Line", "Name", "Phone", "Email",
                "Birthday, read as", "Notes");
        assertThat(table.getColumns()).as("no column squeezed below its width: the table scrolls sideways instead")
                .allSatisfy(c -> assertThat(c.getWidth()).isEqualTo(c.getPrefWidth()));
        PreviewRow ulla = (PreviewRow) table.getItems().get(0);
        assertThat(ulla.birthday()).isEqualTo("4/5/1980 \u2192 5 Apr 1980 (or 4 May 1980?)");
        assertThat(ulla.notes()).isEqualTo("Company: Acme A/S · Job title: Salgschef");
        assertThat(robot.lookup("#import-to-notes").queryAs(Label.class).getText()).isEqualTo("Kept in the notes as lines"
                + " such as \u201cCompany: \u2026\u201d (Netdesk has no field for them): Company, Job Title.");
        assertThat(robot.lookup("#import-not-imported").queryAs(Label.class).getText()).isEqualTo("Not imported: Photo.");

        assertThat(robot.lookup("#import-date-order").query().isVisible()).as("asked on the preview already").isTrue();
        assertThat(robot.lookup("#import-date-month-first").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        robot.clickOn("#import-date-day-first");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((PreviewRow) table.getItems().get(0)).birthday())
                .isEqualTo("4/5/1980 \u2192 4 May 1980 (or 5 Apr 1980?)");
        robot.clickOn("#import-next");
        assertThat(heading(robot)).isEqualTo("Step 3: Map columns");
        assertThat(robot.lookup("#import-date-day-first").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .as("the same choice on the mapping step").isTrue();
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(javafx.stage.Window::hide));
    }
}
