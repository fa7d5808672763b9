package dk.netdesk.exchange;

import dk.netdesk.contacts.Contact;
import java.time.LocalDate;

/**
 * One contact as the contacts export writes it.
 *
 * @param contact      the contact as stored
 * @param stage        its stage on the board, or ""
 * @param nextFollowUp its next follow-up date, or null
 * @param referrer     the name of the contact who referred it, or "" (none, or no longer stored)
 */
public record ExportRow(Contact contact, String stage, LocalDate nextFollowUp, String referrer) {
}
