package dk.netdesk.exchange;

/**
 * The contact field a CSV column goes to (the import wizard's "Map columns" step). Several columns
 * may go to one field: names are joined with a space in column order, phones, emails, tags and
 * websites are each added, notes are joined with a blank line, and for the city and the birthday the
 * first non-empty cell counts. The message key of a field's label is {@link #key()}.
 *
 * <p>Details a contact has no field of its own for (company, department, job title, nickname, the address)
 * are kept as labelled lines at the end of the notes, in the UI language ("Company: Acme A/S", "Address:
 * Nørregade 1, 8000 Aarhus C"), so that nothing the file had is lost ({@link #toNotes()}); {@link #NOTE_LINE}
 * does the same for any other column, labelled with the column's own header.
 */
public enum ContactField {
    /** The whole name ("Anna Hansen"). Used as it is when not empty. */
    NAME,
    /** Given name(s), joined before the last name when no {@link #NAME} cell has text. */
    FIRST_NAME,
    /** Family name, joined after the first name. */
    LAST_NAME,
    /** A nickname: a notes line "Nickname: Bo". */
    NICKNAME,
    /** A company: names the contact when there is no name, else a notes line "Company: Acme A/S". */
    COMPANY,
    /** A department: a notes line "Department: Sales". */
    DEPARTMENT,
    /** A job title (not Outlook's "Title", which is Mr/Mrs): a notes line "Job title: Sales manager". */
    JOB_TITLE,
    /** One or more phones (Google's {@code " ::: "} separates several in one cell). */
    PHONE,
    /** One or more email addresses. */
    EMAIL,
    /**
     * The street part of an address (also PO box and extra lines). The address parts of one address (the columns
     * whose headers differ only in the part's name: "Home Street", "Home City"…) become one notes line
     * "Address: Nørregade 1, 8000 Aarhus C"; Outlook's business and home addresses become two.
     */
    STREET,
    /** The postcode part of an address. */
    POSTCODE,
    /** The city: the contact's city (the first non-empty one), and the city part of an address. */
    CITY,
    /** The region or state part of an address. */
    REGION,
    /** The country part of an address. */
    COUNTRY,
    /** A date (ISO, day-first or month-first, see {@link DateOrder}) or a day without a year ({@code --04-12}). */
    BIRTHDAY,
    NOTES,
    /** Any other detail: a notes line with the column's header as its label ("Spouse: Anna"). */
    NOTE_LINE,
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

    /** True for the fields kept as labelled notes lines (company, address parts…), not in a field of their own. */
    public boolean toNotes() {
        return switch (this) {
            case NICKNAME, COMPANY, DEPARTMENT, JOB_TITLE, STREET, POSTCODE, REGION, COUNTRY, NOTE_LINE -> true;
            default -> false;
        };
    }

    /** True for the parts of a postal address (street, postcode, city, region, country). */
    public boolean addressPart() {
        return this == STREET || this == POSTCODE || this == CITY || this == REGION || this == COUNTRY;
    }

    /** The message key of the field's label in the exchange bundle, e.g. {@code exchange.field.FIRST_NAME}. */
    public String key() {
        return "exchange.field." + name();
    }
}
