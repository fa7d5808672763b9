package dk.netdesk.exchange;

/**
 * One row of the wizard's preview, as text to show: what a record of the file gives.
 *
 * @param line     the 1-based line the record starts on
 * @param name     the contact's name, or "" when the record is left out
 * @param phones   the phones, joined with ", "
 * @param emails   the email addresses, joined with ", "
 * @param birthday how the birthday was read: the date in the UI language, with the cell as written in the file
 *                 before an arrow when they differ ({@code 4/5/1990 → 5 April 1990}); a date that reads two ways
 *                 says the other reading too ({@code 4/5/1990 → 5 April 1990 (or 4 May 1990?)}); "" if none
 * @param notes    the notes the contact would get, on one line (paragraphs and lines joined by " · "), with the
 *                 labelled lines of details that have no field ("Company: Acme A/S"); "" if none
 * @param problem  why the record would be left out, or ""
 * @param dateAmbiguous true when the birthday reads two ways and the chosen date order decides it
 */
public record PreviewRow(int line, String name, String phones, String emails, String birthday, String notes,
                         String problem, boolean dateAmbiguous) {
}
