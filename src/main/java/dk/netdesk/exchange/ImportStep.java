package dk.netdesk.exchange;

/**
 * The steps of the contacts import wizard, in order. A vCard file skips {@link #MAPPING}; a file none of
 * whose records matches a stored contact skips {@link #DUPLICATES}.
 */
public enum ImportStep {
    /** Choose the file (or it was given: a dropped file, the welcome screen). */
    FILE,
    /** The first rows as read; for CSV the encoding and separator, detected and overridable. */
    PREVIEW,
    /** CSV only: which contact field each column goes to, and the date order when the file cannot tell. */
    MAPPING,
    /** The records that match stored contacts, with the reason, and skip / merge / create for all. */
    DUPLICATES,
    /** The stage new contacts go to, tags to add, and whether consent was given. */
    TARGET,
    /** The import is being stored (progress). */
    RUNNING,
    /** What the import did: counts and the rejected records. */
    SUMMARY;

    /** The message key of the step's title in the exchange bundle, e.g. {@code exchange.wizard.step.FILE}. */
    public String key() {
        return "exchange.wizard.step." + name();
    }
}
