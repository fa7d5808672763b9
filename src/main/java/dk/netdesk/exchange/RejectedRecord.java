package dk.netdesk.exchange;

/**
 * A record of an imported file that is left out, and why.
 *
 * @param line   the 1-based line of the file where the record starts
 * @param record the 1-based number of the record in the file
 * @param reason what is wrong and what to do, in the UI language, one sentence (for example
 *               "“anna(at)example.dk” is not an email address.")
 */
public record RejectedRecord(int line, int record, String reason) {
}
