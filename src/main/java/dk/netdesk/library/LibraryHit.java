package dk.netdesk.library;

import java.util.List;

/**
 * One line of the result list.
 *
 * @param snippet    the part of the item's text to show under the title (see {@link Snippet}): around the
 *                   searched words, highlighted, or the start of the text when nothing was searched
 * @param attachment the file name of the attachment the searched words were found in, when they were
 *                   found only there (the snippet is then that file's text); null otherwise
 */
public record LibraryHit(long id, String title, LibraryKind kind, String language, String collection,
                         List<Snippet.Run> snippet, String attachment) {

    public LibraryHit {
        snippet = snippet == null ? List.of() : List.copyOf(snippet);
    }
}
