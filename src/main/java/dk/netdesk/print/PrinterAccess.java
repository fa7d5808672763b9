package dk.netdesk.print;

import java.util.List;
import java.util.Optional;

/** The installed printers and a way to print laid-out pages on one; {@link WeekPrinter} is the real one. */
public interface PrinterAccess {

    /** What came of a print job. */
    enum Result {
        PRINTED,
        CANCELLED,
        FAILED,
        NO_PRINTER
    }

    /** Lays out the pages once the printer has said how large its printable area is (all in points). */
    @FunctionalInterface
    interface PageMaker {
        List<PrintedPage> pages(double paperWidth, double paperHeight, double marginLeft, double marginTop,
                                double width, double height);
    }

    /** Names of the installed printers, sorted; empty when there is none. Call on the JavaFX thread. */
    List<String> printerNames();

    Optional<String> defaultPrinter();

    /**
     * The paper the named printer starts on by its own settings (its default page layout), when that is one of the
     * sizes the week prints on. Call on the JavaFX thread.
     *
     * @param printer a name from {@link #printerNames()}
     * @return the printer's paper, or empty when the printer is unknown, reports no paper or another size
     */
    default Optional<PaperSize> defaultPaper(String printer) {
        return Optional.empty();
    }

    /** Prints every page on the named printer; call on the JavaFX thread. */
    Result print(String printer, PrintOptions options, PageMaker pages, String jobName);
}
