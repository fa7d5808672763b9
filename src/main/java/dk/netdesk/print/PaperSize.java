package dk.netdesk.print;

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

    public double width(PrintOrientation orientation) {
        return orientation == PrintOrientation.PORTRAIT ? width : height;
    }

    public double height(PrintOrientation orientation) {
        return orientation == PrintOrientation.PORTRAIT ? height : width;
    }
}
