package dk.netdesk.library;

import dk.netdesk.ui.LinkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/** The Markdown of item bodies (CommonMark), parsed once per use. */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();

    /** HTML with raw HTML escaped (shown as text), never passed through. */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).build();

    /**
     * Plain text as it reads. A quote is its text without added quote marks: the quote's own marks
     * (“…”, „…“, "…") are part of its text, and CommonMark's «…» around them would double them.
     */
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
            .nodeRendererFactory(context -> new NodeRenderer() {
                @Override
                public Set<Class<? extends Node>> getNodeTypes() {
                    return Set.of(BlockQuote.class);
                }

                @Override
                public void render(Node quote) {
                    for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                        context.render(child);
                    }
                    context.getWriter().block();
                }
            })
            .build();

    private Markdown() {
    }

    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /**
     * The text without markup, as it reads, paragraphs apart: for pasting into a chat or a post. A link that
     * may open is its label and its address, {@code Shop (https://example.com/shop)} (a mail link its address
     * without "mailto:"); any other link is only its label ({@link #withSafeLinks}).
     */
    public static String plainText(String markdown) {
        return plainText(markdown, NO_HINT);
    }

    /**
     * As {@link #plainText(String)}, with {@code hint} (the destination as written, the label) → text put after each
     * link that is not opened, e.g. "(link not opened: file:///etc/passwd)" ({@code OpenWithSystem.refusedHint}).
     */
    public static String plainText(String markdown, java.util.function.BiFunction<String, String, String> hint) {
        return PLAIN.render(linksAsWords(withSafeLinks(parse(markdown), hint))).strip();
    }

    /**
     * Each link left in {@code document} becomes its label and its address in brackets, {@code Shop
     * (https://example.com/shop)}, or only the address when the label is the address: plain text has no quotes of
     * its own around a label (the text renderer's are straight ASCII quotes in any language).
     */
    private static Node linksAsWords(Node document) {
        List<Link> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link);
                visitChildren(link);
            }
        });
        for (Link link : links) {
            String label = labelOf(link);
            String words = linkWords(label, link.getDestination());
            if (!label.isEmpty() && words.startsWith(label + " (")) {
                moveChildrenBefore(link);
                link.insertBefore(new Text(words.substring(label.length())));
            } else {
                link.insertBefore(new Text(words));
            }
            link.unlink();
        }
        return document;
    }

    /**
     * A link that may open as plain text: {@code label (address)}, or only the address when the label is the address
     * (a mail link's address without "mailto:"). Also used for a link in text selected in the reading pane.
     *
     * @param label   the link's label as shown
     * @param address the address as {@link LinkPolicy#web} gives it
     */
    static String linkWords(String label, String address) {
        String shown = address.startsWith("mailto:") ? address.substring("mailto:".length()) : address;
        if (label.isEmpty() || label.equals(address) || label.equals(shown)) {
            return shown;
        }
        return label + " (" + shown + ")";
    }

    /**
     * What Copy puts on the clipboard for a part of a parsed body ({@link BodyParts}): the same rules as
     * {@link #plainText(String)} and {@link #html(String)}.
     *
     * @param document a document holding only the part's blocks; changed in place
     */
    static CopyText copyOf(Node document) {
        withSafeLinks(document, NO_HINT);
        String html = HTML.render(document);
        return new CopyText(PLAIN.render(linksAsWords(document)).strip(), html);
    }

    /** No hint after a refused link: only its label. */
    private static final java.util.function.BiFunction<String, String, String> NO_HINT = (destination, label) -> "";

    /**
     * The text as HTML, for the clipboard (mail, documents). Raw HTML in the text is escaped and shows as
     * text; attribute values are quoted and escaped by CommonMark's writer. Only links and images whose
     * destination {@link LinkPolicy} lets open ({@code http}, {@code https}, {@code mailto}) become {@code href}s
     * or {@code src}s; every other one becomes its label (an image its alt text), escaped, as plain text.
     *
     * @param markdown the item's body; null is taken as ""
     * @return an HTML fragment (paragraphs, lists…), no document around it
     */
    public static String html(String markdown) {
        return html(markdown, NO_HINT);
    }

    /**
     * As {@link #html(String)}, with {@code hint} (the destination as written, the label) → text put after each link
     * that is not opened, as escaped plain text (never an {@code href}), e.g. "(link not opened: file:///etc/passwd)".
     */
    public static String html(String markdown, java.util.function.BiFunction<String, String, String> hint) {
        return HTML.render(withSafeLinks(parse(markdown), hint));
    }

    /**
     * Makes a parsed text safe to hand on (decision 0037): each {@link Link} and {@link Image} whose destination
     * {@link LinkPolicy#web} refuses is replaced by its children (the label, an image's alt text) as plain
     * inline text; the others get the address as {@code LinkPolicy} gives it (trimmed, scheme in lower case).
     *
     * @param document a tree from {@link #parse}; changed in place
     * @return {@code document}
     */
    static Node withSafeLinks(Node document) {
        return withSafeLinks(document, NO_HINT);
    }

    /**
     * As {@link #withSafeLinks(Node)}; after the label of each refused link comes a space and
     * {@code hint.apply(destination, label)} as plain text (nothing when the hint is empty).
     */
    static Node withSafeLinks(Node document, java.util.function.BiFunction<String, String, String> hint) {
        List<Node> targets = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                targets.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                targets.add(image);
                visitChildren(image);
            }
        });
        for (Node target : targets) {
            String destination = target instanceof Link link ? link.getDestination() : ((Image) target).getDestination();
            Optional<String> web = LinkPolicy.web(destination);
            if (web.isPresent()) {
                if (target instanceof Link link) {
                    link.setDestination(web.get());
                } else {
                    ((Image) target).setDestination(web.get());
                }
                continue;
            }
            String label = labelOf(target);
            moveChildrenBefore(target);
            String words = hint.apply(destination, label.isEmpty() ? destination : label);
            if (words != null && !words.isEmpty()) {
                target.insertBefore(new Text(label.isEmpty() ? destination + " " + words : " " + words));
            }
            target.unlink();
        }
        return document;
    }

    /** Puts the children of {@code target} (a link's label) in the tree just before it, in their order. */
    private static void moveChildrenBefore(Node target) {
        Node child = target.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            target.insertBefore(child);
            child = next;
        }
    }

    /** The plain text of a link's or image's children (its label, an image's alt text). */
    private static String labelOf(Node target) {
        StringBuilder label = new StringBuilder();
        target.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                label.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                label.append(code.getLiteral());
            }
        });
        return label.toString();
    }

    /**
     * The text on one line, as the reading pane shows it, for previews and search snippets: no
     * Markdown signs, no list markers; text that looks like markup but is not ("2 * 50 ml", "> 10 %",
     * an escaped "\*") stays as it reads. Blocks (headings, paragraphs, list items) are joined by
     * " · ", or by a space after a block that ends a sentence; runs of white space become one space.
     */
    public static String line(String markdown) {
        List<String> blocks = new ArrayList<>();
        collect(parse(markdown), blocks);
        StringBuilder line = new StringBuilder();
        for (String block : blocks) {
            if (block.isEmpty()) {
                continue;
            }
            if (!line.isEmpty()) {
                char last = line.charAt(line.length() - 1);
                line.append(".!?:;…".indexOf(last) >= 0 ? " " : " · ");
            }
            line.append(block);
        }
        return line.toString();
    }

    private static void collect(Node parent, List<String> blocks) {
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph || block instanceof Heading) {
                StringBuilder text = new StringBuilder();
                block.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }

                    @Override
                    public void visit(Code code) {
                        text.append(code.getLiteral());
                    }

                    @Override
                    public void visit(SoftLineBreak br) {
                        text.append(' ');
                    }

                    @Override
                    public void visit(HardLineBreak br) {
                        text.append(' ');
                    }

                    @Override
                    public void visit(HtmlInline html) {
                        text.append(html.getLiteral());
                    }
                });
                blocks.add(oneLine(text.toString()));
            } else if (block instanceof FencedCodeBlock fenced) {
                blocks.add(oneLine(fenced.getLiteral()));
            } else if (block instanceof IndentedCodeBlock indented) {
                blocks.add(oneLine(indented.getLiteral()));
            } else if (block instanceof HtmlBlock html) {
                blocks.add(oneLine(html.getLiteral()));
            } else {
                collect(block, blocks);
            }
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
