package dk.netdesk.exchange;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.ContactValidation;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One record's fields while a vCard or CSV row is read, and the check that turns them into an
 * {@link IncomingContact} or a {@link RejectedRecord}. The rules are the contact editor's
 * ({@link ContactValidation}): one rule for what an email address or a phone is, so that nothing the
 * editor would refuse reaches the database.
 *
 * <p>What a contact has no field of its own for is never dropped: it becomes a labelled line in one last
 * paragraph of the notes, in the UI language, in this order: the company (unless it names the contact),
 * department, job title, role, nickname, each postal address ("Address: Nørregade 1, 8000 Aarhus C"; an
 * address that is only the contact's own city is not repeated), other details ({@link #line}: a website,
 * a phone extension, a messenger, an anniversary, a column sent to the notes), and last a birthday without a
 * year (vCard {@code --0412}, Google's {@code --04-12}), which is never given an invented year: "Birthday: 12
 * April" (decision records 0017 and 0022).
 */
final class ContactDraft {

    private final Messages messages;
    String name = "";
    final List<String> firstNames = new ArrayList<>();
    final List<String> lastNames = new ArrayList<>();
    String company = "";
    final List<String> departments = new ArrayList<>();
    final List<String> jobTitles = new ArrayList<>();
    final List<String> roles = new ArrayList<>();
    final List<String> nicknames = new ArrayList<>();
    final List<PostalAddress> addresses = new ArrayList<>();
    /** Other labelled lines, already worded (website, extension, messenger, a column sent to the notes…). */
    final List<String> lines = new ArrayList<>();
    final List<String> phones = new ArrayList<>();
    final List<String> emails = new ArrayList<>();
    String city = "";
    LocalDate birthday;
    MonthDay birthdayNoYear;
    final List<String> notes = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    final Map<String, String> social = new LinkedHashMap<>();
    Source source;
    Interest interest;
    /** The reasons already found while reading cells (a date that does not exist…), in order. */
    final List<String> problems = new ArrayList<>();
    /**
     * What a rejected record is shown by when it gives no name, phone or email (a CSV row's first filled cell),
     * or "".
     */
    String fallbackName = "";
    /**
     * The key (exchange bundle) of the reason given when a value holds letters that could not be read
     * ({@link TextFile#UNREADABLE}): a CSV row's unless set to a card's.
     */
    String damagedKey = "exchange.import.csv.damagedText";

    ContactDraft(Messages messages) {
        this.messages = messages;
    }

    /** Adds a phone once (the same digits are not added twice). */
    void phone(String phone) {
        String p = ContactValidation.text(phone);
        String digits = p.replaceAll("[^0-9+]", "");
        if (!p.isEmpty() && phones.stream().noneMatch(q -> q.replaceAll("[^0-9+]", "").equals(digits))) {
            phones.add(p);
        }
    }

    /** Adds an email once (ignoring case). */
    void email(String email) {
        String e = ContactValidation.text(email);
        if (e.regionMatches(true, 0, "mailto:", 0, 7)) {
            e = e.substring(7).strip();
        }
        String lower = e.toLowerCase(Locale.ROOT);
        if (!e.isEmpty() && emails.stream().noneMatch(q -> q.toLowerCase(Locale.ROOT).equals(lower))) {
            emails.add(e);
        }
    }

    /** Adds a notes paragraph (blank ones are skipped; CRLF and CR line breaks become LF, as the editor keeps them). */
    void note(String text) {
        String t = dk.netdesk.ui.TypedText.text(text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n')).strip();
        if (!t.isEmpty()) {
            notes.add(t);
        }
    }

    /** Adds a labelled notes line once, already worded ("Skype: bo.lund"); blank ones are skipped. */
    void line(String text) {
        String t = ContactValidation.text(text == null ? "" : text.replaceAll("\\s*\\R\\s*", ", "));
        if (!t.isEmpty() && !lines.contains(t)) {
            lines.add(t);
        }
    }

    /** Adds a labelled notes line "label: value" (the label in the UI language, by key) when the value has text. */
    void line(String key, String value) {
        String v = ContactValidation.text(value == null ? "" : value);
        if (!v.isEmpty()) {
            line(messages.format(key, v));
        }
    }

    /** Adds {@code value} (trimmed, not blank) to {@code list} once. */
    static void add(List<String> list, String value) {
        String v = ContactValidation.text(value == null ? "" : value.replaceAll("\\s*\\R\\s*", ", "));
        if (!v.isEmpty() && !list.contains(v)) {
            list.add(v);
        }
    }

    /**
     * One postal address as read: a notes line, since a contact keeps only a city.
     *
     * @param kind    "home", "work" or "" (not said)
     * @param streets street lines, PO box and extra lines, in order
     */
    record PostalAddress(String kind, List<String> streets, String postcode, String city, String region,
                         String country) {

        /** "Nørregade 1, 8000 Aarhus C, Danmark": the parts with text, postcode before city. */
        String text() {
            List<String> parts = new ArrayList<>();
            for (String street : streets) {
                add(parts, street);
            }
            add(parts, (ContactValidation.text(postcode) + " " + ContactValidation.text(city)).strip());
            add(parts, region);
            add(parts, country);
            return String.join(", ", parts);
        }

        /** True if it says no more than {@code city}: no street, postcode, region or country. */
        boolean onlyCity(String city) {
            return streets.stream().allMatch(s -> ContactValidation.text(s).isEmpty())
                    && ContactValidation.text(postcode).isEmpty() && ContactValidation.text(region).isEmpty()
                    && ContactValidation.text(country).isEmpty()
                    && dk.netdesk.db.TextOrder.same(ContactValidation.text(this.city), ContactValidation.text(city));
        }
    }

    /** Sets a social profile ({@code facebook}, {@code instagram}, {@code linkedin}, {@code tiktok}) if not yet set. */
    void social(String network, String value) {
        String v = ContactValidation.text(value);
        if (!v.isEmpty()) {
            social.putIfAbsent(network, v);
        }
    }

    /** A web address: a social network's address goes to that field, any other to the notes. */
    void website(String url) {
        String u = ContactValidation.text(url);
        if (u.isEmpty()) {
            return;
        }
        String network = SocialHosts.network(u);
        if (network != null) {
            social(network, u);
        } else {
            line("exchange.import.note.website", u);
        }
    }

    /** Adds a problem found while reading a cell; every one is reported (a repeat once). */
    void problem(String reason) {
        if (!problems.contains(reason)) {
            problems.add(reason);
        }
    }

    /** How a rejected record is shown: its name as read, else its first phone or email, else {@link #fallbackName}. */
    String shownName() {
        String n = resolvedName();
        if (!n.isEmpty()) {
            return shorten(n);
        }
        if (!phones.isEmpty()) {
            return phones.get(0);
        }
        return shorten(ContactValidation.text(fallbackName));
    }

    /** The name the contact gets: the name, else first and last names, else the company, else the first email. */
    String resolvedName() {
        String n = personName();
        if (n.isEmpty()) {
            n = ContactValidation.text(company);
        }
        if (n.isEmpty() && !emails.isEmpty()) {
            n = emails.get(0);
        }
        return n;
    }

    /** The person's name: the name, else first and last names joined; "" when there is none. */
    private String personName() {
        String n = ContactValidation.text(name);
        if (n.isEmpty()) {
            List<String> parts = new ArrayList<>(firstNames);
            parts.addAll(lastNames);
            n = ContactValidation.text(String.join(" ", parts.stream().map(ContactValidation::text)
                    .filter(s -> !s.isEmpty()).toList()));
        }
        return n;
    }

    /** The labelled lines for the last notes paragraph, in order (see the class comment). */
    List<String> fieldLines() {
        List<String> block = new ArrayList<>();
        String firm = ContactValidation.text(company);
        if (!firm.isEmpty() && !personName().isEmpty()) {
            block.add(messages.format("exchange.import.note.company", firm));
        }
        departments.forEach(v -> block.add(messages.format("exchange.import.note.department", v)));
        jobTitles.forEach(v -> block.add(messages.format("exchange.import.note.jobTitle", v)));
        roles.forEach(v -> block.add(messages.format("exchange.import.note.role", v)));
        nicknames.forEach(v -> block.add(messages.format("exchange.import.note.nickname", v)));
        for (PostalAddress address : addresses) {
            String text = address.text();
            if (text.isEmpty() || address.onlyCity(city)) {
                continue;
            }
            String key = switch (address.kind()) {
                case "home" -> "exchange.import.note.addressHome";
                case "work" -> "exchange.import.note.addressWork";
                default -> "exchange.import.note.address";
            };
            String line = messages.format(key, text);
            if (!block.contains(line)) {
                block.add(line);
            }
        }
        block.addAll(lines);
        if (birthday == null && birthdayNoYear != null) {
            block.add(messages.format("exchange.import.note.birthday", monthDay(birthdayNoYear)));
        }
        return block;
    }

    /** How the birthday reads in the UI language: the date ("17 May 1990"), a day without a year ("12 April"), or "". */
    String shownBirthday() {
        return birthday != null ? messages.date(birthday) : birthdayNoYear != null ? monthDay(birthdayNoYear) : "";
    }

    /**
     * The contact, cleaned and NFC-normalised, or the reason it is rejected.
     *
     * @param today the day a birthday may not be after
     */
    Outcome finish(int line, int record, LocalDate today) {
        Faults faults = new Faults(messages);
        problems.forEach(faults::add);
        String resolved = resolvedName();
        if (resolved.isEmpty()) {
            faults.add(messages.get("exchange.read.noName"), messages.get("exchange.read.noName.brief"));
        }
        if (dk.netdesk.ui.TextLimits.tooLong(resolved, ContactValidation.MAX_NAME)) {
            faults.addFixable(messages.format("exchange.import.nameTooLong", ContactValidation.MAX_NAME));
        }
        for (String email : emails) {
            if (ContactValidation.email(email).isPresent()) {
                faults.add(messages.format("exchange.import.badEmail", email),
                        messages.format("exchange.import.badEmail.brief", email));
            }
        }
        for (String phone : phones) {
            java.util.Optional<String> fault = ContactValidation.phone(phone);
            if (fault.isPresent()) {
                // the editor's reason, in the import's words: badPhone, badPhoneDanish or badPhoneCountry
                String key = "exchange.import.badPhone" + fault.get().substring("contact.error.phone".length());
                faults.add(messages.format(key, phone), messages.format(key + ".brief", phone));
            }
        }
        if (birthday != null && birthday.isAfter(today)) {
            faults.add(messages.format("exchange.import.futureBirthday", messages.date(birthday)));
        }
        List<String> noteLines = new ArrayList<>(notes);
        List<String> block = fieldLines();
        if (!block.isEmpty()) {
            noteLines.add(String.join("\n", block));
        }
        ContactDetails details = ContactValidation.clean(new ContactDetails(resolved, phones, emails,
                social.getOrDefault("facebook", ""), social.getOrDefault("instagram", ""),
                social.getOrDefault("linkedin", ""), social.getOrDefault("tiktok", ""), city, birthday, source, null,
                interest, tags, String.join("\n\n", noteLines)));
        if (damaged(details)) {
            // Letters lost to damaged bytes: the record is left out rather than imported garbled, whatever else it has.
            return Outcome.rejected(new RejectedRecord(line, record, messages.get(damagedKey), shownName()));
        }
        for (String text : List.of(details.city(), details.facebook(), details.instagram(), details.linkedin(), details.tiktok())) {
            if (ContactValidation.line(text).isPresent()) {
                faults.addFixable(messages.format("exchange.import.lineTooLong", shorten(text), ContactValidation.MAX_LINE));
            }
        }
        for (String tag : details.tags()) {
            if (dk.netdesk.ui.TextLimits.tooLong(tag, dk.netdesk.ui.TextLimits.NAME)) {
                faults.addFixable(messages.format("exchange.import.tagTooLong", shorten(tag), dk.netdesk.ui.TextLimits.NAME));
            }
        }
        if (dk.netdesk.ui.TextLimits.tooLong(details.notes(), dk.netdesk.ui.TextLimits.TEXT)) {
            faults.addFixable(messages.format("exchange.import.notesTooLong", dk.netdesk.ui.TextLimits.TEXT));
        }
        if (!ContactValidation.isClean(details)) {
            faults.addFixable(messages.get("exchange.import.badText"));
        }
        if (!faults.isEmpty()) {
            return Outcome.rejected(new RejectedRecord(line, record, faults.text(), shownName()));
        }
        return Outcome.read(new IncomingContact(line, record, details));
    }

    /** True if a text of {@code d} holds a letter that could not be read from the file. */
    private static boolean damaged(ContactDetails d) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(d.name(), d.facebook(), d.instagram(), d.linkedin(), d.tiktok(), d.city(),
                                d.notes()),
                        java.util.stream.Stream.of(d.phones(), d.emails(), d.tags()).flatMap(List::stream))
                .anyMatch(TextFile::unreadable);
    }

    /** A day without a year in the UI language: "12 April", "12. april". */
    String monthDay(MonthDay day) {
        return messages.dayMonthLong(day);
    }

    /**
     * {@code text} for showing: control characters and broken text as spaces ({@link dk.netdesk.ui.TypedText#searchable}),
     * cut to 40 characters with "…" when longer.
     */
    static String shorten(String text) {
        String shown = TextFile.readable(dk.netdesk.ui.TypedText.searchable(text));
        return shown.length() <= 40 ? shown : dk.netdesk.ui.Ellipsis.after(shown.substring(0, 39));
    }
}
