package dk.netdesk.library;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The parts of an item's body that have their own Copy in the reading pane (issue 18, item 14): each section (a
 * heading of the body's top level and what follows it up to the next heading of the same or a higher level) and
 * each block quote (one not inside another quote), in the order they are shown. Each part's text follows the same
 * rules as the whole item's Copy ({@link Markdown#plainText}, {@link Markdown#html}: a web link is "label (address)",
 * a link that is not opened only its label; decision 0037).
 *
 * <p>The reading pane gives the n-th top-level heading the n-th section's button, and the n-th outermost quote (in
 * document order) the n-th quote's button.
 */
public final class BodyParts {

    /** What a part is. */
    public enum Kind { SECTION, QUOTE }

    /**
     * One part of the body.
     *
     * @param kind a section (its heading included in its text) or a quote
     * @param name what the part is called on its button: a section's heading as one line; a quote's section heading
     *             when it is the only quote of that section, else the quote's opening words (cut with "…")
     * @param text what its Copy puts on the clipboard
     */
    public record Part(Kind kind, String name, CopyText text) {
    }

    /** How many characters of a quote's opening name it, at most (cut at a word). */
    static final int NAME_LENGTH = 40;

    private final List<Part> sections;
    private final List<Part> quotes;

    private BodyParts(List<Part> sections, List<Part> quotes) {
        this.sections = List.copyOf(sections);
        this.quotes = List.copyOf(quotes);
    }

    /** The sections, in the order of their headings. */
    public List<Part> sections() {
        return sections;
    }

    /** The outermost block quotes, in document order. */
    public List<Part> quotes() {
        return quotes;
    }

    /**
     * Cuts {@code markdown} into its parts.
     *
     * @param markdown an item's body; null is taken as ""
     */
    public static BodyParts of(String markdown) {
        List<Node> blocks = topLevel(Markdown.parse(markdown));
        List<Part> sections = new ArrayList<>();
        List<Integer> headingAt = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading heading) {
                int end = i + 1;
                while (end < blocks.size() && !(blocks.get(end) instanceof Heading next && next.getLevel() <= heading.getLevel())) {
                    end++;
                }
                headingAt.add(i);
                sections.add(new Part(Kind.SECTION, nameOf(markdown, i), copyOfBlocks(markdown, i, end)));
            }
        }
        List<Node> quoteNodes = quotes(Markdown.parse(markdown));
        // which section (the nearest heading before it) each quote is in; -1 before any heading
        List<Integer> sectionOf = new ArrayList<>();
        List<Node> document = topLevel(quoteNodes.isEmpty() ? new Document() : root(quoteNodes.get(0)));
        for (Node quote : quoteNodes) {
            int at = document.indexOf(topAncestor(quote));
            int section = -1;
            for (int h = 0; h < headingAt.size() && headingAt.get(h) < at; h++) {
                section = h;
            }
            sectionOf.add(section);
        }
        List<Part> quotes = new ArrayList<>();
        for (int q = 0; q < quoteNodes.size(); q++) {
            CopyText text = copyOfQuote(markdown, q);
            int section = sectionOf.get(q);
            boolean alone = section >= 0 && sectionOf.stream().filter(s -> s == section).count() == 1;
            String name = alone ? sections.get(section).name() : opening(text.plain());
            quotes.add(new Part(Kind.QUOTE, name, text));
        }
        return new BodyParts(sections, quotes);
    }

    /** The copy of the top-level blocks {@code from} (included) to {@code to} (excluded), from a fresh parse. */
    private static CopyText copyOfBlocks(String markdown, int from, int to) {
        List<Node> blocks = topLevel(Markdown.parse(markdown));
        Document part = new Document();
        blocks.subList(from, to).forEach(part::appendChild);
        return Markdown.copyOf(part);
    }

    private static CopyText copyOfQuote(String markdown, int index) {
        Node quote = quotes(Markdown.parse(markdown)).get(index);
        Document part = new Document();
        part.appendChild(quote);
        return Markdown.copyOf(part);
    }

    /** A heading's text on one line. */
    private static String nameOf(String markdown, int index) {
        Document heading = new Document();
        heading.appendChild(topLevel(Markdown.parse(markdown)).get(index));
        return Markdown.copyOf(heading).plain().replaceAll("\\s+", " ").strip();
    }

    /** A quote's opening words without its own quote marks, at most {@link #NAME_LENGTH} characters, then "…". */
    static String opening(String plain) {
        String line = plain.replaceAll("\\s+", " ").strip();
        line = line.replaceAll("^[\"'“”„«»‘’]+|[\"'“”„«»‘’]+$", "").strip();
        if (line.length() <= NAME_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', NAME_LENGTH);
        String words = line.substring(0, cut > 0 ? cut : NAME_LENGTH).replaceAll("[\\s,;:.–—-]+$", "");
        return words + "…";
    }

    private static List<Node> topLevel(Node document) {
        List<Node> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(block);
        }
        return blocks;
    }

    /** The block quotes not inside another quote, in document order. */
    static List<Node> quotes(Node document) {
        List<Node> quotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                quotes.add(quote);
            }
        });
        return quotes;
    }

    private static Node root(Node node) {
        Node at = node;
        while (at.getParent() != null) {
            at = at.getParent();
        }
        return at;
    }

    private static Node topAncestor(Node node) {
        Node at = node;
        while (at.getParent() != null && at.getParent().getParent() != null) {
            at = at.getParent();
        }
        return at;
    }
}
