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
 * @param dateOrder         CSV: the date order used (chosen in {@link ReadChoices}, proved by the file, or when the
 *                          file cannot tell, the UI language's: Danish day first; English month first for Outlook's
 *                          English export, else day first); vCard: null
 * @param ambiguousDates    CSV: true if the file's dates could be read either way, so the user should see how they
 *                          were read and may choose (passing the choice back in {@link ReadChoices#withDateOrder});
 *                          still true after a choice
 * @param rows              the first rows, in file order
 * @param records           how many records the whole file has (rows or cards)
 * @param toNotes           what goes to the notes as labelled lines because a contact has no field for it: CSV, the
 *                          headers of such columns that hold text; vCard, the details named in the UI language
 *                          ("Company", "Address"…)
 * @param notImported       what is not imported at all: CSV, the headers of ignored columns that hold text; vCard,
 *                          the details named in the UI language ("Photo"…) or by property name when unknown
 */
public record ContactsPreview(String fileName, ContactFileKind kind, Charset encoding, boolean bom, char separator,
                              List<String> headers, ColumnMapping mapping, boolean mappingRemembered,
                              DateOrder dateOrder, boolean ambiguousDates, List<Row> rows, int records,
                              List<String> toNotes, List<String> notImported) {

    public ContactsPreview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        toNotes = List.copyOf(toNotes);
        notImported = List.copyOf(notImported);
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
     *                     for a day without a year, in both kinds of file), or "" if none or not a date
     * @param birthdayOther CSV: when the file's dates are ambiguous and this one reads both ways ("4/5/1980"), how
     *                     it reads in the other order ("4 May 1980"); else ""
     */
    public record Row(int line, int record, List<String> cells, Outcome outcome, String birthdayCell,
                      String birthdayRead, String birthdayOther) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
