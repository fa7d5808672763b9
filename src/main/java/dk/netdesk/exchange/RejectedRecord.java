package dk.netdesk.exchange;

/**
 * A record of an imported file that is left out, and why.
 *
 * @param line   the 1-based line of the file where the record starts
 * @param record the 1-based number of the record in the file
 * @param reason every fault of the record, in the UI language, on one line (for example "“anna(at)example.dk” is not
 *               an email address.", or several sentences when more than one thing is wrong)
 * @param name   how the user recognises the record: its name as read, else its first identifying value (phone,
 *               email, first filled cell), letters that could not be read shown as "…" ({@link TextFile#readable});
 *               "" when nothing could be read
 */
public record RejectedRecord(int line, int record, String reason, String name) {

    public RejectedRecord {
        name = name == null ? "" : TextFile.readable(name);
    }

    /** A rejected record without a name to show. */
    public RejectedRecord(int line, int record, String reason) {
        this(line, record, reason, "");
    }
}
