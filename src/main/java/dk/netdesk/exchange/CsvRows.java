package dk.netdesk.exchange;

import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.ui.Messages;
import java.text.Normalizer;
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
 */
final class CsvRows {

    private final ColumnMapping mapping;
    private final DateOrder order;
    private final Messages messages;
    private final LocalDate today;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Interest> interests = new HashMap<>();

    /**
     * @param languages the messages of every UI language (contacts bundle), to read the own export's
     *                  source and interest labels in either
     */
    CsvRows(ColumnMapping mapping, DateOrder order, Messages messages, List<Messages> languages, LocalDate today) {
        this.mapping = mapping;
        this.order = order;
        this.messages = messages;
        this.today = today;
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
        ContactDraft d = new ContactDraft(messages);
        d.fallbackName = firstFilled(row);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            if (cell.isBlank()) {
                continue;
            }
            switch (mapping.field(i)) {
                case NAME -> names.add(cell.strip());
                case FIRST_NAME -> d.firstNames.add(cell);
                case LAST_NAME -> d.lastNames.add(cell);
                case COMPANY -> d.company = d.company.isBlank() ? cell : d.company;
                case PHONE -> split(cell).forEach(d::phone);
                case EMAIL -> split(cell).stream().flatMap(e -> Arrays.stream(e.split("[;,]"))).forEach(d::email);
                case CITY -> d.city = d.city.isBlank() ? cell : d.city;
                case BIRTHDAY -> birthday(d, cell);
                case NOTES -> d.note(cell);
                case TAGS -> tags(d, cell);
                case FACEBOOK -> d.social("facebook", cell);
                case INSTAGRAM -> d.social("instagram", cell);
                case LINKEDIN -> d.social("linkedin", cell);
                case TIKTOK -> d.social("tiktok", cell);
                case WEBSITE -> split(cell).forEach(d::website);
                case SOURCE -> d.source = sources.get(fold(cell));
                case INTEREST -> d.interest = interests.get(fold(cell));
                case IGNORE -> { }
            }
        }
        d.name = String.join(" ", names);
        return d.finish(row.line(), row.record(), today);
    }

    /** The row's first filled cell, trimmed, or "": what a rejected row without a name is shown by. */
    private static String firstFilled(CsvTable.Row row) {
        return row.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).findFirst().orElse("");
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

    /** How a birthday cell was read, in the UI language ("17 May 1990", "Birthday: 12 April"), or "" if it was not. */
    String shown(String cell) {
        CellDates.Cell read = CellDates.read(cell, order, CellDates.yearOf(today));
        if (read.date() != null) {
            return messages.date(read.date());
        }
        if (read.noYear() != null) {
            return new ContactDraft(messages).monthDay(read.noYear());
        }
        return "";
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
        return Normalizer.normalize(label, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
}
