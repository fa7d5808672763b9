package dk.netdesk.exchange;

/**
 * What an import does with a record that matches a stored contact (on email, phone or name, see
 * {@link ImportMatch}). Whatever is chosen, a record matching a do-not-contact person is left out
 * and counted in {@link ImportSummary#doNotContact()}.
 */
public enum DuplicateAction {
    /** Leave the record out; the stored contact stays as it is. A repeat within the file is rejected. */
    SKIP,
    /**
     * Add to the stored contact what it lacks (phones, emails, tags, empty fields, new notes) without
     * overwriting anything filled; a repeat within the file is merged into the contact made from its first
     * occurrence. Decision record 0016.
     */
    MERGE,
    /** Make a new contact anyway, also for repeats within the file. */
    CREATE
}
