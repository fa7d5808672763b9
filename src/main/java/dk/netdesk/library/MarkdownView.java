package dk.netdesk.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

/**
 * Renders an item's Markdown (parsed by CommonMark) as JavaFX nodes: paragraphs and
 * headings as {@link TextFlow}s with bold, italic and code runs, lists, quotes, code
 * blocks and links that open through the given opener. Raw HTML is shown as text.
 * A link (or image) whose destination {@code refusal} refuses is shown as plain text (style class
 * {@code md-link-refused}) followed by a muted hint saying where it led, "(link not opened: file:///etc/passwd)"
 * (style class {@code md-link-refused-hint}), both with the refusal as their tooltip: it is no control and cannot
 * be clicked open (decision 0037).
 */
public final class MarkdownView {

    private final Consumer<String> opener;
    private final Function<String, Optional<String>> refusal;
    private final java.util.function.BiFunction<String, String, String> hint;
    /** The searched words marked in the text being rendered. */
    private FtsQuery highlight = FtsQuery.parse("");

    /**
     * @param opener  opens a link's destination when it is clicked (only destinations {@code refusal} lets through)
     * @param refusal for a link destination as written: empty when it may open, else the words saying where it
     *                leads and that it is not opened ({@link LibraryViewModel#linkRefusal})
     */
    public MarkdownView(Consumer<String> opener, Function<String, Optional<String>> refusal) {
        this(opener, refusal, (destination, label) -> "");
    }

    /**
     * As {@link #MarkdownView(Consumer, Function)}, with the hint after a refused link's label.
     *
     * @param hint the destination as written and the label → the words after the label, e.g. "(link not opened:
     *             file:///etc/passwd)" ({@link LibraryViewModel#linkHint}); "" for none
     */
    public MarkdownView(Consumer<String> opener, Function<String, Optional<String>> refusal,
                        java.util.function.BiFunction<String, String, String> hint) {
        this.opener = opener;
        this.refusal = refusal;
        this.hint = hint;
    }

    public Node render(String markdown) {
        return render(markdown, FtsQuery.parse(""));
    }

    /** As {@link #render(String)}, with the words of {@code highlight} marked (style class {@code md-mark}). */
    public Node render(String markdown, FtsQuery highlight) {
        this.highlight = highlight == null ? FtsQuery.parse("") : highlight;
        VBox root = new VBox(10);
        root.getStyleClass().add("md");
        addBlocks(root, Markdown.parse(markdown));
        return root;
    }

    private void addBlocks(VBox target, org.commonmark.node.Node parent) {
        for (org.commonmark.node.Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            Node node = block(block);
            if (node != null) {
                target.getChildren().add(node);
            }
        }
    }

    private Node block(org.commonmark.node.Node block) {
        if (block instanceof Paragraph) {
            return flow(block, "md-paragraph");
        }
        if (block instanceof Heading heading) {
            return flow(block, "md-h" + Math.min(heading.getLevel(), 3));
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            VBox list = new VBox(4);
            list.getStyleClass().add("md-list");
            int number = block instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                    ? ordered.getMarkerStartNumber() : 1;
            for (org.commonmark.node.Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    Label marker = new Label(block instanceof OrderedList ? (number++) + "." : "•");
                    marker.getStyleClass().add("md-marker");
                    marker.setMinWidth(22);
                    VBox content = new VBox(4);
                    addBlocks(content, item);
                    HBox.setHgrow(content, Priority.ALWAYS);
                    list.getChildren().add(new HBox(4, marker, content));
                }
            }
            return list;
        }
        if (block instanceof BlockQuote) {
            VBox quote = new VBox(6);
            quote.getStyleClass().add("md-quote");
            addBlocks(quote, block);
            return quote;
        }
        if (block instanceof FencedCodeBlock fenced) {
            return code(fenced.getLiteral());
        }
        if (block instanceof IndentedCodeBlock indented) {
            return code(indented.getLiteral());
        }
        if (block instanceof HtmlBlock html) {
            return code(html.getLiteral());
        }
        if (block instanceof ThematicBreak) {
            return new Separator();
        }
        return null;
    }

    private Node code(String literal) {
        Label code = new Label(literal.stripTrailing());
        code.getStyleClass().add("md-code-block");
        code.setWrapText(true);
        code.setMaxWidth(Double.MAX_VALUE);
        return code;
    }

    private TextFlow flow(org.commonmark.node.Node block, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        List<Node> runs = new ArrayList<>();
        block.accept(new Inlines(runs, new ArrayList<>()));
        flow.getChildren().setAll(runs);
        return flow;
    }

    /** Walks the inline nodes, keeping the styles of the enclosing emphasis. */
    private final class Inlines extends AbstractVisitor {
        private final List<Node> runs;
        private final List<String> styles;

        Inlines(List<Node> runs, List<String> styles) {
            this.runs = runs;
            this.styles = styles;
        }

        private void text(String literal, String... extra) {
            for (Snippet.Run run : highlight.mark(literal)) {
                Text text = new Text(run.text());
                text.getStyleClass().add("md-text");
                text.getStyleClass().addAll(styles);
                text.getStyleClass().addAll(extra);
                if (run.highlighted()) {
                    text.getStyleClass().add("md-mark");
                }
                runs.add(text);
            }
        }

        private void styled(org.commonmark.node.Node node, String style) {
            styles.add(style);
            visitChildren(node);
            styles.remove(styles.size() - 1);
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            text(text.getLiteral());
        }

        @Override
        public void visit(Emphasis emphasis) {
            styled(emphasis, "md-em");
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styled(strong, "md-strong");
        }

        @Override
        public void visit(Code code) {
            text(code.getLiteral(), "md-code");
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            text(" ");
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            text("\n");
        }

        @Override
        public void visit(HtmlInline html) {
            text(html.getLiteral());
        }

        @Override
        public void visit(Image image) {
            link(image.getDestination(), label(image));
        }

        @Override
        public void visit(Link link) {
            String label = label(link);
            link(link.getDestination(), label.isEmpty() ? link.getDestination() : label);
        }

        private String label(org.commonmark.node.Node parent) {
            List<Node> inner = new ArrayList<>();
            for (org.commonmark.node.Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                child.accept(new Inlines(inner, new ArrayList<>()));
            }
            return inner.stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                    .reduce("", String::concat);
        }

        private void link(String destination, String label) {
            Optional<String> refused = refusal.apply(destination);
            if (refused.isPresent()) {
                int first = runs.size();
                String shown = label.isEmpty() ? destination : label;
                text(shown, "md-link-refused");
                String words = hint.apply(destination, shown);
                if (words != null && !words.isEmpty()) {
                    Text after = new Text(" " + words);
                    after.getStyleClass().addAll("md-text", "md-link-refused-hint");
                    runs.add(after);
                }
                for (Node run : runs.subList(first, runs.size())) {
                    Tooltip.install(run, new Tooltip(refused.get()));
                    run.setAccessibleHelp(refused.get());
                }
                return;
            }
            Hyperlink hyperlink = new Hyperlink(label.isEmpty() ? destination : label);
            hyperlink.getStyleClass().add("md-link");
            hyperlink.setOnAction(e -> opener.accept(destination));
            runs.add(hyperlink);
        }
    }
}
