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
import java.util.function.BiFunction;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A link that is not opened (decision 0037) still shows that it was a link and where it led: its label, then
 * "(link not opened: file:///etc/passwd)" — in the reading pane (muted, not clickable) and in what Copy puts on
 * the clipboard (plain text, never a live {@code href}).
 */
class RefusedLinkHintTest {

    static final String BODY = "[Kør xterm](file:///usr/bin/xterm) og [Bestil her](javascript:alert(1)) og"
            + " <file:///etc/passwd> og [Butik](https://example.com/shop)";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static BiFunction<String, String, String> hint(Messages messages) {
        return (destination, label) -> LinkPolicy.opens(destination) ? "" : OpenWithSystem.refusedHint(messages, destination, label);
    }

    @Test
    void copyCarriesTheDestinationAsPlainTextInBothLanguages() {
        Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);
        String plain = Markdown.plainText(BODY, hint(english));
        assertThat(plain).isEqualTo("Kør xterm (link not opened: file:///usr/bin/xterm) og Bestil her"
                + " (link not opened: javascript:alert(1)) og file:///etc/passwd (link not opened) og"
                + " Butik (https://example.com/shop)");
        String html = Markdown.html(BODY, hint(english));
        assertThat(html).contains("Kør xterm (link not opened: file:///usr/bin/xterm)",
                        "Bestil her (link not opened: javascript:alert(1))", "file:///etc/passwd (link not opened)",
                        "<a href=\"https://example.com/shop\">Butik</a>")
                .doesNotContain("href=\"file:", "href=\"javascript:");

        Messages danish = new Messages(new Locale("da"), Bundles.ALL);
        assertThat(Markdown.plainText("[Opdatering](file:///C:/Users/Public/Downloads/opdatering.exe)", hint(danish)))
                .isEqualTo("Opdatering (link ikke åbnet: file:///C:/Users/Public/Downloads/opdatering.exe)");
    }

    @Test
    void aLongDestinationIsCutInTheMiddleKeepingItsScheme() {
        String longOne = "javascript:" + "a".repeat(200) + "/end.exe";
        String shown = LinkPolicy.shortened(longOne);
        assertThat(shown).startsWith("javascript:aaa").endsWith("/end.exe").contains("…");
        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(60);
        assertThat(LinkPolicy.shortened("file:///etc/passwd")).isEqualTo("file:///etc/passwd");
        assertThat(LinkPolicy.shortened("file:///a b")).isEqualTo("file:///aU+0020b");
    }

    @Test
    void theReadingPaneShowsTheLabelThenTheDestinationMutedAndNoLink() {
        Messages english = new Messages(Locale.ENGLISH, Bundles.ALL);
        MarkdownView view = new MarkdownView(address -> { }, d -> LinkPolicy.opens(d) ? Optional.empty()
                : Optional.of(OpenWithSystem.refused(english, d)), hint(english));
        List<Node> nodes = new ArrayList<>();
        collect(view.render(BODY), nodes);
        List<String> texts = nodes.stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText()).toList();
        assertThat(String.join("", texts)).contains("Kør xterm (link not opened: file:///usr/bin/xterm)",
                "file:///etc/passwd (link not opened)");
        Text label = nodes.stream().filter(n -> n instanceof Text t && t.getText().equals("Kør xterm"))
                .map(Text.class::cast).findFirst().orElseThrow();
        assertThat(label.getStyleClass()).contains("md-link-refused");
        Text hint = nodes.stream().filter(n -> n instanceof Text t && t.getText().contains("file:///usr/bin/xterm"))
                .map(Text.class::cast).findFirst().orElseThrow();
        assertThat(hint.getText()).isEqualTo(" (link not opened: file:///usr/bin/xterm)");
        assertThat(hint.getStyleClass()).contains("md-link-refused-hint");
        assertThat(nodes.stream().filter(Hyperlink.class::isInstance).map(n -> ((Hyperlink) n).getText()))
                .as("only the web link is a link").containsExactly("Butik");
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }
}
