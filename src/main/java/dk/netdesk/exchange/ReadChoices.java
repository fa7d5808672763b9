package dk.netdesk.exchange;

import java.nio.charset.Charset;

/**
 * What the user chose about how a contacts file is read; every null means "detect it".
 *
 * @param kind      vCard or CSV; null: by the file's extension, else by its content
 * @param encoding  the text encoding; null: a BOM decides, else UTF-8 when the bytes are valid UTF-8,
 *                  else Windows-1252
 * @param separator CSV only: {@code ','}, {@code ';'} or {@code '\t'}; null: the most frequent of them in the header line
 * @param mapping   CSV only: the column mapping; null: the one remembered for this header set, else the
 *                  suggested one. It must fit the file's header row.
 * @param dateOrder CSV only: how {@code 05/04/1990} is read; null: decided from the file's dates
 *                  ({@link ContactsPreview#ambiguousDates()} says when it could not be)
 */
public record ReadChoices(ContactFileKind kind, Charset encoding, Character separator, ColumnMapping mapping,
                          DateOrder dateOrder) {

    /** Everything detected. */
    public static final ReadChoices DETECT = new ReadChoices(null, null, null, null, null);

    public ReadChoices withKind(ContactFileKind value) {
        return new ReadChoices(value, encoding, separator, mapping, dateOrder);
    }

    public ReadChoices withEncoding(Charset value) {
        return new ReadChoices(kind, value, separator, mapping, dateOrder);
    }

    public ReadChoices withSeparator(Character value) {
        return new ReadChoices(kind, encoding, value, mapping, dateOrder);
    }

    public ReadChoices withMapping(ColumnMapping value) {
        return new ReadChoices(kind, encoding, separator, value, dateOrder);
    }

    public ReadChoices withDateOrder(DateOrder value) {
        return new ReadChoices(kind, encoding, separator, mapping, value);
    }
}
