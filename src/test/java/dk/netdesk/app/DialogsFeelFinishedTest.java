package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.db.Changes;
import dk.netdesk.pipeline.ContactDetailsViewModel;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.pipeline.StageKind;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
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
 * Issue 15, leftovers of a new user's test: a refused save puts the focus on the first field in error, a combo
 * box shows its placeholder whenever nothing is chosen, and the Stages dialog's list shows every stage without
 * scrolling when there is room.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsFeelFinishedTest {

    @TempDir
    static Path dir;
    TestApp app;
    Stage stage;

    @Start
    void start(Stage stage) {
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window != stage && window instanceof Stage other) {
                other.close();
            }
        }
        this.stage = stage;
    }

    /** Opens the app in the test's window: the data off the JavaFX thread (slow on a busy machine), then the window. */
    private void openApp(FxRobot robot) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            app.showShell(stage).select("today");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window != stage && window instanceof Stage other) {
                    other.close();
                }
            }
        }).get();
        if (app != null) {
            app.close();
        }
    }

    /** The focus owner of the window shown last (a dialog over the main window), or of the main window. */
    private static Node focusOwner() {
        Scene last = null;
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.isFocused()) {
                return window.getScene().getFocusOwner();
            }
            if (window.isShowing()) {
                last = window.getScene();
            }
        }
        return last == null ? null : last.getFocusOwner();
    }

    @Test
    void aNewEventSavedWithoutATitleFocusesTheTitle(FxRobot robot) {
        openApp(robot);
        robot.clickOn("#nav-calendar");
        WaitForAsyncUtils.waitForFxEvents();
        // real key presses: the dialog is shown and waited for, which Shortcut.ctrl (run on the FX thread) would wait on too
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calendar-dialog-title").tryQuery()).as("Ctrl+N opened the event dialog").isPresent();
        robot.clickOn("#calendar-dialog-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#calendar-dialog-title-error").queryLabeled().isVisible()).isTrue();
        Node title = robot.lookup("#calendar-dialog-title").query();
        Node focused = title.getScene().getFocusOwner();
        String focusedId = focused == null ? null : focused.getId();
        robot.clickOn("#calendar-dialog-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId).as("the focus goes to the field in error, not Save").isEqualTo("calendar-dialog-title");
    }

    @Test
    void theContactEditorsRefusedSaveFocusesTheFirstFieldInError(FxRobot robot) {
        openApp(robot);
        robot.clickOn("#nav-contacts");
        robot.clickOn("#contact-new");
        robot.clickOn("#details-phones").write("12");
        robot.clickOn("#details-save");
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = focusOwner();
        assertThat(focused == null ? null : focused.getId()).as("the name (required) comes before the phone")
                .isEqualTo("details-name");
    }

    @Test
    void theReferredByPlaceholderShowsAgainAfterSavingThroughTheUnsavedChangesQuestion(FxRobot robot) {
        openApp(robot);
        ContactDetailsViewModel editor = app.context().contactsEditor();
        robot.clickOn("#nav-contacts");
        long[] bo = new long[1];
        robot.interact(() -> {
            for (String name : List.of("Anna Jensen", "Bo Holm")) {
                editor.newContact();
                editor.form().nameProperty().set(name);
                editor.save();
            }
            bo[0] = editor.contactIdProperty().get();
            editor.open(bo[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Object> referred = robot.lookup("#details-referred-by").queryAs(ComboBox.class);
        String notSet = app.context().messages().get("pipeline.details.notSet");
        assertThat(buttonText(referred)).as("before: nothing chosen").isEqualTo(notSet);

        robot.clickOn("#details-notes").write("Ringer i morgen");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#unsaved-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(buttonText(referred)).as("saved and closed: nothing chosen").isEqualTo(notSet);
        robot.interact(() -> editor.open(bo[0]));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(referred.getValue()).isNull();
        assertThat(buttonText(referred)).as("opened again after Escape and Save: still nothing chosen").isEqualTo(notSet);
    }

    /** The text the combo box's button shows (its button cell). */
    private static String buttonText(ComboBox<?> combo) {
        assertThat(combo.getSkin()).as("the combo box is shown").isInstanceOf(javafx.scene.control.skin.ComboBoxListViewSkin.class);
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Node cell = ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) combo.getSkin()).getDisplayNode();
                return cell instanceof ListCell<?> c ? c.getText() : String.valueOf(cell);
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theStagesListShowsEveryStageWithoutScrollingWhenThereIsRoom(FxRobot robot) {
        openApp(robot);
        PipelineRepository stages = new PipelineRepository(app.database(), new Changes(), TestApp.CLOCK);
        stages.addStage("Follow-up meeting booked", StageKind.OPEN, 14);
        stages.addStage("Second presentation", StageKind.OPEN, 14);
        robot.interact(() -> app.context().pipeline().load());
        robot.clickOn("#nav-pipeline");
        robot.clickOn("#pipeline-stages");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#stages-list").queryAs(ListView.class);
        assertThat(list.getItems().size()).isGreaterThanOrEqualTo(8);
        WaitForAsyncUtils.waitForFxEvents();
        List<ScrollBar> shown = list.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar)
                .map(n -> (ScrollBar) n).filter(b -> b.getOrientation() == Orientation.VERTICAL && b.isVisible()).toList();
        assertThat(shown).as("all 8 stages in view at %.0f px high", list.getHeight()).isEmpty();
    }
}
