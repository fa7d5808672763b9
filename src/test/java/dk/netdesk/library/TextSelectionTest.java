package dk.netdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import dk.netdesk.ui.LinkPolicy;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.OpenWithSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a selection of the reading pane's text copies (decision 0047): the item Copy's link rules — a web link is
 * "label (address)", a refused link its label without the pane's "(link not opened: …)" — and no button words.
 */
class TextSelectionTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static List<String> selectAllAndCopy(String body) throws Exception {
        return keysThenCopy(body, key(KeyCode.A, false, true));
    }

    private static KeyEvent key(KeyCode code, boolean shift, boolean ctrl) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, ctrl, false, false);
    }

    /** Renders {@code body}, fires {@code keys} then Ctrl+C at the pane, and gives what was copied. */
    private static List<String> keysThenCopy(String body, KeyEvent... keys) throws Exception {
        Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);
        List<String> copied = new ArrayList<>();
        MarkdownView view = new MarkdownView(address -> { }, d -> LinkPolicy.opens(d) ? Optional.empty()
                : Optional.of(OpenWithSystem.refused(english, d)),
                (d, label) -> LinkPolicy.opens(d) ? "" : OpenWithSystem.refusedHint(english, d, label))
                .copying(part -> new Button("Copy " + part.name()), copied::add, "Copy", "Select all");
        WaitForAsyncUtils.asyncFx(() -> {
            Region pane = (Region) view.render(body);
            new Scene(new StackPane(pane), 800, 600).getRoot().layout();
            for (KeyEvent key : keys) {
                Event.fireEvent(pane, key);
            }
            Event.fireEvent(pane, key(KeyCode.C, false, true));
        }).get();
        return copied;
    }

    @Test
    void linksAreCopiedByTheItemCopysRulesWithoutThePanesHints() throws Exception {
        assertThat(selectAllAndCopy(RefusedLinkHintTest.BODY)).containsExactly(Markdown.plainText(RefusedLinkHintTest.BODY))
                .singleElement().asString().contains("Kør xterm og", "Butik (https://example.com/shop)")
                .doesNotContain("link not opened");
    }

    @Test
    void shiftArrowsAndShiftEndMoveTheSelectionsEndAcrossParagraphs() throws Exception {
        String body = "One two.\n\nThree four.";
        assertThat(keysThenCopy(body, key(KeyCode.RIGHT, true, false), key(KeyCode.RIGHT, true, false),
                key(KeyCode.RIGHT, true, false))).containsExactly("One");
        KeyEvent right = key(KeyCode.RIGHT, true, false);
        // End: after "two."; → to the next paragraph's start, six more over "Three "; ← back off the space
        assertThat(keysThenCopy(body, key(KeyCode.END, true, false), right, right, right, right, right, right, right,
                key(KeyCode.LEFT, true, false)))
                .containsExactly("One two.\n\nThree");
        assertThat(keysThenCopy(body, key(KeyCode.HOME, true, false))).containsExactly("Three four.");
    }

    @Test
    void headingsQuotesListsAndCodeAreCopiedAsTheyReadWithoutTheCopyButtons() throws Exception {
        String body = BodyPartsTest.BODY + "\n```\nx = 1\n```\n";
        assertThat(selectAllAndCopy(body)).containsExactly(Markdown.plainText(body))
                .singleElement().asString().doesNotContain("Copy ").contains("x = 1");
    }
}
