package dk.netdesk.exchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats the contacts export writes, each with the file name ending that picks it. */
public enum ExportFormat {
    /** vCard 4.0, UTF-8: for phones, Google Contacts, Outlook and Apple Contacts. */
    VCARD("vcf"),
    /** CSV, UTF-8 with a byte order mark: for Excel and other spreadsheets. */
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name ending without its dot: {@code vcf} or {@code csv}. */
    public String extension() {
        return extension;
    }

    /** The format a file name ends in ({@code .vcf} or {@code .csv}, any case), or empty for any other name. */
    public static Optional<ExportFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (lower.endsWith("." + format.extension) && lower.length() > format.extension.length() + 1) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
