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
 * Instagram, LinkedIn or TikTok as those fields; Netdesk's own X-NETDESK-SOURCE and X-NETDESK-INTEREST.
 * Google's system groups (myContacts, starred) are not tags.
 *
 * <p>Kept as labelled notes lines ({@link ContactDraft}): ORG (unless it names the card; its further units as
 * the department), TITLE, ROLE, NICKNAME, every ADR (home or work by its TYPE; LABEL when a card has no ADR),
 * ANNIVERSARY and Apple's X-ABDATE, RELATED and Apple's X-ABRELATEDNAMES, other URLs, IMPP and X-SOCIALPROFILE
 * on other services and the old messenger properties (X-SKYPE, X-AIM…). What is left out (PHOTO, LOGO, SOUND,
 * KEY, GENDER…) the wizard's preview names ({@link CardParts}).
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
        d.damagedKey = "exchange.import.vcard.damagedText";
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
        for (ezvcard.property.Organization org : card.getOrganizations()) {
            List<String> units = org.getValues().stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
            if (units.isEmpty()) {
                continue;
            }
            if (d.company.isBlank()) {
                d.company = units.get(0);
            } else {
                ContactDraft.add(d.departments, units.get(0));
            }
            units.subList(1, units.size()).forEach(unit -> ContactDraft.add(d.departments, unit));
        }
        card.getTitles().forEach(t -> ContactDraft.add(d.jobTitles, t.getValue()));
        card.getRoles().forEach(r -> ContactDraft.add(d.roles, r.getValue()));
        card.getNicknames().forEach(nick -> nick.getValues().forEach(v -> ContactDraft.add(d.nicknames, v)));
        for (Telephone tel : preferredFirst(card.getTelephoneNumbers())) {
            phone(d, tel, messages);
        }
        for (Email email : preferredFirst(card.getEmails())) {
            d.email(email.getValue());
        }
        for (Address address : preferredFirst(card.getAddresses())) {
            if (d.city.isBlank() && address.getLocality() != null && !address.getLocality().isBlank()) {
                d.city = address.getLocality();
            }
        }
        for (Address address : card.getAddresses()) {
            d.addresses.add(postal(address));
        }
        if (card.getAddresses().isEmpty()) {
            card.getOrphanedLabels().forEach(label -> d.addresses.add(new ContactDraft.PostalAddress(kind(
                    label.getTypes().stream().map(Object::toString).toList()), List.of(label.getValue() == null ? ""
                    : label.getValue()), "", "", "", "")));
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
        social(d, card, messages);
        for (Url url : card.getUrls()) {
            d.website(url.getValue());
        }
        otherDetails(d, card, messages);
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
            d.line(messages.format("exchange.import.note.extension", uri.getNumber(), uri.getExtension()));
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

    /** The old messenger properties of vCard 2.1 and 3.0 (Apple, Evolution, KAddressBook) and the service each names. */
    static final java.util.Map<String, String> MESSENGERS = java.util.Map.ofEntries(
            java.util.Map.entry("X-AIM", "AIM"), java.util.Map.entry("X-ICQ", "ICQ"),
            java.util.Map.entry("X-JABBER", "Jabber"), java.util.Map.entry("X-MSN", "MSN"),
            java.util.Map.entry("X-YAHOO", "Yahoo"), java.util.Map.entry("X-SKYPE", "Skype"),
            java.util.Map.entry("X-SKYPE-USERNAME", "Skype"), java.util.Map.entry("X-GOOGLE-TALK", "Google Talk"),
            java.util.Map.entry("X-GTALK", "Google Talk"), java.util.Map.entry("X-QQ", "QQ"),
            java.util.Map.entry("X-TWITTER", "Twitter"), java.util.Map.entry("X-GADUGADU", "Gadu-Gadu"),
            java.util.Map.entry("X-MS-IMADDRESS", "Messenger"));

    private static void social(ContactDraft d, VCard card, Messages messages) {
        for (RawProperty profile : card.getExtendedProperties("X-SOCIALPROFILE")) {
            String value = profile.getValue() == null ? "" : profile.getValue().strip();
            String user = profile.getParameter("X-USER");
            if (value.regionMatches(true, 0, "x-apple:", 0, 8)) {
                value = user != null && !user.isBlank() ? user : value.substring(8);
            }
            String type = String.join(" ", profile.getParameters().getTypes());
            String network = SocialHosts.named(type);
            if (network == null) {
                network = SocialHosts.network(value);
            }
            if (network != null) {
                d.social(network, value);
            } else if (!value.isEmpty()) {
                d.line(messages.format("exchange.import.note.messenger", service(type.isBlank() ? value : type), value));
            }
        }
        for (Impp impp : card.getImpps()) {
            String serviceType = impp.getParameter("X-SERVICE-TYPE");
            String network = SocialHosts.named(serviceType);
            if (network == null) {
                network = SocialHosts.named(impp.getProtocol());
            }
            String handle = impp.getHandle() != null ? impp.getHandle() : impp.getUri() == null ? null : impp.getUri().toString();
            if (network != null && handle != null) {
                d.social(network, handle);
            } else if (handle != null && !handle.isBlank()) {
                String service = serviceType != null && !serviceType.isBlank() ? serviceType
                        : impp.getProtocol() == null ? "" : impp.getProtocol();
                d.line(messages.format("exchange.import.note.messenger", service(service), handle.strip()));
            }
        }
        for (var entry : MESSENGERS.entrySet()) {
            for (RawProperty raw : card.getExtendedProperties(entry.getKey())) {
                if (raw.getValue() != null && !raw.getValue().isBlank()) {
                    d.line(messages.format("exchange.import.note.messenger", entry.getValue(), raw.getValue().strip()));
                }
            }
        }
    }

    /** A service's name as people write it: "skype" → "Skype", "xmpp" → "XMPP"; "" → "IM". */
    private static String service(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return "IM";
        }
        if (n.length() <= 4) {
            return n.toUpperCase(Locale.ROOT);
        }
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** An ADR as a postal address, home or work by its TYPE. */
    private static ContactDraft.PostalAddress postal(Address a) {
        List<String> streets = new ArrayList<>();
        streets.addAll(a.getStreetAddresses());
        streets.addAll(a.getExtendedAddresses());
        streets.addAll(a.getPoBoxes());
        return new ContactDraft.PostalAddress(kind(a.getTypes().stream().map(Object::toString).toList()), streets,
                String.join(" ", a.getPostalCodes()), String.join(" ", a.getLocalities()), String.join(" ", a.getRegions()),
                String.join(" ", a.getCountries()));
    }

    /** "home", "work" or "" from a property's TYPE values. */
    private static String kind(List<String> types) {
        for (String type : types) {
            String t = type.strip().toLowerCase(Locale.ROOT);
            if (t.equals("work")) {
                return "work";
            }
            if (t.equals("home")) {
                return "home";
            }
        }
        return "";
    }

    /**
     * Anniversaries (4.0's ANNIVERSARY, X-ANNIVERSARY, Apple's X-ABDATE with its X-ABLabel) and related people
     * (RELATED, Apple's X-ABRELATEDNAMES) as notes lines: dates in the UI language, never with an invented year.
     */
    private static void otherDetails(ContactDraft d, VCard card, Messages messages) {
        for (ezvcard.property.Anniversary anniversary : card.getAnniversaries()) {
            String text = dateText(d, anniversary.getDate(), anniversary.getPartialDate(), anniversary.getText(), messages);
            d.line("exchange.import.note.anniversary", text);
        }
        for (RawProperty raw : card.getExtendedProperties("X-ANNIVERSARY")) {
            d.line("exchange.import.note.anniversary", rawDate(d, raw.getValue(), messages));
        }
        for (RawProperty raw : card.getExtendedProperties("X-ABDATE")) {
            String label = appleLabel(card, raw.getGroup());
            String value = rawDate(d, raw.getValue(), messages);
            if (label.isEmpty() || label.equalsIgnoreCase("anniversary")) {
                d.line(label.isEmpty() ? "exchange.import.note.date" : "exchange.import.note.anniversary", value);
            } else if (value != null && !value.isBlank()) {
                d.line(messages.format("exchange.import.note.labelled", service(label), value));
            }
        }
        for (ezvcard.property.Related related : card.getRelations()) {
            String who = related.getText() != null ? related.getText() : related.getUri();
            if (who == null || who.isBlank() || who.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
                continue;
            }
            String type = related.getTypes().isEmpty() ? "" : related.getTypes().get(0).getValue();
            related(d, type, who, messages);
        }
        for (RawProperty raw : card.getExtendedProperties("X-ABRELATEDNAMES")) {
            String label = appleLabel(card, raw.getGroup());
            if (raw.getValue() == null || raw.getValue().isBlank()) {
                continue;
            }
            related(d, label, raw.getValue(), messages);
        }
        for (RawProperty raw : card.getExtendedProperties("X-ANDROID-CUSTOM")) {
            android(d, raw.getValue(), messages);
        }
    }

    /** A related person as a notes line: "Spouse: Anna" with a known relation in the UI language, else "Related: Anna". */
    private static void related(ContactDraft d, String relation, String who, Messages messages) {
        String name = who == null ? "" : who.strip();
        if (name.isEmpty()) {
            return;
        }
        String key = "exchange.import.relation." + (relation == null ? "" : relation.strip().toLowerCase(Locale.ROOT));
        if (relation == null || relation.isBlank()) {
            d.line(messages.format("exchange.import.note.related", name));
        } else if (messages.has(key)) {
            d.line(messages.format("exchange.import.note.labelled", messages.get(key), name));
        } else {
            d.line(messages.format("exchange.import.note.labelled", service(relation), name));
        }
    }

    /**
     * Android's own rows ({@code X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Bo;…}): a nickname, a related
     * person, or a date (type 1 is the anniversary). Others are named in the preview as not imported.
     */
    private static void android(ContactDraft d, String value, Messages messages) {
        if (value == null) {
            return;
        }
        String[] parts = value.split("(?<!\\\\);", -1);
        if (parts.length < 2 || parts[1].isBlank()) {
            return;
        }
        String data = parts[1].replace("\\;", ";").replace("\\,", ",").strip();
        switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
            case "vnd.android.cursor.item/nickname" -> ContactDraft.add(d.nicknames, data);
            case "vnd.android.cursor.item/relation" -> related(d, "", data, messages);
            case "vnd.android.cursor.item/contact_event" -> d.line(parts.length > 2 && parts[2].strip().equals("1")
                    ? "exchange.import.note.anniversary" : "exchange.import.note.date", rawDate(d, data, messages));
            default -> { }
        }
    }

    /** Apple's label of a property group ({@code item2.X-ABLabel:_$!<Spouse>!$_} → "Spouse"), or "". */
    private static String appleLabel(VCard card, String group) {
        if (group == null) {
            return "";
        }
        for (RawProperty label : card.getExtendedProperties("X-ABLABEL")) {
            if (group.equalsIgnoreCase(label.getGroup()) && label.getValue() != null) { // ASCII identifier, not visible text
                String text = label.getValue().strip();
                if (text.startsWith("_$!<") && text.endsWith(">!$_")) {
                    text = text.substring(4, text.length() - 4);
                }
                return text;
            }
        }
        return "";
    }

    /** A date as the UI language writes it ("12 June 2010", "12 June" without a year), else the text as it is. */
    private static String dateText(ContactDraft d, Temporal date, PartialDate partial, String text, Messages messages) {
        try {
            LocalDate full = date == null ? null : date.query(TemporalQueries.localDate());
            if (full != null) {
                return NO_YEAR.contains(full.getYear()) ? d.monthDay(MonthDay.from(full)) : messages.date(full);
            }
            if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
                return partial.getYear() == null || NO_YEAR.contains(partial.getYear())
                        ? d.monthDay(MonthDay.of(partial.getMonth(), partial.getDate()))
                        : messages.date(LocalDate.of(partial.getYear(), partial.getMonth(), partial.getDate()));
            }
        } catch (DateTimeException impossible) {
            // kept as written below
        }
        return text == null ? "" : text;
    }

    private static String rawDate(ContactDraft d, String value, Messages messages) {
        if (value == null) {
            return "";
        }
        CellDates.Cell read = CellDates.read(value.strip(), DateOrder.DAY_FIRST, 2000);
        if (read.date() != null) {
            return NO_YEAR.contains(read.date().getYear()) ? d.monthDay(MonthDay.from(read.date())) : messages.date(read.date());
        }
        if (read.noYear() != null) {
            return d.monthDay(read.noYear());
        }
        return value.strip();
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
