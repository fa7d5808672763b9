package dk.netdesk.contacts;

/**
 * A write was refused because the person is marked do-not-contact: they cannot be given a next
 * follow-up date or a new calendar event that reaches out to them (follow-up, prospecting,
 * presentation). Nothing was written. Thrown by the repositories and services that hold the rule
 * (the pipeline's follow-up dates, the calendar's events); view-models show
 * {@link #KEY} with {@link #name()} and {@link #reason()} in plain words.
 */
public final class DoNotContactException extends RuntimeException {

    /** The bundle key (in the shared {@code ui} bundle) that explains the refusal: {0} the name, {1} the reason. */
    public static final String KEY = "dnc.refused";

    private final long contactId;
    private final String name;
    private final String reason;

    /**
     * @param contactId the person's contact id
     * @param name      their name as stored ("" if unknown)
     * @param reason    the do-not-contact reason as stored ("" if none was given)
     */
    public DoNotContactException(long contactId, String name, String reason) {
        super("Contact " + contactId + " is marked do-not-contact");
        this.contactId = contactId;
        this.name = name == null ? "" : name;
        this.reason = reason == null ? "" : reason;
    }

    /** The refusal in the current language: who, why, and what to do ({@link #KEY}). */
    public String message(dk.netdesk.ui.Messages messages) {
        return messages.format(KEY, name, reason.isBlank() ? "-" : reason);
    }

    public long contactId() {
        return contactId;
    }

    public String name() {
        return name;
    }

    public String reason() {
        return reason;
    }
}
