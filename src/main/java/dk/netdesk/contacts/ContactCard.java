package dk.netdesk.contacts;

import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;

/**
 * A contact as a vCard: the one mapping that the person export and the contacts export share, so
 * that both write a contact's fields the same way. The caller picks the version when it writes
 * (Netdesk writes 4.0) and may add its own properties.
 */
public final class ContactCard {

    private ContactCard() {
    }

    /**
     * FN (the name), N (the last word as the family name, the words before it as the given name),
     * one TEL per phone and one EMAIL per address in the stored order, ADR with the city as its
     * locality, BDAY, NOTE and CATEGORIES (the tags). Empty fields are left out.
     */
    public static VCard of(Contact contact) {
        ContactDetails d = contact.details();
        VCard card = new VCard();
        card.setFormattedName(d.name());
        card.setStructuredName(structuredName(d.name()));
        for (String phone : d.phones()) {
            card.addTelephoneNumber(new Telephone(phone));
        }
        for (String email : d.emails()) {
            card.addEmail(new Email(email));
        }
        if (d.city() != null && !d.city().isBlank()) {
            Address address = new Address();
            address.setLocality(d.city());
            card.addAddress(address);
        }
        if (d.birthday() != null) {
            card.setBirthday(new Birthday(d.birthday()));
        }
        if (d.notes() != null && !d.notes().isBlank()) {
            card.addNote(d.notes());
        }
        if (!d.tags().isEmpty()) {
            Categories categories = new Categories();
            categories.getValues().addAll(d.tags());
            card.setCategories(categories);
        }
        return card;
    }

    /** N from a full name: the last word is the family name, the words before it the given name. */
    private static StructuredName structuredName(String name) {
        StructuredName n = new StructuredName();
        String strip = name.strip();
        int space = strip.lastIndexOf(' ');
        if (space < 0) {
            n.setGiven(strip);
        } else {
            n.setGiven(strip.substring(0, space).strip());
            n.setFamily(strip.substring(space + 1));
        }
        return n;
    }
}
