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
        Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);
        List<String> copied = new ArrayList<>();
        MarkdownView view = new MarkdownView(address -> { }, d -> LinkPolicy.opens(d) ? Optional.empty()
                : Optional.of(OpenWithSystem.refused(english, d)),
                (d, label) -> LinkPolicy.opens(d) ? "" : OpenWithSystem.refusedHint(english, d, label))
                .copying(part -> new Button("Copy " + part.name()), copied::add, "Copy", "Select all");
        WaitForAsyncUtils.asyncFx(() -> {
            Region pane = (Region) view.render(body);
            new Scene(new StackPane(pane), 800, 600).getRoot().layout();
            Event.fireEvent(pane, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A, false, true, false, false));
            Event.fireEvent(pane, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.C, false, true, false, false));
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
    void headingsQuotesListsAndCodeAreCopiedAsTheyReadWithoutTheCopyButtons() throws Exception {
        String body = BodyPartsTest.BODY + "\n```\nx = 1\n```\n";
        assertThat(selectAllAndCopy(body)).containsExactly(Markdown.plainText(body))
                .singleElement().asString().doesNotContain("Copy ").contains("x = 1");
    }
}
