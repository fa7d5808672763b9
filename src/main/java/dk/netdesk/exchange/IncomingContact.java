package dk.netdesk.exchange;

import dk.netdesk.contacts.ContactDetails;

/**
 * One contact read from an imported file, before duplicates are looked at.
 *
 * @param line    the 1-based line of the file where the record starts (a CSV row's first
 *                physical line; a vCard's {@code BEGIN:VCARD} line)
 * @param record  the 1-based number of the record in the file (CSV: data row, header not counted;
 *                vCard: the card)
 * @param details what the record holds, cleaned and NFC-normalised as the contact editor would
 *                store it (a name is never blank)
 */
public record IncomingContact(int line, int record, ContactDetails details) {
}
