package dk.netdesk.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes laid-out pages ({@link PrintedPage}, one per week) to a PDF with selectable text, through PDFBox.
 * The print typeface is embedded (subset), so Danish letters show and copy correctly everywhere. The file
 * is written next to the target first and moved into place, so a failure never leaves half a PDF.
 */
public final class PdfWeekWriter {

    private final PrintFonts fonts;

    public PdfWeekWriter(PrintFonts fonts) {
        this.fonts = fonts;
    }

    public void write(Path file, List<PrintedPage> pages, String title, String author) throws IOException {
        write(file, pages, title, author, null);
    }

    /**
     * Writes {@code pages} to {@code file} (replaced when it exists), one PDF page each, in their paper size.
     *
     * @param title   the document title (the week range, "Week 48")
     * @param author  the owner's name; blank or null leaves it out
     * @param created when the PDF was made, written as its creation date in the Gregorian calendar whatever the
     *                machine's locale (a Thai locale's Calendar is Buddhist: 2569); null writes no creation date
     * @throws IOException when the file cannot be written; nothing is left behind then
     */
    public void write(Path file, List<PrintedPage> pages, String title, String author, java.time.ZonedDateTime created)
            throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("Nothing to write");
        }
        Path folder = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, ".netdesk-", ".pdf.tmp");
        try {
            try (PDDocument document = new PDDocument()) {
                PDType0Font regular;
                PDType0Font bold;
                try (InputStream in = fonts.open(false)) {
                    regular = PDType0Font.load(document, in, true);
                }
                try (InputStream in = fonts.open(true)) {
                    bold = PDType0Font.load(document, in, true);
                }
                for (PrintedPage page : pages) {
                    PDPage pdfPage = new PDPage(new PDRectangle((float) page.paperWidth(), (float) page.paperHeight()));
                    document.addPage(pdfPage);
                    try (PDPageContentStream out = new PDPageContentStream(document, pdfPage)) {
                        new PageDrawing(out, page, regular, bold).draw(page.elements());
                    }
                }
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(title);
                if (author != null && !author.isBlank()) {
                    info.setAuthor(author);
                }
                info.setCreator("Netdesk");
                if (created != null) {
                    info.setCreationDate(GregorianCalendar.from(created));
                }
                document.save(temp.toFile());
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Draws one page; y grows downwards in the layout and upwards in PDF. */
    private static final class PageDrawing {
        private static final float KAPPA = 0.5523f;
        private final PDPageContentStream out;
        private final PrintedPage page;
        private final PDType0Font regular;
        private final PDType0Font bold;

        PageDrawing(PDPageContentStream out, PrintedPage page, PDType0Font regular, PDType0Font bold) {
            this.out = out;
            this.page = page;
            this.regular = regular;
            this.bold = bold;
        }

        float x(double x) {
            return (float) (page.marginLeft() + x);
        }

        float y(double y) {
            return (float) (page.paperHeight() - page.marginTop() - y);
        }

        void draw(List<PageElement> elements) throws IOException {
            for (PageElement element : elements) {
                if (element instanceof PageElement.Box box) {
                    box(box);
                } else if (element instanceof PageElement.Rule rule) {
                    rule(rule);
                } else if (element instanceof PageElement.Dot dot) {
                    dot(dot);
                } else if (element instanceof PageElement.Polygon polygon) {
                    polygon(polygon);
                } else if (element instanceof PageElement.Label label) {
                    label(label);
                } else if (element instanceof PageElement.Group group) {
                    draw(group.children());
                }
            }
        }

        void box(PageElement.Box box) throws IOException {
            if (box.fill() != PageElement.NONE) {
                fill(box.fill());
                out.addRect(x(box.x()), y(box.y() + box.h()), (float) box.w(), (float) box.h());
                out.fill();
            }
            if (box.stroke() != PageElement.NONE && box.strokeWidth() > 0) {
                stroke(box.stroke(), box.strokeWidth(), box.dashed());
                double inset = box.strokeWidth() / 2;
                out.addRect(x(box.x() + inset), y(box.y() + box.h() - inset),
                        (float) (box.w() - 2 * inset), (float) (box.h() - 2 * inset));
                out.stroke();
            }
        }

        void rule(PageElement.Rule rule) throws IOException {
            stroke(rule.color(), rule.width(), rule.dashed());
            out.moveTo(x(rule.x1()), y(rule.y1()));
            out.lineTo(x(rule.x2()), y(rule.y2()));
            out.stroke();
        }

        void dot(PageElement.Dot dot) throws IOException {
            boolean filled = dot.fill() != PageElement.NONE;
            boolean stroked = dot.stroke() != PageElement.NONE && dot.strokeWidth() > 0;
            if (filled) {
                fill(dot.fill());
            }
            if (stroked) {
                stroke(dot.stroke(), dot.strokeWidth(), false);
            }
            circle(dot);
            if (filled && stroked) {
                out.fillAndStroke();
            } else if (filled) {
                out.fill();
            } else if (stroked) {
                out.stroke();
            }
        }

        void polygon(PageElement.Polygon polygon) throws IOException {
            boolean filled = polygon.fill() != PageElement.NONE;
            boolean stroked = polygon.stroke() != PageElement.NONE && polygon.strokeWidth() > 0;
            if (!filled && !stroked) {
                return;
            }
            if (filled) {
                fill(polygon.fill());
            }
            if (stroked) {
                stroke(polygon.stroke(), polygon.strokeWidth(), false);
                out.setLineJoinStyle(1);
            }
            double[] points = polygon.points();
            out.moveTo(x(points[0]), y(points[1]));
            for (int i = 2; i < points.length; i += 2) {
                out.lineTo(x(points[i]), y(points[i + 1]));
            }
            out.closePath();
            if (filled && stroked) {
                out.fillAndStroke();
            } else if (filled) {
                out.fill();
            } else {
                out.stroke();
            }
            if (stroked) {
                out.setLineJoinStyle(0);
            }
        }

        private void circle(PageElement.Dot dot) throws IOException {
            float cx = x(dot.cx());
            float cy = y(dot.cy());
            float r = (float) dot.r();
            float c = r * KAPPA;
            out.moveTo(cx + r, cy);
            out.curveTo(cx + r, cy + c, cx + c, cy + r, cx, cy + r);
            out.curveTo(cx - c, cy + r, cx - r, cy + c, cx - r, cy);
            out.curveTo(cx - r, cy - c, cx - c, cy - r, cx, cy - r);
            out.curveTo(cx + c, cy - r, cx + r, cy - c, cx + r, cy);
            out.closePath();
        }

        void label(PageElement.Label label) throws IOException {
            out.beginText();
            out.setFont(label.bold() ? bold : regular, (float) label.size());
            fill(label.color());
            out.newLineAtOffset(x(label.x()), y(label.baseline()));
            out.showText(label.text());
            out.endText();
        }

        void fill(int rgb) throws IOException {
            out.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
        }

        void stroke(int rgb, double width, boolean dashed) throws IOException {
            out.setStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
            out.setLineWidth((float) width);
            if (dashed) {
                out.setLineDashPattern(new float[] {(float) width * 4, (float) width * 3}, 0);
            } else {
                out.setLineDashPattern(new float[0], 0);
            }
        }
    }
}
