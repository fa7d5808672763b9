package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.library.LibraryHit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Copying parts of a library item (issue 18, item 14; decision 0047), on an app opened as the real one: each quote
 * and section has its own Copy, reached by keys alone; the reading pane's text can be selected (Ctrl+A, a mouse drag)
 * and copied with Ctrl+C. Uses the starter item answering "it's a pyramid scheme".
 */
class LibraryCopyTest extends KeyboardWindowTest {

    static final String TITLE = "Is this a pyramid scheme?";

    /** Ctrl+5, Ctrl+F, "pyramid", Tab to the hits, Home and Down to the item: by keys alone, asserting the focus. */
    private void findThePyramidItemByKeys() {
        keys.ctrl(KeyCode.DIGIT5);
        keys.ctrl(KeyCode.F);
        assertFocusIs("library-search");
        keys.letters("pyramid");
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS); // search as you type waits for a pause
        keys.settle();
        assertFocusIs("library-search");
        ListView<LibraryHit> list = listView();
        assertThat(list.getItems()).extracting(LibraryHit::title).contains(TITLE);
        for (int tabs = 0; tabs < 12 && !"library-list".equals(id(keys.focused())); tabs++) {
            keys.type(KeyCode.TAB);
        }
        assertFocusIs("library-list");
        keys.type(KeyCode.HOME);
        for (int down = 0; down < list.getItems().size() && !isShown(TITLE); down++) {
            keys.type(KeyCode.DOWN);
        }
        assertThat(context.library().itemProperty().get().title()).isEqualTo(TITLE);
        assertFocusIs("library-list");
    }

    private ListView<LibraryHit> listView() {
        @SuppressWarnings("unchecked")
        ListView<LibraryHit> list = (ListView<LibraryHit>) stage.getScene().lookup("#library-list");
        return list;
    }

    private boolean isShown(String title) {
        return context.library().itemProperty().get() != null && context.library().itemProperty().get().title().equals(title);
    }

    private static String id(Node node) {
        return node == null ? null : node.getId();
    }

    private static String clipboard() {
        return WaitForAsyncUtils.waitForAsyncFx(2000, () -> Clipboard.getSystemClipboard().getString());
    }

    private void emptyClipboard(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    @Test
    void theQuotesOwnCopyIsReachedByTabAndSpaceCopiesJustTheQuote(FxRobot robot) {
        emptyClipboard(robot);
        findThePyramidItemByKeys();

        List<String> walked = new ArrayList<>();
        for (int tabs = 0; tabs < 30 && !"md-copy-quote-1".equals(id(keys.focused())); tabs++) {
            keys.type(KeyCode.TAB);
            walked.add(id(keys.focused()));
        }
        assertFocusIs("md-copy-quote-1");
        // the reading pane's text, then the section "Why people ask", then "A calm answer", then its quote
        assertThat(walked).endsWith("library-body", "md-copy-section-1", "md-copy-section-2", "md-copy-quote-1");
        Button quoteCopy = (Button) keys.focused();
        assertThat(quoteCopy.getAccessibleText()).isEqualTo("Copy quote \u201cA calm answer\u201d");
        assertThat(quoteCopy.getTooltip()).isNotNull();

        keys.type(KeyCode.SPACE);
        assertFocusIs("md-copy-quote-1");
        String copied = clipboard();
        assertThat(copied).startsWith("\"Good question, and I'm glad you ask.")
                .endsWith("and most people receive very little.\"")
                .doesNotContain("A calm answer", "Why people ask", "defensive", "Thank them");
        assertThat(context.status().textProperty().get())
                .isEqualTo("Copied \u201cA calm answer\u201d to the clipboard.");
    }

    @Test
    void ctrlAThenCtrlCInTheFocusedReadingPaneCopiesItsText(FxRobot robot) {
        emptyClipboard(robot);
        findThePyramidItemByKeys();
        for (int tabs = 0; tabs < 30 && !"library-body".equals(id(keys.focused())); tabs++) {
            keys.type(KeyCode.TAB);
        }
        assertFocusIs("library-body");

        keys.ctrl(KeyCode.A);
        assertFocusIs("library-body");
        assertThat(shades(robot)).as("the selection is drawn").isGreaterThan(5);
        keys.ctrl(KeyCode.C);
        assertFocusIs("library-body");

        String body = context.library().itemProperty().get().body();
        // the whole text as the item's Copy gives it: headings, the quote, the list with its markers, no button words
        assertThat(clipboard()).isEqualTo(dk.netdesk.library.Markdown.plainText(body))
                .startsWith("Why people ask\n\nIt is a fair question.")
                .contains("\n\n- Don't get defensive. Answer the question")
                .endsWith("Thank them and move on.");
    }

    @Test
    void aMouseDragAcrossWordsSelectsThemAndCtrlCCopiesThem(FxRobot robot) {
        emptyClipboard(robot);
        findThePyramidItemByKeys();
        TextFlow paragraph = robot.lookup("#library-body .md-paragraph").match((TextFlow f) -> f.getChildren().stream()
                .anyMatch(n -> n instanceof Text t && t.getText().startsWith("It is a fair question."))).query();

        // from before "It" to after "fair": "It is a fair"
        Point2D from = caret(robot, paragraph, 0).add(1, 0);
        Point2D to = caret(robot, paragraph, "It is a fair".length()).add(-1, 0);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to).release(MouseButton.PRIMARY);
        keys.settle();
        assertFocusIs("library-body");
        assertThat(shades(robot)).as("the selection is drawn").isGreaterThan(0);

        keys.ctrl(KeyCode.C);
        assertThat(clipboard()).isEqualTo("It is a fair");
        assertFocusIs("library-body");
    }

    /** The screen point in the middle of the caret before character {@code index} of {@code flow}. */
    private static Point2D caret(FxRobot robot, TextFlow flow, int index) {
        PathElement[] shape = WaitForAsyncUtils.waitForAsyncFx(2000, () -> flow.caretShape(index, true));
        MoveTo top = (MoveTo) shape[0];
        LineTo bottom = (LineTo) shape[1];
        return WaitForAsyncUtils.waitForAsyncFx(2000, () ->
                flow.localToScreen(top.getX(), (top.getY() + bottom.getY()) / 2));
    }

    /** How many path elements the selection draws in the reading pane. */
    private static int shades(FxRobot robot) {
        return robot.lookup("#library-body .md-selection").queryAllAs(Path.class).stream()
                .mapToInt(p -> p.getElements().size()).sum();
    }
}
