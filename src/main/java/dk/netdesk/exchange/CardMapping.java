package dk.netdesk.exchange;

import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.ui.Messages;
import ezvcard.VCard;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Impp;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;
import ezvcard.util.TelUri;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One parsed vCard (any version) as a {@link ContactDraft}: FN (else N, else ORG, else the first
 * email) as the name; TEL and EMAIL with the preferred one first (PREF=1 in 4.0, TYPE=pref in 2.1
 * and 3.0), a {@code tel:} URI's number as the phone and its extension as a notes line; the first
 * ADR locality as the city; BDAY (a day without a year, also Apple's {@code X-APPLE-OMIT-YEAR} and the years
 * 0000, 0001 and 1604, stays without a year; a date that does not exist rejects the card; other text goes to
 * the notes); CATEGORIES as tags; NOTE as notes; X-SOCIALPROFILE, IMPP and URL on Facebook,
 * Instagram, LinkedIn or TikTok as those fields (other URLs go to the notes); Netdesk's own
 * X-NETDESK-SOURCE and X-NETDESK-INTEREST. Google's system groups (myContacts, starred) are not tags. PHOTO, LOGO, SOUND and other properties are left out.
 */
final class CardMapping {

    /** Years that phones write for "no year": 0000, 0001 and Apple's 1604. */
    private static final Set<Integer> NO_YEAR = Set.of(0, 1, 1604);
    /** Google's system groups, which it writes as categories but which are not the user's tags. */
    private static final Set<String> GOOGLE_GROUPS = Set.of("mycontacts", "starred");

    private CardMapping() {
    }

