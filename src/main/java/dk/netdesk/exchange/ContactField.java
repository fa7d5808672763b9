package dk.netdesk.exchange;

/**
 * The contact field a CSV column goes to (the import wizard's "Map columns" step). Several columns
 * may go to one field: names are joined with a space in column order, phones, emails, tags and
 * websites are each added, notes are joined with a blank line, and for the city and the birthday the
 * first non-empty cell counts. The message key of a field's label is {@link #key()}.
 */
public enum ContactField {
    /** The whole name ("Anna Hansen"). Used as it is when not empty. */
    NAME,
    /** Given name(s), joined before the last name when no {@link #NAME} cell has text. */
    FIRST_NAME,
    /** Family name, joined after the first name. */
    LAST_NAME,
    /** A company: names the contact only when there is no name. */
    COMPANY,
    /** One or more phones (Google's {@code " ::: "} separates several in one cell). */
    PHONE,
    /** One or more email addresses. */
    EMAIL,
    CITY,
    /** A date (ISO, day-first or month-first, see {@link DateOrder}) or a day without a year ({@code --04-12}). */
    BIRTHDAY,
    NOTES,
    /** One or more tags ({@code " ::: "} or {@code ","} between them; Google's "* myContacts" groups are left out). */
    TAGS,
    FACEBOOK,
    INSTAGRAM,
    LINKEDIN,
    TIKTOK,
    /** A web address: Facebook, Instagram, LinkedIn and TikTok addresses go to those fields, others to the notes. */
    WEBSITE,
    /** Where the contact came from, as Netdesk's own export writes it (either language). */
    SOURCE,
    /** What the contact is interested in, as Netdesk's own export writes it (either language). */
    INTEREST,
    /** The column is not imported. */
    IGNORE;

    /** The message key of the field's label in the exchange bundle, e.g. {@code exchange.field.FIRST_NAME}. */
    public String key() {
        return "exchange.field." + name();
    }
}
