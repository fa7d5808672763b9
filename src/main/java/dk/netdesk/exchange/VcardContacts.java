package dk.netdesk.exchange;

import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactCard;
import dk.netdesk.contacts.ContactDetails;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Revision;
import ezvcard.property.Uid;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Contacts as one vCard 4.0 file, UTF-8 (decision record 0015). Each card has the fields of
 * {@link ContactCard} (shared with the person export), the first phone and email marked
 * {@code PREF=1}, a stable {@code UID} (the same contact gets the same one in every export, so an
 * address book that imports the file twice updates instead of duplicating), {@code REV} (last saved),
 * the social profiles as {@code X-SOCIALPROFILE;TYPE=facebook|instagram|linkedin|tiktok}, and what only
 * Netdesk knows as {@code X-NETDESK-*} properties (stage, next follow-up, source, interest, referrer,
 * do not contact and its reason), which other programs keep or ignore.
 */
public final class VcardContacts {

    private VcardContacts() {
    }

    /** The UID of a contact: a name-based UUID of its row id and creation moment. */
    public static String uid(Contact contact) {
        String seed = "netdesk-contact:" + contact.id() + ":" + contact.createdAt();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }

    /** One row as a card (not yet written: the version is chosen by the writer). */
    public static VCard card(ExportRow row) {
        Contact contact = row.contact();
        ContactDetails d = contact.details();
        VCard card = ContactCard.of(contact);
        if (!card.getTelephoneNumbers().isEmpty()) {
            card.getTelephoneNumbers().get(0).setPref(1);
        }
        if (!card.getEmails().isEmpty()) {
            card.getEmails().get(0).setPref(1);
        }
        card.setUid(new Uid(uid(contact)));
        if (contact.updatedAt() != null) {
            card.setRevision(new Revision(contact.updatedAt()));
        }
        social(card, "facebook", d.facebook());
        social(card, "instagram", d.instagram());
        social(card, "linkedin", d.linkedin());
        social(card, "tiktok", d.tiktok());
        extended(card, "X-NETDESK-STAGE", row.stage());
        extended(card, "X-NETDESK-NEXT-FOLLOW-UP", row.nextFollowUp() == null ? "" : row.nextFollowUp().toString());
        extended(card, "X-NETDESK-SOURCE", d.source() == null ? "" : d.source().name());
        extended(card, "X-NETDESK-INTEREST", d.interest() == null ? "" : d.interest().name());
        extended(card, "X-NETDESK-REFERRED-BY", row.referrer());
        if (contact.doNotContact()) {
            extended(card, "X-NETDESK-DO-NOT-CONTACT", "true");
            extended(card, "X-NETDESK-DO-NOT-CONTACT-REASON", contact.doNotContactReason());
        }
        return card;
    }

    private static void social(VCard card, String type, String value) {
        if (value != null && !value.isBlank()) {
            card.addExtendedProperty("X-SOCIALPROFILE", value).getParameters().setType(type);
        }
    }

    private static void extended(VCard card, String name, String value) {
        if (value != null && !value.isBlank()) {
            card.addExtendedProperty(name, value);
        }
    }

    /** Writes the rows as vCard 4.0 to {@code out} (not closed); {@code progress} is told after every card. */
    public static void write(List<ExportRow> rows, OutputStream out, Progress progress) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        VCardWriter cards = new VCardWriter(writer, VCardVersion.V4_0);
        cards.setAddProdId(false);
        int done = 0;
        for (ExportRow row : rows) {
            cards.write(card(row));
            progress.done(++done, rows.size());
        }
        cards.flush();
    }
}
