package dk.netdesk.library;

/**
 * One line of the result list. {@code snippet} holds the matched words between
 * {@link Snippet#START} and {@link Snippet#END}; it is the start of the body when nothing was searched.
 */
public record LibraryHit(long id, String title, LibraryKind kind, String language, String collection,
                         String snippet) {
}
