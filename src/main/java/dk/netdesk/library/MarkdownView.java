package dk.netdesk.library;

import dk.netdesk.ui.LinkPolicy;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
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
    /** A section's or quote's Copy button; null for none. */
    private Function<BodyParts.Part, Node> partButton;
    /** The context menu's words for a selection: "Copy", "Select all". */
    private String copyWords = "Copy";
    private String selectAllWords = "Select all";
    /** What puts a selected text on the clipboard. */
    private Consumer<String> copySelection = text -> { };

    // state of one render
    private TextSelection selection;
    private BodyParts parts;
    private int sectionsShown;
    private int quotesShown;
    private int quoteDepth;
    /** The marker of the list item whose first flow comes next ("- ", "2. "), and whether it follows an item. */
    private String pendingMarker;
    private boolean pendingInList;

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

    /**
     * Makes the rendered text selectable and gives each section and quote its own Copy button (issue 18, item 14).
     *
     * @param partButton    a part ({@link BodyParts}) → its Copy button, put after a section's heading and beside a quote
     * @param copySelection puts a text selected in the pane on the clipboard (Ctrl+C, the context menu's Copy)
     * @param copyWords     the context menu's "Copy"
     * @param selectAllWords the context menu's "Select all"
     * @return this view
     */
    public MarkdownView copying(Function<BodyParts.Part, Node> partButton, Consumer<String> copySelection,
                                String copyWords, String selectAllWords) {
        this.partButton = partButton;
        this.copySelection = copySelection;
        this.copyWords = copyWords;
        this.selectAllWords = selectAllWords;
        return this;
    }

    public Node render(String markdown) {
        return render(markdown, FtsQuery.parse(""));
    }

    /** As {@link #render(String)}, with the words of {@code highlight} marked (style class {@code md-mark}). */
    public Node render(String markdown, FtsQuery highlight) {
        this.highlight = highlight == null ? FtsQuery.parse("") : highlight;
        VBox root = new VBox(10);
        root.getStyleClass().add("md");
        selection = new TextSelection(root, copySelection, copyWords, selectAllWords);
        parts = partButton == null ? null : BodyParts.of(markdown);
        sectionsShown = 0;
        quotesShown = 0;
        quoteDepth = 0;
        pendingMarker = null;
        pendingInList = false;
        addBlocks(root, Markdown.parse(markdown));
        selection = null;
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
            TextFlow flow = flow(block, "md-h" + Math.min(heading.getLevel(), 3));
            if (parts != null && block.getParent() instanceof Document && sectionsShown < parts.sections().size()) {
                Text gap = new Text(" ");
                gap.getStyleClass().add("md-text");
                gap.getProperties().put(TextSelection.COPY, "");
                Node button = partButton.apply(parts.sections().get(sectionsShown++));
                button.setId("md-copy-section-" + sectionsShown);
                flow.getChildren().addAll(gap, button);
            }
            return flow;
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            VBox list = new VBox(4);
            list.getStyleClass().add("md-list");
            int number = block instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                    ? ordered.getMarkerStartNumber() : 1;
            for (org.commonmark.node.Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    pendingMarker = block instanceof OrderedList ? number + ". " : "- ";
                    pendingInList = item != block.getFirstChild();
                    Label marker = new Label(block instanceof OrderedList ? (number++) + "." : "•");
                    marker.getStyleClass().add("md-marker");
                    marker.setMinWidth(22);
                    VBox content = new VBox(4);
                    addBlocks(content, item);
                    pendingMarker = null;
                    pendingInList = false;
                    HBox.setHgrow(content, Priority.ALWAYS);
                    list.getChildren().add(new HBox(4, marker, content));
                }
            }
            return list;
        }
        if (block instanceof BlockQuote) {
            VBox quote = new VBox(6);
            quote.getStyleClass().add("md-quote");
            Node button = parts != null && quoteDepth == 0 && quotesShown < parts.quotes().size()
                    ? partButton.apply(parts.quotes().get(quotesShown++)) : null;
            if (button != null) {
                button.setId("md-copy-quote-" + quotesShown);
            }
            quoteDepth++;
            addBlocks(quote, block);
            quoteDepth--;
            if (button == null) {
                return quote;
            }
            HBox.setHgrow(quote, Priority.ALWAYS);
            quote.setMaxWidth(Double.MAX_VALUE);
            HBox withCopy = new HBox(6, quote, button);
            withCopy.getStyleClass().add("md-quote-row");
            return withCopy;
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

    /** A code block: its text in a flow (selectable) inside a shaded box. */
    private Node code(String literal) {
        Text text = new Text(literal.stripTrailing());
        text.getStyleClass().addAll("md-text", "md-code-text");
        TextFlow flow = new TextFlow(text);
        select(flow);
        StackPane code = new StackPane(flow);
        code.getStyleClass().add("md-code-block");
        code.setMaxWidth(Double.MAX_VALUE);
        return code;
    }

    private TextFlow flow(org.commonmark.node.Node block, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        List<Node> runs = new ArrayList<>();
        block.accept(new Inlines(runs, new ArrayList<>()));
        flow.getChildren().setAll(runs);
        select(flow);
        return flow;
    }

    /** Adds a flow to the pane's selection, in reading order. */
    private void select(TextFlow flow) {
        if (selection == null) {
            return;
        }
        selection.add(flow, pendingInList ? "\n" : "\n\n", pendingMarker == null ? "" : pendingMarker);
        pendingMarker = null;
        pendingInList = false;
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
            hyperlink.getProperties().put(TextSelection.COPY,
                    Markdown.linkWords(hyperlink.getText(), LinkPolicy.web(destination).orElse(destination)));
            hyperlink.setOnAction(e -> opener.accept(destination));
            runs.add(hyperlink);
        }
    }
}
