package dk.netdesk.library;

/**
 * What Copy puts on the clipboard: plain text for chats and posts, and HTML for mail and documents
 * ({@link Markdown#plainText}, {@link Markdown#html}). In both, only links that {@link dk.netdesk.ui.LinkPolicy}
 * lets open ({@code http}, {@code https}, {@code mailto}) are links; any other is its label as plain text, and
 * raw HTML in the item is escaped text, never markup (decision 0037).
 *
 * @param plain the text without markup, paragraphs apart
 * @param html  an HTML fragment with escaped text and quoted, escaped attributes
 */
public record CopyText(String plain, String html) {
}
