package dk.netdesk.calendar;

/**
 * A contact an event can be linked to.
 *
 * @param doNotContact true when the person is marked do-not-contact: no new follow-up, prospecting or
 *                     presentation event can be linked to them
 * @param doNotContactReason why, as stored ("" when not marked)
 */
public record ContactRef(long id, String name, boolean doNotContact, String doNotContactReason) {

    /** A contact that is not marked do-not-contact. */
    public ContactRef(long id, String name) {
        this(id, name, false, "");
    }

    /** The do-not-contact reason when marked ("" if none was given), null when they may be contacted. */
    public String blockReason() {
        return doNotContact ? (doNotContactReason == null ? "" : doNotContactReason) : null;
    }
}
