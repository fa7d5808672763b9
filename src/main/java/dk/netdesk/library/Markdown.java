package dk.netdesk.library;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/** The Markdown of item bodies (CommonMark), parsed once per use. */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();

    private Markdown() {
    }

    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /** The text without markup, as it reads, paragraphs apart: for pasting into a chat or a post. */
    public static String plainText(String markdown) {
        return TextContentRenderer.builder().lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build()
                .render(parse(markdown)).strip();
    }

    public static String html(String markdown) {
        return HtmlRenderer.builder().escapeHtml(true).build().render(parse(markdown));
    }
}
