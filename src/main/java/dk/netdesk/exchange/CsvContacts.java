package dk.netdesk.exchange;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.ui.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Contacts as CSV for spreadsheets (decision record 0015): UTF-8 with a byte order mark (so Excel
 * reads Danish letters right), RFC 4180 quoting with CRLF between records, one header row in the
 * UI language, then one row per contact. Phones and emails get numbered columns ("Phone 1",
 * "Phone 2"…, as many as the contact with the most has); tags are one cell joined by
 * {@value #MULTI} (Google Contacts' separator); dates are ISO-8601 ({@code 2026-03-05}). Every
 * cell that a spreadsheet could run as a formula is neutralised ({@link #neutralise}).
 */
public final class CsvContacts {

    /** How several values in one cell are joined (tags), as Google Contacts writes them. */
    public static final String MULTI = " ::: ";
    /** The byte order mark written first. */
    public static final char BOM = '\uFEFF';

    private CsvContacts() {
    }

    /**
     * The separator for a UI language, as the spreadsheets of that language expect it: ';' where the
     * decimal mark is a comma (Danish, German…), ',' elsewhere (English).
     */
    public static char separatorFor(java.util.Locale locale) {
        return java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
    }

    /**
     * Neutralises a cell against formula injection: a text that begins with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab, a carriage return or a NUL, or with spaces followed by
     * {@code = + - @}, gets a leading apostrophe, which spreadsheets show as text and never run. Other
     * texts are returned unchanged. A phone {@code +45 12 34 56 78} becomes {@code '+45 12 34 56 78}:
     * still readable, and kept as text (not turned into the number 4512345678).
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        if (trigger(first) || first == '\t' || first == '\r' || first == '\0') {
            return "'" + cell;
        }
        if (first == ' ') {
            String rest = cell.stripLeading();
            if (!rest.isEmpty() && trigger(rest.charAt(0))) {
                return "'" + cell;
            }
        }
        return cell;
    }

    private static boolean trigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    /**
     * Writes the rows as CSV to {@code out} (not closed).
     *
     * @param separator ',' or ';'
     * @param zone      the zone the created and updated dates are given in
     * @param progress  told after every row
     */
    public static void write(List<ExportRow> rows, OutputStream out, Messages messages, char separator, ZoneId zone,
                             Progress progress) throws IOException {
        int phones = Math.max(1, rows.stream().mapToInt(r -> r.contact().details().phones().size()).max().orElse(1));
        int emails = Math.max(1, rows.stream().mapToInt(r -> r.contact().details().emails().size()).max().orElse(1));
        List<String> header = new ArrayList<>();
        header.add(messages.get("exchange.csv.name"));
        for (int i = 1; i <= phones; i++) {
            header.add(messages.format("exchange.csv.phone", i));
        }
        for (int i = 1; i <= emails; i++) {
            header.add(messages.format("exchange.csv.email", i));
        }
        for (String key : List.of("city", "birthday", "stage", "nextFollowUp", "source", "referredBy", "interest",
                "tags", "facebook", "instagram", "linkedin", "tiktok", "notes", "doNotContact", "doNotContactReason",
                "created", "updated")) {
            header.add(messages.get("exchange.csv." + key));
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL).get();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(header.stream().map(CsvContacts::neutralise).toList());
        int done = 0;
        for (ExportRow row : rows) {
            ContactDetails d = row.contact().details();
            List<String> cells = new ArrayList<>(header.size());
            cells.add(d.name());
            for (int i = 0; i < phones; i++) {
                cells.add(i < d.phones().size() ? d.phones().get(i) : "");
            }
            for (int i = 0; i < emails; i++) {
                cells.add(i < d.emails().size() ? d.emails().get(i) : "");
            }
            cells.add(d.city());
            cells.add(d.birthday() == null ? "" : d.birthday().toString());
            cells.add(row.stage());
            cells.add(row.nextFollowUp() == null ? "" : row.nextFollowUp().toString());
            cells.add(d.source() == null ? "" : messages.get("contact.source." + d.source().name()));
            cells.add(row.referrer());
            cells.add(d.interest() == null ? "" : messages.get("contact.interest." + d.interest().name()));
            cells.add(String.join(MULTI, d.tags()));
            cells.add(d.facebook());
            cells.add(d.instagram());
            cells.add(d.linkedin());
            cells.add(d.tiktok());
            cells.add(d.notes());
            cells.add(row.contact().doNotContact() ? messages.get("exchange.csv.yes") : "");
            cells.add(row.contact().doNotContact() ? row.contact().doNotContactReason() : "");
            cells.add(row.contact().createdAt() == null ? "" : row.contact().createdAt().atZone(zone).toLocalDate().toString());
            cells.add(row.contact().updatedAt() == null ? "" : row.contact().updatedAt().atZone(zone).toLocalDate().toString());
            printer.printRecord(cells.stream().map(c -> neutralise(c == null ? "" : c)).toList());
            progress.done(++done, rows.size());
        }
        printer.flush();
    }
}
