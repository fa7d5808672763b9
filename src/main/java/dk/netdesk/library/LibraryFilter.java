package dk.netdesk.library;

/** The filters of the list; null means "any". */
public record LibraryFilter(LibraryKind kind, String tag, Long collectionId, String language) {

    public static final LibraryFilter NONE = new LibraryFilter(null, null, null, null);

    /** True when some filter is set, so the search must look at the item row (alias {@code i}) to apply it. */
    boolean hasItemFilter() {
        return kind != null || tag != null || collectionId != null || language != null;
    }
}
