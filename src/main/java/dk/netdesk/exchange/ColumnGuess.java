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
 * headers do not matter ("Phone 2", "E-mail 3 Address"). A header it does not know is
 * {@link ContactField#IGNORE}.
 */
final class ColumnGuess {

    private static final Map<String, ContactField> EXACT = new HashMap<>();

    static {
        put(ContactField.NAME, "name", "navn", "full name", "fulde navn", "fuldt navn", "kontaktnavn", "contact name");
        put(ContactField.FIRST_NAME, "first name", "given name", "middle name", "additional name", "fornavn",
                "fornavne", "mellemnavn");
        put(ContactField.LAST_NAME, "last name", "family name", "surname", "efternavn");
        put(ContactField.COMPANY, "company", "organization name", "organization", "organisation", "firma", "virksomhed");
        put(ContactField.CITY, "by", "bynavn", "postdistrikt", "city", "by privat", "by arbejde", "by andet");
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
                || h.contains(" fax ") || h.contains(" pager ") || h.contains(" personsøger ")) {
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
        if (h.contains("website") || h.contains("web page")) {
            return ContactField.WEBSITE;
        }
        return ContactField.IGNORE;
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
