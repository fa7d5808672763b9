package dk.netdesk.exchange;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What the import wizard shows before anything is stored: how the file was read (each value either
 * detected or as chosen in {@link ReadChoices}) and its first rows, as read and as mapped.
 *
 * @param fileName          the file's name without its folder
 * @param kind              vCard or CSV
 * @param encoding          the text encoding used
 * @param bom               true if the file began with a byte order mark
 * @param separator         CSV: the separator used; vCard: {@code '\0'}
 * @param headers           CSV: the header row; vCard: empty
 * @param mapping           CSV: the mapping used (chosen, remembered or suggested); vCard: null
 * @param mappingRemembered CSV: true if {@code mapping} is one the user chose before for these headers
 * @param dateOrder         CSV: the date order used; vCard: null
 * @param ambiguousDates    CSV: true if the file's dates could be read either way and the user should
 *                          choose (then pass the choice back in {@link ReadChoices#withDateOrder})
 * @param rows              the first rows, in file order
 * @param records           how many records the whole file has (rows or cards)
 */
public record ContactsPreview(String fileName, ContactFileKind kind, Charset encoding, boolean bom, char separator,
                              List<String> headers, ColumnMapping mapping, boolean mappingRemembered,
                              DateOrder dateOrder, boolean ambiguousDates, List<Row> rows, int records) {

    public ContactsPreview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * One record as read and as it would be imported.
     *
     * @param line         the 1-based line it starts on
     * @param record       its 1-based number
     * @param cells        CSV: the cells as in the file (apostrophe guard removed); vCard: empty
     * @param outcome      the contact it gives, or why it would be left out
     * @param birthdayCell CSV: the birthday cell as written in the file; vCard: the same as {@code birthdayRead}
     *                     ("" if none)
     * @param birthdayRead how the birthday was read, as a date in the UI language ("17 May 1990"; "12 April"
     *                     for a day without a year), or "" if none or not a date
     */
    public record Row(int line, int record, List<String> cells, Outcome outcome, String birthdayCell,
                      String birthdayRead) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
