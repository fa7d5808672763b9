package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Shell;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
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

@ExtendWith(ApplicationExtension.class)
class LibraryViewTest {

    @TempDir
    static Path dir;
    TestApp app;
    List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("d" + System.nanoTime()), Locale.ENGLISH);
        app.context().setOpener(opened::add);
        Shell shell = app.showShell(stage);
        shell.select("library");
        stage.setWidth(1100);
        stage.setHeight(720);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private ListView<LibraryHit> list(FxRobot robot) {
        return robot.lookup("#library-list").queryListView();
    }

    private List<String> titles(FxRobot robot) {
        return list(robot).getItems().stream().map(LibraryHit::title).toList();
    }

    /** Search as you type waits for a short pause before it searches. */
    private static void settle() {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingInTheSearchBoxNarrowsTheList(FxRobot robot) {
        int all = list(robot).getItems().size();
        assertThat(all).isGreaterThanOrEqualTo(4);
        assertThat(titles(robot)).contains("Is this a pyramid scheme?", "Er det her ikke et pyramidespil?");

        robot.clickOn("#library-search").write("pyram");
        settle();
        assertThat(titles(robot)).containsExactlyInAnyOrder("Is this a pyramid scheme?", "Er det her ikke et pyramidespil?");

        robot.write("idespil");
        settle();
        assertThat(titles(robot)).containsExactly("Er det her ikke et pyramidespil?");
        assertThat(robot.lookup("#library-count").queryAs(Label.class).getText()).isEqualTo("1 item");

        robot.eraseText("pyramidespil".length());
        settle();
        assertThat(list(robot).getItems()).hasSize(all);
    }

    @Test
    void copyPutsTheScriptOnTheClipboardInOneClick(FxRobot robot) {
        robot.clickOn("#library-search").write("pyramid scheme");
        settle();
        robot.clickOn(robot.lookup("#library-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#library-copy");
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.waitForAsyncFx(2000, () -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).startsWith("Good question — I asked the same thing.")
                .contains("products that customers buy and use")
                .doesNotContain("**");
    }

    @Test
    void ctrlShiftCCopiesAndCtrlNStartsANewItemThatIsSaved(FxRobot robot) {
        robot.clickOn("#library-search").write("morning");
        settle();
        robot.clickOn(robot.lookup("#library-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        String copied = WaitForAsyncUtils.waitForAsyncFx(2000, () -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).startsWith("Coffee, ten minutes of stretching");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write("Too expensive?");
        robot.clickOn("#library-body-editor").write("It costs less than a coffee a day.");
        robot.clickOn("#library-tags").write("price, money");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        settle();

        assertThat(app.context().library().itemProperty().get().title()).isEqualTo("Too expensive?");
        assertThat(robot.lookup("#library-search").queryTextInputControl().getText()).isEmpty();
        assertThat(app.context().library().itemProperty().get().tags()).containsExactly("money", "price");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("coffee");
        settle();
        assertThat(robot.lookup("#library-search").queryTextInputControl().getText()).isEqualTo("coffee");
        assertThat(titles(robot)).containsExactlyInAnyOrder("Post: a quiet morning routine", "Too expensive?");
    }

    @Test
    void aNewItemWithoutATitleShowsTheMessageAndSavesNothing(FxRobot robot) {
        int before = list(robot).getItems().size();
        robot.clickOn("#library-new");
        robot.clickOn("#library-save");
        assertThat(robot.lookup("#library-title-error").queryAs(Label.class).getText()).isEqualTo("Enter a title.");
        robot.clickOn("#library-cancel");
        settle();
        assertThat(list(robot).getItems()).hasSize(before);
    }

    @Test
    void deleteAsksForConfirmationAndCtrlZBringsTheItemBack(FxRobot robot) {
        robot.clickOn("#library-search").write("pyramid scheme");
        settle();
        robot.clickOn(robot.lookup("#library-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#library-delete");
        robot.clickOn("#library-confirm-delete");
        settle();
        assertThat(titles(robot)).isEmpty();

        robot.clickOn("#library-list");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();
        assertThat(titles(robot)).containsExactly("Is this a pyramid scheme?");
    }

    @Test
    void recordingHowAScriptWentShowsOnTheScript(FxRobot robot) {
        robot.clickOn("#library-search").write("pyramid scheme");
        settle();
        robot.clickOn(robot.lookup("#library-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#library-outcome-worked");
        robot.clickOn("#library-outcome-worked");
        robot.clickOn("#library-outcome-did-not-work");
        settle();
        assertThat(robot.lookup("#library-record").queryAs(Label.class).getText())
                .isEqualTo("Used 3 times: worked 2, neutral 0, did not work 1.");
    }

    @Test
    void theBodyIsRenderedFromMarkdown(FxRobot robot) {
        robot.clickOn("#library-search").write("pyramid scheme");
        settle();
        robot.clickOn(robot.lookup("#library-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> strong = robot.lookup("#library-body .md-strong").queryAllAs(javafx.scene.text.Text.class)
                .stream().map(javafx.scene.text.Text::getText).toList();
        assertThat(strong).contains("Good question — I asked the same thing.", "products that customers buy and use");
        List<String> italic = robot.lookup("#library-body .md-em").queryAllAs(javafx.scene.text.Text.class)
                .stream().map(javafx.scene.text.Text::getText).toList();
        assertThat(italic).containsExactly("recruiting");
        assertThat(robot.lookup("#library-body .md-list").queryAll()).hasSize(1);
    }

    @Test
    void aLinkOpensInTheBrowser(FxRobot robot) {
        robot.clickOn("#library-search").write("catalogue");
        settle();
        robot.clickOn(robot.lookup("#library-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#library-open-link");
        assertThat(opened).containsExactly("https://example.com/catalogue");
    }
}
