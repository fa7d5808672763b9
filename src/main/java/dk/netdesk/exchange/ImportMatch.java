package dk.netdesk.exchange;

import dk.netdesk.contacts.Contact;

/**
 * An incoming record that matches a stored contact, for the wizard to show before the user chooses a
 * {@link DuplicateAction}.
 *
 * @param incoming the record of the file
 * @param existing the stored contact it matches (see {@link Contact#doNotContact()}: such a record is never
 *                 imported)
 * @param reason   the strongest reason it matches
 * @param value    the matched value as the file has it (the email address, the phone number or the name)
 */
public record ImportMatch(IncomingContact incoming, Contact existing, MatchReason reason, String value) {
}