    static ContactDraft draft(VCard card, Messages messages) {
        ContactDraft d = new ContactDraft(messages);
        for (FormattedName fn : card.getFormattedNames()) {
            if (fn.getValue() != null && !fn.getValue().isBlank()) {
                d.name = fn.getValue();
                break;
            }
        }
        StructuredName n = card.getStructuredName();
        if (n != null) {
            if (n.getGiven() != null) {
                d.firstNames.add(n.getGiven());
            }
            d.firstNames.addAll(n.getAdditionalNames());
            if (n.getFamily() != null) {
                d.lastNames.add(n.getFamily());
            }
        }
        if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
            d.company = String.join(" ", card.getOrganization().getValues()).strip();
        }
        for (Telephone tel : preferredFirst(card.getTelephoneNumbers())) {
            phone(d, tel, messages);
        }
        for (Email email : preferredFirst(card.getEmails())) {
            d.email(email.getValue());
        }
        for (Address address : preferredFirst(card.getAddresses())) {
            if (address.getLocality() != null && !address.getLocality().isBlank()) {
                d.city = address.getLocality();
                break;
            }
        }
        birthday(d, card.getBirthday(), messages);
        RawProperty rawBirthday = card.getExtendedProperty("BDAY");
        if (card.getBirthday() == null && rawBirthday != null && rawBirthday.getValue() != null) {
            birthdayText(d, rawBirthday.getValue(), messages);
        }
        for (Categories categories : card.getCategoriesList()) {
            for (String tag : categories.getValues()) {
                if (!GOOGLE_GROUPS.contains(tag.strip().toLowerCase(Locale.ROOT))) {
                    d.tags.add(tag);
                }
            }
        }
        for (Note note : card.getNotes()) {
            d.note(note.getValue());
        }
        social(d, card);
        for (Url url : card.getUrls()) {
            d.website(url.getValue());
        }
        RawProperty source = card.getExtendedProperty("X-NETDESK-SOURCE");
        if (source != null) {
            d.source = named(Source.class, source.getValue());
        }
        RawProperty interest = card.getExtendedProperty("X-NETDESK-INTEREST");
        if (interest != null) {
            d.interest = named(Interest.class, interest.getValue());
        }
        return d;
    }

    private static void phone(ContactDraft d, Telephone tel, Messages messages) {
        if (tel.getText() != null) {
            String text = tel.getText().strip();
            if (text.regionMatches(true, 0, "tel:", 0, 4)) {
                try {
                    uri(d, TelUri.parse(text), messages);
                    return;
                } catch (IllegalArgumentException notAUri) {
                    text = text.substring(4);
                }
            }
            d.phone(text);
        } else if (tel.getUri() != null) {
            uri(d, tel.getUri(), messages);
        }
    }

    private static void uri(ContactDraft d, TelUri uri, Messages messages) {
        d.phone(uri.getNumber());
        if (uri.getExtension() != null && !uri.getExtension().isBlank()) {
            d.note(messages.format("exchange.import.note.extension", uri.getNumber(), uri.getExtension()));
        }
    }

    private static void birthday(ContactDraft d, Birthday bday, Messages messages) {
        if (bday == null) {
            return;
        }
        try {
            Temporal date = bday.getDate();
            PartialDate partial = bday.getPartialDate();
            LocalDate full = date == null ? null : date.query(TemporalQueries.localDate());
            String omit = bday.getParameter("X-APPLE-OMIT-YEAR");
            if (full != null) {
                boolean noYear = NO_YEAR.contains(full.getYear())
                        || (omit != null && omit.strip().equals(String.valueOf(full.getYear())));
                if (noYear) {
                    d.birthdayNoYear = MonthDay.from(full);
                } else {
                    d.birthday = full;
                }
            } else if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
                if (partial.getYear() == null || NO_YEAR.contains(partial.getYear())) {
                    d.birthdayNoYear = MonthDay.of(partial.getMonth(), partial.getDate());
                } else {
                    d.birthday = LocalDate.of(partial.getYear(), partial.getMonth(), partial.getDate());
                }
            } else if (bday.getText() != null && !bday.getText().isBlank()) {
                birthdayText(d, bday.getText(), messages);
            }
        } catch (DateTimeException impossible) {
            d.problem(messages.get("exchange.import.vcard.badBirthday"));
        }
    }

    /**
     * A birthday ez-vcard kept as text (a 2.1 or 3.0 card may not hold a day without a year, so it
     * keeps {@code --0412} as a raw property; an impossible date the same way).
     */
    private static void birthdayText(ContactDraft d, String value, Messages messages) {
        String text = value.strip();
        if (text.isEmpty()) {
            return;
        }
        CellDates.Cell read = CellDates.read(text, DateOrder.DAY_FIRST, 2000);
        if ("badDate".equals(read.problem())) {
            d.problem(messages.get("exchange.import.vcard.badBirthday"));
        } else if (read.date() != null && !NO_YEAR.contains(read.date().getYear())) {
            d.birthday = read.date();
        } else if (read.date() != null) {
            d.birthdayNoYear = MonthDay.from(read.date());
        } else if (read.noYear() != null) {
            d.birthdayNoYear = read.noYear();
        } else {
            d.note(messages.format("exchange.import.note.birthdayText", text));
        }
    }

    private static void social(ContactDraft d, VCard card) {
        for (RawProperty profile : card.getExtendedProperties("X-SOCIALPROFILE")) {
            String value = profile.getValue() == null ? "" : profile.getValue().strip();
            String user = profile.getParameter("X-USER");
            if (value.regionMatches(true, 0, "x-apple:", 0, 8)) {
                value = user != null && !user.isBlank() ? user : value.substring(8);
            }
            String network = SocialHosts.named(String.join(" ", profile.getParameters().getTypes()));
            if (network == null) {
                network = SocialHosts.network(value);
            }
            if (network != null) {
                d.social(network, value);
            }
        }
        for (Impp impp : card.getImpps()) {
            String network = SocialHosts.named(impp.getParameter("X-SERVICE-TYPE"));
            if (network == null) {
                network = SocialHosts.named(impp.getProtocol());
            }
            if (network != null && impp.getHandle() != null) {
                d.social(network, impp.getHandle());
            }
        }
    }

    /** The properties with the preferred first: PREF=1 before PREF=2…, then TYPE=pref, then the rest in file order. */
    static <T extends VCardProperty> List<T> preferredFirst(List<T> properties) {
        List<T> sorted = new ArrayList<>(properties);
        sorted.sort(Comparator.comparingDouble(CardMapping::rank));
        return sorted;
    }

    private static double rank(VCardProperty property) {
        VCardParameters parameters = property.getParameters();
        try {
            Integer pref = parameters.getPref();
            if (pref != null) {
                return pref;
            }
        } catch (IllegalStateException | NumberFormatException notANumber) {
            // a PREF that is not a number counts as none
        }
        boolean typePref = parameters.getTypes().stream().anyMatch(t -> t.equalsIgnoreCase("pref"));
        return typePref ? 100.5 : 101;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
