package dk.netdesk.exchange;

import dk.netdesk.ui.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests a {@link ColumnMapping} from a header row. Knows the headers of Google Contacts (old and
 * new export), Outlook in English and Danish, Danish Excel sheets ("Navn", "Fornavn", "Mobil",
 * "E-mail", "By", "Fødselsdag", "Noter"…) and Netdesk's own export in both languages; numbers in
 * headers do not matter ("Phone 2", "E-mail 3 Address"). Company, department, job title, nickname and the
 * address parts go to the fields that keep them as notes lines; a few more details people keep (an anniversary,
 * a spouse, children) to {@link ContactField#NOTE_LINE}. A header it does not know is
 * {@link ContactField#IGNORE}: the wizard names such columns as not imported when they hold anything.
 */
final class ColumnGuess {

    private static final Map<String, ContactField> EXACT = new HashMap<>();

    static {
        put(ContactField.NAME, "name", "navn", "full name", "fulde navn", "fuldt navn", "kontaktnavn", "contact name");
        put(ContactField.FIRST_NAME, "first name", "given name", "middle name", "additional name", "fornavn",
                "fornavne", "mellemnavn");
        put(ContactField.LAST_NAME, "last name", "family name", "surname", "efternavn");
        put(ContactField.NICKNAME, "nickname", "kaldenavn", "øgenavn");
        put(ContactField.COMPANY, "company", "organization name", "organization", "organisation", "firma", "virksomhed",
                "company name", "firmanavn");
        put(ContactField.DEPARTMENT, "department", "organization department", "afdeling");
        put(ContactField.JOB_TITLE, "job title", "organization title", "stilling", "jobtitel", "position", "profession",
                "erhverv", "titel job");
        put(ContactField.CITY, "by", "bynavn", "postdistrikt", "city", "by privat", "by arbejde", "by andet");
        put(ContactField.STREET, "address", "adresse", "gade", "vej", "street", "street address", "vejnavn");
        put(ContactField.POSTCODE, "postal code", "postcode", "post code", "zip", "zip code", "postnr", "postnummer");
        put(ContactField.REGION, "region", "state", "province", "område");
        put(ContactField.COUNTRY, "country", "country region", "land", "land område");
        put(ContactField.NOTE_LINE, "anniversary", "bryllupsdag", "mærkedag", "spouse", "ægtefælle", "partner",
                "children", "børn", "hobby", "hobbies", "hobbyer", "manager s name", "assistant s name",
                "leders navn", "assistents navn");
        put(ContactField.BIRTHDAY, "birthday", "fødselsdag", "fødselsdato", "birth date", "date of birth", "bday");
        put(ContactField.NOTES, "notes", "note", "noter", "notater", "bemærkninger", "kommentar", "kommentarer");
        put(ContactField.TAGS, "labels", "group membership", "categories", "kategorier", "tags", "mærker", "grupper",
                "etiketter");
        put(ContactField.FACEBOOK, "facebook");
        put(ContactField.INSTAGRAM, "instagram");
        put(ContactField.LINKEDIN, "linkedin");
        put(ContactField.TIKTOK, "tiktok");
        put(ContactField.WEBSITE, "website value", "website", "web page", "webside", "websted", "hjemmeside",
                "personal web page");
    }

    private final Map<String, ContactField> own = new HashMap<>();

    /** @param languages the UI languages' messages (each with the exchange and contacts bundles), for the own export's headers */
    ColumnGuess(List<Messages> languages) {
        for (Messages m : languages) {
            own(m, "name", ContactField.NAME);
            own(m, "phone", ContactField.PHONE);
            own(m, "email", ContactField.EMAIL);
            own(m, "city", ContactField.CITY);
            own(m, "birthday", ContactField.BIRTHDAY);
            own(m, "source", ContactField.SOURCE);
            own(m, "interest", ContactField.INTEREST);
            own(m, "tags", ContactField.TAGS);
            own(m, "facebook", ContactField.FACEBOOK);
            own(m, "instagram", ContactField.INSTAGRAM);
            own(m, "linkedin", ContactField.LINKEDIN);
            own(m, "tiktok", ContactField.TIKTOK);
            own(m, "notes", ContactField.NOTES);
            for (String ignored : List.of("stage", "nextFollowUp", "referredBy", "doNotContact", "doNotContactReason",
                    "created", "updated")) {
                own(m, ignored, ContactField.IGNORE);
            }
        }
    }

    /** The suggested mapping for {@code headers}. */
    ColumnMapping suggest(List<String> headers) {
        List<ContactField> fields = new ArrayList<>();
        for (String header : headers) {
            fields.add(guess(header));
        }
        return new ColumnMapping(headers, fields);
    }

    /** The field one header suggests. */
    ContactField guess(String header) {
        String key = plain(header);
        ContactField field = own.get(key);
        if (field == null) {
            field = EXACT.get(key);
        }
        return field != null ? field : byWords(" " + key + " ");
    }

    private static ContactField byWords(String h) {
        if (h.contains(" label ") || h.contains(" type ") || h.contains(" display ") || h.contains(" vist ")
                || h.contains(" fax ") || h.contains(" pager ") || h.contains(" personsøger ")
                || h.contains(" formatted ")) {
            return ContactField.IGNORE;
        }
        if (h.contains("mail")) {
            return ContactField.EMAIL;
        }
        if (h.contains("phone") || h.contains("telefon") || h.contains("mobil") || h.contains(" tlf ")) {
            return ContactField.PHONE;
        }
        if (h.contains(" city ") || h.startsWith(" by ")) {
            return ContactField.CITY;
        }
        if (h.contains("birthday") || h.contains("fødsels")) {
            return ContactField.BIRTHDAY;
        }
        if (h.contains("website") || h.contains("web page") || h.contains(" web address ") || h.contains(" url ")) {
            return ContactField.WEBSITE;
        }
        ContactField part = addressPart(h);
        if (part != null) {
            return part;
        }
        if (h.contains(" company ") || h.contains(" organization name ")) {
            return ContactField.COMPANY;
        }
        if (h.contains(" job title ") || h.contains(" organization title ")) {
            return ContactField.JOB_TITLE;
        }
        if (h.contains(" department ")) {
            return ContactField.DEPARTMENT;
        }
        if (h.contains(" nickname ")) {
            return ContactField.NICKNAME;
        }
        return ContactField.IGNORE;
    }

    /**
     * The words that name an address part in headers, longest first within each part (normalised). The street's
     * general "address" comes last, so that "Address 1 - Country" is the country.
     */
    private static final List<Map.Entry<ContactField, List<String>>> PART_WORDS = List.of(
            Map.entry(ContactField.POSTCODE, List.of("postal code", "post code", "postnummer", "postcode", "zip code",
                    "postnr", "zip")),
            Map.entry(ContactField.COUNTRY, List.of("country region", "land område", "country", "land")),
            Map.entry(ContactField.REGION, List.of("province", "region", "state", "område")),
            Map.entry(ContactField.CITY, List.of("postdistrikt", "bynavn", "city", "by")),
            Map.entry(ContactField.STREET, List.of("extended address", "street address", "po box", "street", "gade",
                    "vejnavn", "adresse", "address")));

    /**
     * The address part other than the city (found before) that a normalised, space-padded header names ("Home
     * Street", "Gade (arbejde)"), or null.
     */
    private static ContactField addressPart(String h) {
        for (var part : PART_WORDS) {
            if (part.getKey() == ContactField.CITY) {
                continue;
            }
            for (String word : part.getValue()) {
                if (h.contains(" " + word + " ")) {
                    return part.getKey();
                }
            }
        }
        return null;
    }

    /**
     * Which address of a row an address column belongs to: its normalised header without the part's word (and
     * a number right after it), so "Business Street 2", "Business City" and "Business Postal Code" are one address
     * ("business"), "Address 1 - Street" and "Address 1 - City" another ("address 1"), and "Gade (arbejde)" and
     * "By (arbejde)" a third ("arbejde"). A header without a part's word (a column the user mapped) is in the
     * address of "".
     */
    static String addressGroup(String header, ContactField field) {
        String h = " " + ColumnMapping.normalise(header) + " ";
        for (var part : PART_WORDS) {
            if (part.getKey() != field) {
                continue;
            }
            for (String word : part.getValue()) {
                int at = h.indexOf(" " + word + " ");
                if (at >= 0) {
                    String rest = h.substring(at + word.length() + 1).replaceFirst("^\\s*\\d+\\s", " ");
                    return (h.substring(0, at) + rest).replaceAll("\\s+", " ").strip();
                }
            }
        }
        return "";
    }

    /** "work", "home" or "" for an address group ({@link #addressGroup}) by its words, English or Danish. */
    static String addressKind(String group) {
        String g = " " + group + " ";
        for (String word : List.of("business", "work", "arbejde", "firma", "job")) {
            if (g.contains(" " + word + " ")) {
                return "work";
            }
        }
        for (String word : List.of("home", "privat", "hjem", "hjemme")) {
            if (g.contains(" " + word + " ")) {
                return "home";
            }
        }
        return "";
    }

    /**
     * True when the headers are Outlook's English export ("First Name", "E-mail Address"…), whose dates are
     * month first when the computer was set up for the United States.
     */
    static boolean outlookEnglish(List<String> headers) {
        List<String> plain = headers.stream().map(ColumnGuess::plain).toList();
        return plain.contains("first name") && plain.contains("e mail address")
                && (plain.contains("business phone") || plain.contains("mobile phone") || plain.contains("home phone")
                || plain.contains("job title"));
    }

    private void own(Messages m, String key, ContactField field) {
        own.put(plain(m.format("exchange.csv." + key, 1)), field);
    }

    private static void put(ContactField field, String... headers) {
        for (String header : headers) {
            EXACT.put(header, field);
        }
    }

    /** Normalised, with numbers left out ("E-mail 2 Address" → "e mail address"). */
    private static String plain(String header) {
        return ColumnMapping.normalise(header).replaceAll("\\d+", " ").replaceAll("\\s+", " ").strip();
    }
}
