package dk.netdesk.library;

/** The filters of the list; null means "any". */
public record LibraryFilter(LibraryKind kind, String tag, Long collectionId, String language) {

    public static final LibraryFilter NONE = new LibraryFilter(null, null, null, null);
}
