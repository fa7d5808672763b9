package dk.netdesk.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of one PDF page read back with PDFBox, each run of text with where it starts (points from the page's
 * left and top edges), so a test can say on which day column a text was printed.
 */
final class PdfWords {

    /** A run of text as PDFBox extracted it, and the position of its first letter. */
    record Word(String text, double x, double y) {
    }

    private PdfWords() {
    }

    /** The runs of text on page {@code pageNumber} (1 is the first) of {@code file}. */
    static List<Word> read(Path file, int pageNumber) throws IOException {
        List<Word> words = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!positions.isEmpty()) {
                        TextPosition first = positions.get(0);
                        words.add(new Word(text, first.getXDirAdj(), first.getYDirAdj()));
                    }
                }
            };
            stripper.setStartPage(pageNumber);
            stripper.setEndPage(pageNumber);
            stripper.getText(pdf);
        }
        return words;
    }

    /**
     * The day column (0 is Monday) that x, in points from the paper's left edge, falls in on {@code page}, from
     * where its day names are printed; -1 left of Monday.
     */
    static int day(PrintedPage page, double x) {
        List<Double> lefts = page.flatten().stream().filter(e -> e instanceof PageElement.Label l && l.role().equals("day-name"))
                .map(e -> ((PageElement.Label) e).x() - 3 + page.marginLeft()).toList();
        int day = -1;
        for (int i = 0; i < lefts.size(); i++) {
            if (x >= lefts.get(i) - 0.5) {
                day = i;
            }
        }
        return day;
    }
}
