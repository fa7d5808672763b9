package dk.netdesk.exchange;

import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV rows as contacts through a {@link ColumnMapping} (see {@link ContactField} for how several
 * columns of one field combine). Google's {@code " ::: "} separates several phones, emails, tags or
 * websites in one cell; emails may also be separated by {@code ;}, {@code ,} or spaces, and tags by
 * {@code ;} (Outlook's categories) when the cell has no {@code :::}. Google's system groups
 * ("* myContacts", "* starred") are not tags.
 *
 * <p>Columns without a field of their own become labelled notes lines ({@link ContactField#toNotes()}). The
 * address parts of one address are found by their headers ({@link ColumnGuess#addressGroup}): "Business Street",
 * "Business City" and "Business Postal Code" make one line, "Home Street"… another. A source or interest that is
 * not one of Netdesk's own is kept as a notes line too.
 */
final class CsvRows {

    private final ColumnMapping mapping;
    private final DateOrder order;
    private final Messages messages;
    private final LocalDate today;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Interest> interests = new HashMap<>();
    /** Per column: the index of its address among {@link #groupKinds}, or -1 when it is no address part. */
    private final int[] addressOf;
    /** Per address of a row: "home", "work" or "". */
    private final List<String> groupKinds = new ArrayList<>();

    /**
     * @param languages the messages of every UI language (contacts bundle), to read the own export's
     *                  source and interest labels in either
     */
    CsvRows(ColumnMapping mapping, DateOrder order, Messages messages, List<Messages> languages, LocalDate today) {
        this.mapping = mapping;
        this.order = order;
        this.messages = messages;
        this.today = today;
        addressOf = new int[mapping.headers().size()];
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < addressOf.length; i++) {
            ContactField field = mapping.field(i);
            if (!field.addressPart()) {
                addressOf[i] = -1;
                continue;
            }
            String group = ColumnGuess.addressGroup(mapping.headers().get(i), field);
            int index = groups.indexOf(group);
            if (index < 0) {
                index = groups.size();
                groups.add(group);
                groupKinds.add(ColumnGuess.addressKind(group));
            }
            addressOf[i] = index;
        }
        for (Messages m : languages) {
            for (Source s : Source.values()) {
                sources.put(fold(m.get(s.key())), s);
                sources.put(fold(s.name()), s);
            }
            for (Interest i : Interest.values()) {
                interests.put(fold(m.get(i.key())), i);
                interests.put(fold(i.name()), i);
            }
        }
    }

    /** The contact in {@code row}, or why it is left out. */
    Outcome read(CsvTable.Row row) {
        long filled = row.cells().stream().filter(c -> !c.isBlank()).count();
        if (row.cells().size() > mapping.headers().size()) {
            long beyond = row.cells().subList(mapping.headers().size(), row.cells().size()).stream()
                    .filter(c -> !c.isBlank()).count();
            if (beyond > 0 && filled > 0) {
                return Outcome.rejected(new RejectedRecord(row.line(), row.record(), messages.format(
                        "exchange.import.csv.tooManyCells", row.cells().size(), mapping.headers().size()),
                        ContactDraft.shorten(firstFilled(row))));
            }
        }
        if (row.cells().stream().anyMatch(TextFile::unreadable)) {
            // Bytes that could not be read in the file's encoding: left out, not imported garbled (TextFile).
            return Outcome.rejected(new RejectedRecord(row.line(), row.record(),
                    messages.get("exchange.import.csv.damagedText"), ContactDraft.shorten(firstFilled(row))));
        }
        ContactDraft d = new ContactDraft(messages);
        d.fallbackName = firstFilled(row);
        List<String> names = new ArrayList<>();
        AddressParts[] addresses = new AddressParts[groupKinds.size()];
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            if (cell.isBlank()) {
                continue;
            }
            ContactField field = mapping.field(i);
            if (field.addressPart() && i < addressOf.length) {
                int group = addressOf[i];
                if (addresses[group] == null) {
                    addresses[group] = new AddressParts();
                }
                addresses[group].add(field, cell);
            }
            switch (field) {
                case NAME -> names.add(cell.strip());
                case FIRST_NAME -> d.firstNames.add(cell);
                case LAST_NAME -> d.lastNames.add(cell);
                case NICKNAME -> ContactDraft.add(d.nicknames, cell);
                case COMPANY -> {
                    if (d.company.isBlank()) {
                        d.company = cell;
                    } else if (!d.company.strip().equals(cell.strip())) {
                        d.line("exchange.import.note.company", cell);
                    }
                }
                case DEPARTMENT -> ContactDraft.add(d.departments, cell);
                case JOB_TITLE -> ContactDraft.add(d.jobTitles, cell);
                case PHONE -> split(cell).forEach(d::phone);
                case EMAIL -> split(cell).stream().flatMap(e -> Arrays.stream(e.split("[;,]"))).forEach(d::email);
                case CITY -> d.city = d.city.isBlank() ? cell : d.city;
                case STREET, POSTCODE, REGION, COUNTRY -> { }
                case BIRTHDAY -> birthday(d, cell);
                case NOTES -> d.note(cell);
                case NOTE_LINE -> d.line(messages.format("exchange.import.note.labelled", header(i), cell.strip()));
                case TAGS -> tags(d, cell);
                case FACEBOOK -> d.social("facebook", cell);
                case INSTAGRAM -> d.social("instagram", cell);
                case LINKEDIN -> d.social("linkedin", cell);
                case TIKTOK -> d.social("tiktok", cell);
                case WEBSITE -> split(cell).forEach(d::website);
                case SOURCE -> {
                    d.source = d.source != null ? d.source : sources.get(fold(cell));
                    if (sources.get(fold(cell)) == null) {
                        d.line(messages.format("exchange.import.note.labelled", messages.get(field.key()), cell.strip()));
                    }
                }
                case INTEREST -> {
                    d.interest = d.interest != null ? d.interest : interests.get(fold(cell));
                    if (interests.get(fold(cell)) == null) {
                        d.line(messages.format("exchange.import.note.labelled", messages.get(field.key()), cell.strip()));
                    }
                }
                case IGNORE -> { }
            }
        }
        for (int g = 0; g < addresses.length; g++) {
            if (addresses[g] != null) {
                d.addresses.add(addresses[g].address(groupKinds.get(g)));
            }
        }
        d.name = String.join(" ", names);
        return d.finish(row.line(), row.record(), today);
    }

    /** The row's first filled cell, trimmed, or "": what a rejected row without a name is shown by. */
    private static String firstFilled(CsvTable.Row row) {
        return row.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).findFirst().orElse("");
    }

    /** Column {@code i}'s header as a notes label: as written, or "(column 3)" when it has none. */
    private String header(int i) {
        String header = i < mapping.headers().size() ? mapping.headers().get(i).strip() : "";
        return header.isEmpty() ? messages.format("exchange.wizard.map.unnamed", i + 1) : header;
    }

    /** The cells of one address in a row, by part. */
    private static final class AddressParts {
        final List<String> streets = new ArrayList<>();
        final List<String> postcodes = new ArrayList<>();
        final List<String> cities = new ArrayList<>();
        final List<String> regions = new ArrayList<>();
        final List<String> countries = new ArrayList<>();

        void add(ContactField field, String cell) {
            ContactDraft.add(switch (field) {
                case STREET -> streets;
                case POSTCODE -> postcodes;
                case CITY -> cities;
                case REGION -> regions;
                default -> countries;
            }, cell);
        }

        ContactDraft.PostalAddress address(String kind) {
            return new ContactDraft.PostalAddress(kind, streets, String.join(" ", postcodes), String.join(" ", cities),
                    String.join(", ", regions), String.join(", ", countries));
        }
    }

    /** The row's first non-empty birthday cell, or "". */
    String birthdayCell(CsvTable.Row row) {
        for (int i = 0; i < row.cells().size(); i++) {
            if (mapping.field(i) == ContactField.BIRTHDAY && !row.cell(i).isBlank()) {
                return row.cell(i).strip();
            }
        }
        return "";
    }

    /** How a birthday cell was read, in the UI language ("17 May 1990", "12 April" without a year), or "" if it was not. */
    String shown(String cell) {
        return shown(cell, order);
    }

    /** How a birthday cell reads in {@code dateOrder}, in the UI language, or "" if it is no date that way. */
    String shown(String cell, DateOrder dateOrder) {
        CellDates.Cell read = CellDates.read(cell, dateOrder, CellDates.yearOf(today));
        ContactDraft draft = new ContactDraft(messages);
        draft.birthday = read.date();
        draft.birthdayNoYear = read.noYear();
        return draft.shownBirthday();
    }

    private void birthday(ContactDraft d, String cell) {
        if (d.birthday != null || d.birthdayNoYear != null) {
            return;
        }
        CellDates.Cell read = CellDates.read(cell, order, CellDates.yearOf(today));
        if (read.problem() != null) {
            d.problem(messages.format("exchange.import.csv." + read.problem(), cell.strip()));
        }
        d.birthday = read.date();
        d.birthdayNoYear = read.noYear();
    }

    private static void tags(ContactDraft d, String cell) {
        List<String> tags = cell.contains(":::") ? split(cell) : Arrays.asList(cell.split(";"));
        for (String tag : tags) {
            String t = tag.strip();
            if (!t.isEmpty() && !t.startsWith("* ")) {
                d.tags.add(t);
            }
        }
    }

    /** A cell's values split at Google's {@code :::}. */
    static List<String> split(String cell) {
        return Arrays.stream(cell.split(":::")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String fold(String label) {
        return dk.netdesk.db.TextOrder.fold(label);
    }
}
