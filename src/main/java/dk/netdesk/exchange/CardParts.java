package dk.netdesk.exchange;

import dk.netdesk.ui.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a vCard file holds besides the fields a contact has, named for the wizard's preview: which details go to
 * the notes as labelled lines ({@link CardMapping}) and which are not imported at all (a photo, a gender…).
 * Read from the property names of the whole file (a look at the text, no parsing), so a file of 10,000 cards is
 * surveyed as fast as it is cut into cards.
 */
final class CardParts {

    /** The names the wizard shows, by property: those kept as notes lines. The value is the part's message key suffix. */
    private static final Map<String, String> TO_NOTES = Map.ofEntries(
            Map.entry("ORG", "company"), Map.entry("TITLE", "jobTitle"), Map.entry("ROLE", "role"),
            Map.entry("NICKNAME", "nickname"), Map.entry("ADR", "address"), Map.entry("LABEL", "address"),
            Map.entry("ANNIVERSARY", "dates"), Map.entry("X-ANNIVERSARY", "dates"), Map.entry("X-ABDATE", "dates"),
            Map.entry("RELATED", "related"), Map.entry("X-ABRELATEDNAMES", "related"), Map.entry("IMPP", "messenger"),
            Map.entry("URL", "website"), Map.entry("X-ANDROID-CUSTOM", "androidCustom"));

    /** Properties that are left out, by the name of the part the wizard says is not imported. */
    private static final Map<String, String> LEFT_OUT = Map.ofEntries(
            Map.entry("PHOTO", "photo"), Map.entry("X-MS-CARDPICTURE", "photo"), Map.entry("LOGO", "logo"),
            Map.entry("SOUND", "sound"), Map.entry("KEY", "key"), Map.entry("GEO", "geo"), Map.entry("GENDER", "gender"),
            Map.entry("X-GENDER", "gender"), Map.entry("TZ", "timeZone"), Map.entry("LANG", "language"),
            Map.entry("FBURL", "calendar"), Map.entry("CALURI", "calendar"), Map.entry("CALADRURI", "calendar"),
            Map.entry("MEMBER", "members"), Map.entry("EXPERTISE", "interests"), Map.entry("HOBBY", "interests"),
            Map.entry("INTEREST", "interests"), Map.entry("ORG-DIRECTORY", "directory"),
            Map.entry("X-NETDESK-STAGE", "stage"), Map.entry("X-NETDESK-NEXT-FOLLOW-UP", "nextFollowUp"),
            Map.entry("X-NETDESK-REFERRED-BY", "referredBy"), Map.entry("X-NETDESK-DO-NOT-CONTACT", "doNotContact"));

    /**
     * Properties that hold nothing the user wrote (the card's version, ids, sort keys, Apple's and Outlook's
     * bookkeeping) or that are read into a field: never named.
     */
    private static final Set<String> SAY_NOTHING = Set.of("BEGIN", "END", "VERSION", "PRODID", "UID", "REV", "KIND",
            "SOURCE", "NAME", "SORT-STRING", "CLIENTPIDMAP", "PROFILE", "CLASS", "MAILER", "XML", "AGENT",
            "FN", "N", "TEL", "EMAIL", "BDAY", "NOTE", "CATEGORIES", "X-SOCIALPROFILE",
            "X-NETDESK-SOURCE", "X-NETDESK-INTEREST", "X-NETDESK-DO-NOT-CONTACT-REASON", "X-ABUID", "X-ABADR",
            "X-ABLABEL", "X-ABSHOWAS", "X-ABPERSON", "X-IMAGETYPE", "X-IMAGEHASH", "X-SHAREDPHOTODISPLAYPREF",
            "X-ADDRESSBOOKSERVER-KIND", "X-MOZILLA-HTML", "X-WAB-GENDER");

    /** Prefixes of properties that are bookkeeping (phonetic names, Apple's and Outlook's own). */
    private static final List<String> SAY_NOTHING_PREFIXES = List.of("X-PHONETIC-", "X-APPLE-", "X-MS-OL-",
            "X-EVOLUTION-", "X-KADDRESSBOOK-", "X-GOOGLE-", "X-ACTIVITY-ALERT", "X-ABSTRACT");

    /**
     * The parts of a vCard file for the preview.
     *
     * @param toNotes     the details kept as notes lines, named in the UI language, in a stable order
     * @param notImported the details left out, named in the UI language (or by their property name when Netdesk
     *                    does not know them), in a stable order
     */
    record Survey(List<String> toNotes, List<String> notImported) {
        Survey {
            toNotes = List.copyOf(toNotes);
            notImported = List.copyOf(notImported);
        }
    }

    private CardParts() {
    }

    /** The property names (upper case, without a group such as {@code item1.}) of every card of {@code text}. */
    static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        boolean softBreak = false;
        for (String line : text.split("\r\n|\r|\n")) {
            // A quoted-printable value (vCard 2.1) goes on after a line ending in "=" without a leading space.
            boolean continued = softBreak;
            softBreak = line.endsWith("=") && (continued || line.toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE"));
            if (continued || line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != ':' && line.charAt(end) != ';') {
                end++;
            }
            if (end == line.length()) {
                continue;
            }
            String name = line.substring(0, end).strip();
            int dot = name.lastIndexOf('.');
            if (dot >= 0) {
                name = name.substring(dot + 1);
            }
            if (name.matches("[A-Za-z][A-Za-z0-9-]*")) {
                names.add(name.toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** The survey of {@code text}, named in {@code messages}' language. */
    static Survey survey(String text, Messages messages) {
        Set<String> notes = new LinkedHashSet<>();
        Set<String> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        Set<String> names = names(text);
        // In the order the parts are named in, not the file's: the same file always reads the same.
        for (String part : List.of("company", "jobTitle", "role", "nickname", "address", "dates", "related",
                "messenger", "website", "androidCustom")) {
            for (var entry : TO_NOTES.entrySet()) {
                if (entry.getValue().equals(part) && names.contains(entry.getKey())) {
                    notes.add(messages.get("exchange.import.part." + part));
                }
            }
        }
        for (String messenger : CardMapping.MESSENGERS.keySet()) {
            if (names.contains(messenger)) {
                notes.add(messages.get("exchange.import.part.messenger"));
            }
        }
        for (String part : List.of("photo", "logo", "sound", "key", "geo", "gender", "timeZone", "language", "calendar",
                "members", "interests", "directory", "stage", "nextFollowUp", "referredBy", "doNotContact")) {
            for (var entry : LEFT_OUT.entrySet()) {
                if (entry.getValue().equals(part) && names.contains(entry.getKey())) {
                    out.add(messages.get("exchange.import.part." + part));
                }
            }
        }
        for (String name : names) {
            if (!TO_NOTES.containsKey(name) && !LEFT_OUT.containsKey(name) && !SAY_NOTHING.contains(name)
                    && !CardMapping.MESSENGERS.containsKey(name)
                    && SAY_NOTHING_PREFIXES.stream().noneMatch(name::startsWith)) {
                unknown.add(name);
            }
        }
        List<String> notImported = new ArrayList<>(out);
        notImported.addAll(unknown);
        return new Survey(new ArrayList<>(notes), notImported);
    }
}
