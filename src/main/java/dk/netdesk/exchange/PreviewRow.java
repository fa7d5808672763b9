package dk.netdesk.exchange;

/**
 * One row of the wizard's preview, as text to show: what a record of the file gives.
 *
 * @param line     the 1-based line the record starts on
 * @param name     the contact's name, or "" when the record is left out
 * @param phones   the phones, joined with ", "
 * @param emails   the email addresses, joined with ", "
 * @param birthday how the birthday was read: the date in the UI language, with the cell as written in the file
 *                 before an arrow when they differ ({@code 4/5/1990 → 5 April 1990}); "" if none
 * @param problem  why the record would be left out, or ""
 */
public record PreviewRow(int line, String name, String phones, String emails, String birthday, String problem) {
}
