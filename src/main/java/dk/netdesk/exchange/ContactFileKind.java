package dk.netdesk.exchange;

import java.util.Locale;

/** The kinds of contacts file Netdesk reads. */
public enum ContactFileKind {
    /** vCard 2.1, 3.0 or 4.0 ({@code .vcf}, {@code .vcard}). */
    VCARD,
    /** Comma-, semicolon- or tab-separated values with a header row ({@code .csv}, {@code .txt}, {@code .tsv}). */
    CSV;

    /** The kind a file name says by its extension, or null when it says nothing. */
    public static ContactFileKind ofName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".vcf") || name.endsWith(".vcard")) {
            return VCARD;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            return CSV;
        }
        return null;
    }
}
