package dk.netdesk.library;

/** What Copy puts on the clipboard: plain text for chats and posts, and HTML for mail and documents. */
public record CopyText(String plain, String html) {
}
