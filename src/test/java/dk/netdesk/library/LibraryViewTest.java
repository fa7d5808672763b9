package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.Shortcut;
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
        app.context().setOpener((uri, onFailure) -> opened.add(uri));
        Shell shell = app.showShell(stage);
        shell.select("library");
        LibraryFixtures.add(app.context().library());
        app.context().library().clearFilters(); // a save keeps the filters: show every language
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
    void eachResultRowIsAsTallAsItsWrappedTextAndRowsDoNotOverlap(FxRobot robot) {
        for (double width : new double[] {1600, 1024}) {
            robot.interact(() -> {
                Stage stage = (Stage) list(robot).getScene().getWindow();
                stage.setWidth(width);
                stage.setHeight(width == 1600 ? 1000 : 700);
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<javafx.scene.control.ListCell<?>> cells = robot.lookup("#library-list .list-cell").queryAll().stream()
                    .<javafx.scene.control.ListCell<?>>map(n -> (javafx.scene.control.ListCell<?>) n)
                    .filter(c -> c.getItem() != null && c.isVisible())
                    .sorted(java.util.Comparator.comparingDouble(c -> c.localToScene(c.getBoundsInLocal()).getMinY()))
                    .toList();
            assertThat(cells).as("rows at %s", width).hasSizeGreaterThan(2);
            javafx.geometry.Bounds previous = null;
            for (javafx.scene.control.ListCell<?> cell : cells) {
                javafx.geometry.Bounds row = cell.localToScene(cell.getLayoutBounds());
                javafx.scene.text.TextFlow snippet = (javafx.scene.text.TextFlow) cell.lookup(".library-snippet");
                javafx.geometry.Bounds text = snippet.localToScene(snippet.getLayoutBounds());
                String name = ((LibraryHit) cell.getItem()).title() + " at " + width;
                assertThat(snippet.getHeight()).as("whole text of %s", name)
                        .isGreaterThanOrEqualTo(snippet.prefHeight(snippet.getWidth()) - 0.5);
                assertThat(text.getMaxY()).as("text inside its row: %s", name).isLessThanOrEqualTo(row.getMaxY() + 0.5);
                if (previous != null) {
                    assertThat(row.getMinY()).as("no overlap: %s", name).isGreaterThanOrEqualTo(previous.getMaxY() - 0.5);
                }
                previous = row;
            }
        }
    }

    @Test
    void typingInTheSearchBoxNarrowsTheList(FxRobot robot) {
        int all = list(robot).getItems().size();
        assertThat(all).isGreaterThan(4);

        robot.clickOn("#library-search").write("quok");
        settle();
        assertThat(titles(robot)).containsExactlyInAnyOrder(LibraryFixtures.POST, LibraryFixtures.LINK,
                LibraryFixtures.SCRIPT, LibraryFixtures.NOTE);

        robot.write("ka catal");
        settle();
        assertThat(titles(robot)).containsExactly(LibraryFixtures.LINK);
        assertThat(robot.lookup("#library-count").queryAs(Label.class).getText()).isEqualTo("1 item");

        robot.eraseText("quokka catal".length());
        settle();
        assertThat(list(robot).getItems()).hasSize(all);
    }

    private void show(FxRobot robot, String query) {
        robot.clickOn("#library-search").write(query);
        settle();
        clickFirstHit(robot);
    }

    /** Clicks the list line that shows the item with this title. */
    private void clickHit(FxRobot robot, String title) {
        javafx.scene.control.ListCell<?> line = robot.lookup("#library-list .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.isVisible() && c.getItem() instanceof LibraryHit hit
                        && hit.title().equals(title))
                .query();
        robot.clickOn(line);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the first list line that shows an item (the list also holds empty and spare cells). */
    private void clickFirstHit(FxRobot robot) {
        javafx.scene.control.ListCell<?> first = robot.lookup("#library-list .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.isVisible() && c.getItem() != null && c.getIndex() == 0)
                .query();
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSearchedWordsAreHighlightedInTheReadingPane(FxRobot robot) {
        show(robot, "quokka objection");
        List<String> marked = robot.lookup("#library-body .md-mark").queryAll().stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList();
        assertThat(marked).containsExactly("quokka");
    }

    @Test
    void anotherItemIsShownFromItsTopNotWhereTheLastOneWasScrolledTo(FxRobot robot) {
        LibraryViewModel model = app.context().library();
        for (String title : List.of("Quokka handbook", "Quokka manual")) {
            robot.interact(() -> {
                model.newItem();
                model.form().titleProperty().set(title);
                model.form().kindProperty().set(LibraryKind.TRAINING_NOTE);
                model.form().bodyProperty().set("A long quokka paragraph that fills the pane.\n\n".repeat(80));
                model.save();
            });
        }
        settle();
        robot.interact(() -> model.queryProperty().set("quokka long paragraph"));
        settle();
        clickHit(robot, "Quokka handbook");
        javafx.scene.Node up = robot.lookup("#library-reader").query();
        while (!(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) up;
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        clickHit(robot, "Quokka manual");
        settle();
        javafx.scene.Node title = robot.lookup("#library-reader-title").query();
        double viewTop = scroll.localToScene(scroll.getLayoutBounds()).getMinY();
        assertThat(((Label) title).getText()).isEqualTo("Quokka manual");
        assertThat(title.localToScene(title.getLayoutBounds()).getMinY())
                .as("the title's top is inside the reading pane").isGreaterThanOrEqualTo(viewTop);
    }

    @Test
    void copyPutsTheScriptOnTheClipboardInOneClick(FxRobot robot) {
        show(robot, "quokka objection");
        robot.clickOn("#library-copy");
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.waitForAsyncFx(2000, () -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).startsWith("Good quokka question.").contains("We are paid for products that customers use.")
                .doesNotContain("**");
    }

    @Test
    void ctrlShiftCCopiesAndCtrlNStartsANewItemThatIsSaved(FxRobot robot) {
        show(robot, "quokka morning");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        String copied = WaitForAsyncUtils.waitForAsyncFx(2000, () -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).startsWith("Coffee and quokka stretches.");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write("Quokka price?");
        robot.clickOn("#library-body-editor").write("A quokka costs less than a coffee a day.");
        robot.clickOn("#library-tags").write("price, money");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        settle();

        assertThat(app.context().library().itemProperty().get().title()).isEqualTo("Quokka price?");
        assertThat(robot.lookup("#library-search").queryTextInputControl().getText()).isEmpty();
        assertThat(app.context().library().itemProperty().get().tags()).containsExactly("money", "price");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("coffee quokka");
        settle();
        assertThat(robot.lookup("#library-search").queryTextInputControl().getText()).isEqualTo("coffee quokka");
        assertThat(titles(robot)).containsExactlyInAnyOrder(LibraryFixtures.POST, "Quokka price?");
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
        show(robot, "quokka objection");
        robot.clickOn("#library-delete");
        robot.clickOn("#library-confirm-delete");
        settle();
        assertThat(titles(robot)).isEmpty();

        robot.clickOn("#library-list");
        Shortcut.undo(robot);
        settle();
        assertThat(titles(robot)).containsExactly(LibraryFixtures.SCRIPT);
    }

    @Test
    void ctrlZInTheSearchBoxAfterADeleteUndoesTheDeleteNotTheSearchText(FxRobot robot) {
        show(robot, "quokka objection");
        robot.clickOn("#library-delete");
        robot.clickOn("#library-confirm-delete");
        settle();
        robot.clickOn("#library-search");
        Shortcut.undo(robot);
        settle();
        assertThat(robot.lookup("#library-search").queryTextInputControl().getText()).isEqualTo("quokka objection");
        assertThat(titles(robot)).containsExactly(LibraryFixtures.SCRIPT);
    }

    @Test
    void recordingHowAScriptWentShowsOnTheScript(FxRobot robot) {
        show(robot, "quokka objection");
        robot.clickOn("#library-outcome-worked");
        robot.clickOn("#library-outcome-worked");
        robot.clickOn("#library-outcome-did-not-work");
        settle();
        assertThat(robot.lookup("#library-record").queryAs(Label.class).getText())
                .isEqualTo("Used 3 times: worked 2, neutral 0, did not work 1.");
    }

    @Test
    void theBodyIsRenderedFromMarkdown(FxRobot robot) {
        show(robot, "quokka objection");
        String strong = robot.lookup("#library-body .md-strong").queryAllAs(javafx.scene.text.Text.class)
                .stream().map(javafx.scene.text.Text::getText).reduce("", String::concat);
        assertThat(strong).as("one bold run, split only where a searched word is marked").isEqualTo("Good quokka question.");
        List<String> italic = robot.lookup("#library-body .md-em").queryAllAs(javafx.scene.text.Text.class)
                .stream().map(javafx.scene.text.Text::getText).toList();
        assertThat(italic).containsExactly("products");
        assertThat(robot.lookup("#library-body .md-list").queryAll()).hasSize(1);
    }

    @Test
    void aLinkOpensInTheBrowser(FxRobot robot) {
        show(robot, "quokka catalogue");
        robot.clickOn("#library-open-link");
        assertThat(opened).containsExactly("https://example.com/quokka");
    }

    @Test
    void theDeleteKeyOnTheListAsksAndDeletesTheShownItem(FxRobot robot) {
        show(robot, "quokka objection");
        robot.clickOn("#library-list");
        robot.type(KeyCode.DELETE);
        robot.clickOn("#library-confirm-delete");
        settle();
        assertThat(titles(robot)).isEmpty();
    }

    @Test
    void aViewBuiltAgainOnALanguageChangeIsNotKeptAliveByTheViewModel() throws Exception {
        LibraryViewModel model = app.context().library();
        java.lang.ref.WeakReference<javafx.scene.Node> old = WaitForAsyncUtils.asyncFx(() ->
                new java.lang.ref.WeakReference<>(new LibraryView(model, app.context().messages()).build()))
                .get();
        for (int i = 0; i < 50 && old.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        assertThat(old.get()).isNull();
        // the view-model still works after its old listeners are gone
        WaitForAsyncUtils.asyncFx(() -> {
            model.newItem();
            model.cancelEdit();
            model.selectedHitProperty().set(null);
        }).get();
    }

    /** The first node under the reading pane's text that shows {@code label}: a link, or plain text. */
    private static javafx.scene.Node shown(FxRobot robot, String label) {
        javafx.scene.Node body = robot.lookup("#library-body").query();
        return robot.from(body).lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.Hyperlink link ? label.equals(link.getText())
                        : n instanceof javafx.scene.text.Text text && label.equals(text.getText())).query();
    }

    @Test
    void onlyWebAndMailLinksInTheTextGoToTheOpenerAndCopyKeepsOnlyThemLive(FxRobot robot) {
        robot.interact(() -> {
            LibraryViewModel model = app.context().library();
            model.newItem();
            model.form().titleProperty().set("Quokka links");
            model.form().bodyProperty().set("[Kør xterm](file:///usr/bin/xterm) og"
                    + " [Opdatering](file:///C:/Users/Public/Downloads/opdatering.exe) og [Bestil her](javascript:alert(1))"
                    + " og [Skal](../../../../bin/sh) og <file:///etc/passwd> og [Butik](https://example.com/shop)");
            assertThat(model.save()).isTrue();
        });
        settle();
        List<String> dangerous = List.of("Kør xterm", "Opdatering", "Bestil her", "Skal", "file:///etc/passwd");
        for (String label : dangerous) {
            robot.clickOn(shown(robot, label));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(opened).as("opened by clicking %s", label).isEmpty();
        }
        assertThat(robot.lookup("#library-body .md-link").queryAllAs(javafx.scene.control.Hyperlink.class))
                .extracting(javafx.scene.control.Hyperlink::getText).containsExactly("Butik");
        assertThat(robot.lookup("#library-body .md-link-refused").queryAll()).hasSize(dangerous.size());
        // each one still says it was a link, and where it led: muted words after the label, no control
        assertThat(robot.lookup("#library-body .md-link-refused-hint").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).containsExactly(
                        " (link not opened: file:///usr/bin/xterm)",
                        " (link not opened: file:///C:/Users/Public/Downloads/opdatering.exe)",
                        " (link not opened: javascript:alert(1))",
                        " (link not opened: ../../../../bin/sh)",
                        " (link not opened)");
        assertThat(robot.lookup("#library-body .md-link-refused-hint").queryAll())
                .noneMatch(javafx.scene.control.Hyperlink.class::isInstance);

        robot.clickOn(shown(robot, "Butik"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("https://example.com/shop");

        robot.clickOn("#library-copy");
        WaitForAsyncUtils.waitForFxEvents();
        String html = WaitForAsyncUtils.waitForAsyncFx(2000, () -> Clipboard.getSystemClipboard().getHtml());
        // copied for a customer: a refused link is its label alone, without the reading pane's hint or its address
        assertThat(html).contains("<a href=\"https://example.com/shop\">Butik</a>", "Bestil her", "Kør xterm")
                .doesNotContain("href=\"javascript:", "href=\"file:", "href=\"../", "link not opened", "xterm)");
        String plain = WaitForAsyncUtils.waitForAsyncFx(2000, () -> Clipboard.getSystemClipboard().getString());
        assertThat(plain).contains("Bestil her", "Butik (https://example.com/shop)")
                .doesNotContain("link not opened", "javascript:", "\"Butik\"");
    }
}
