package dk.netdesk.library;

/** What a library item is; the message key is {@code library.kind.<NAME>}. */
public enum LibraryKind {
    OBJECTION_SCRIPT, PRODUCT_SHEET, TRAINING_NOTE, SUCCESS_STORY, SOCIAL_POST, LINK, FILE;

    /** Scripts and post drafts are the texts one copies out in the field. */
    public boolean isCopyable() {
        return this == OBJECTION_SCRIPT || this == SOCIAL_POST;
    }

    /** Only scripts keep a record of how they went. */
    public boolean isScript() {
        return this == OBJECTION_SCRIPT;
    }
}
