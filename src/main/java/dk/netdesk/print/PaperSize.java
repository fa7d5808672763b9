package dk.netdesk.print;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The paper sizes the week can be printed on, in points (1/72 inch), portrait. */
public enum PaperSize {
    A4(595.28, 841.89),
    LETTER(612, 792),
    A5(419.53, 595.28);

    private final double width;
    private final double height;

    PaperSize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The countries whose usual paper is Letter (issue 17, item 8; decision 0040); A4 is everywhere else. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA");

    /** How far a printer's paper may be from ours, in points, and still be it (printers round to tenths of a mm). */
    private static final double TOLERANCE = 2;

    /**
     * The usual paper of a region: Letter in the United States and Canada, A4 everywhere else and when the region
     * is unknown.
     *
     * @param region a locale whose country is the region (the machine's, {@code Locale.getDefault(FORMAT)} as the
     *               app's composition root reads it); null or without a country gives A4
     */
    public static PaperSize forRegion(Locale region) {
        return region != null && LETTER_COUNTRIES.contains(region.getCountry().toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }

    /**
     * The paper size of these measurements, either way round.
     *
     * @param width  the paper's width in points (1/72 inch)
     * @param height its height in points
     * @return the size within {@value #TOLERANCE} points, or empty for any other paper (Legal, A3, envelopes)
     */
    public static Optional<PaperSize> of(double width, double height) {
        for (PaperSize size : values()) {
            if ((near(width, size.width) && near(height, size.height)) || (near(width, size.height) && near(height, size.width))) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE;
    }

    public double width(PrintOrientation orientation) {
        return orientation == PrintOrientation.PORTRAIT ? width : height;
    }

    public double height(PrintOrientation orientation) {
        return orientation == PrintOrientation.PORTRAIT ? height : width;
    }
}
