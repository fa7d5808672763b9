package dk.netdesk.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV text as a header row and data rows (Commons CSV, RFC 4180 quoting: cells in quotes may hold
 * the separator, line breaks and {@code ""}). Blank rows and rows of only separators are skipped.
 * Cells are as in the file, except that one leading apostrophe before {@code = + - @}, a tab or a
 * carriage return (how Netdesk's own export guards against formulas) is removed.
 *
 * @param separator the separator used
 * @param headers   the first row
 * @param rows      the data rows in file order
 */
record CsvTable(char separator, List<String> headers, List<Row> rows) {

    /**
     * One data row.
     *
     * @param line   the 1-based line it starts on
     * @param record its 1-based number (the header not counted, blank rows not counted)
     * @param cells  its cells (as many as in the file)
     */
    record Row(int line, int record, List<String> cells) {
        /** The cell of column {@code i}, "" past the end. */
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    /** Thrown when the text cannot be split into rows (a quote that is never closed). */
    static final class Broken extends Exception {
        final int line;

        Broken(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** The separator of {@code text}: of {@code ;}, {@code ,} and tab, the one found most often outside quotes in its first line ({@code ,} if none). */
    static char detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Splits {@code text} with {@code separator}. An empty text gives no headers and no rows. */
    static CsvTable parse(String text, char separator) throws Broken {
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setTrailingData(true).get();
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        long nextLine = 1;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    throw new Broken((int) nextLine, broken.getMessage());
                }
                nextLine = parser.getCurrentLineNumber() + 1;
                List<String> cells = Arrays.stream(record.values()).map(CsvTable::unguard).toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                int line = lineOf(lineStarts, record.getCharacterPosition());
                if (headers == null) {
                    headers = cells.stream().map(String::strip).toList();
                } else {
                    rows.add(new Row(line, rows.size() + 1, cells));
                }
            }
        } catch (IOException e) {
            throw new Broken((int) nextLine, e.getMessage());
        }
        return new CsvTable(separator, headers == null ? List.of() : headers, rows);
    }

    /** A cell without the apostrophe Netdesk's export put before a formula character. */
    static String unguard(String cell) {
        if (cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        String rest = cell.substring(1);
        char first = rest.charAt(0);
        if (first == '\t' || first == '\r' || first == '\0') {
            return rest;
        }
        String stripped = rest.stripLeading();
        if (!stripped.isEmpty() && "=+-@".indexOf(stripped.charAt(0)) >= 0) {
            return rest;
        }
        return cell;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, long position) {
        int found = Arrays.binarySearch(starts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
