package dk.netdesk.exchange;

/**
 * What an import does with a record that matches a stored contact or an earlier record of the same file (on
 * email, phone or name, see {@link ImportMatch}). Whatever is chosen, a record that is a do-not-contact person is
 * left out and counted in {@link ImportSummary#doNotContact()}. A weak match (only a phone number shared, under
 * another name) gets {@link #CREATE} unless chosen otherwise for that record ({@link ImportMatch#defaultAction}).
 */
public enum DuplicateAction {
    /** Leave the record out; the contact (or the earlier record's contact) stays as it is. */
    SKIP,
    /**
     * Add to the matched contact what it lacks (phones, emails, tags, empty fields, new notes) without
     * overwriting anything filled; for an earlier record of the file, into the contact that record became.
     * Decision records 0016 and 0021.
     */
    MERGE,
    /** Make a new contact anyway. */
    CREATE
}
