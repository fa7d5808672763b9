package dk.netdesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PDFs for tests of attaching outside files: a valid one with text in an embedded font (DejaVu Sans,
 * the print fonts' file), so that the font has a ToUnicode CMap, written without compression so that a
 * changed byte lands where a test says; and the damaged ones of issue 17, item 3, one byte changed in that
 * font's ToUnicode stream.
 */
public final class SamplePdfs {

    private SamplePdfs() {
    }

    /** A one-page PDF showing {@code text} in DejaVu Sans (a Type 0 font with a ToUnicode CMap), uncompressed. */
    public static byte[] withText(String text) throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument();
             InputStream font = SamplePdfs.class.getResourceAsStream("/dk/netdesk/print/fonts/DejaVuSans.ttf")) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font type0 = PDType0Font.load(document, font);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(type0, 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(first, CompressParameters.NO_COMPRESSION);
        }
        // The font's subset and ToUnicode CMap are made on save; write the CMap again without its Flate filter.
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(first.toByteArray())) {
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                COSStream toUnicode = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
                byte[] cmap;
                try (InputStream in = toUnicode.createInputStream()) {
                    cmap = in.readAllBytes();
                }
                try (OutputStream out = toUnicode.createRawOutputStream()) {
                    out.write(cmap);
                }
                toUnicode.removeItem(COSName.FILTER);
            }
            document.save(second, CompressParameters.NO_COMPRESSION);
        }
        return second.toByteArray();
    }

    /**
     * {@link #withText} with one byte changed in the font's ToUnicode stream object: the {@code <<} that opens
     * its dictionary becomes {@code /<}. PDFBox 3.0.8 then throws a {@link NullPointerException}
     * ({@code CMapManager.getPredefinedCMap}) from {@code PDFTextStripper.getText}.
     */
    public static byte[] toUnicodeNullPointer(String text) throws IOException {
        byte[] pdf = withText(text);
        int cmap = indexOf(pdf, "begincmap", 0);
        int dictionary = lastIndexOf(pdf, "obj\n<<", cmap) + "obj\n".length();
        pdf[dictionary] = '/';
        return pdf;
    }

    /**
     * {@link #withText} with one byte changed inside the font's ToUnicode CMap: the space before the third
     * value of the first {@code bfrange} line becomes {@code [}. PDFBox 3.0.8 then throws a
     * {@link ClassCastException} ({@code CMapParser.addMappingFrombfrange}).
     */
    public static byte[] toUnicodeClassCast(String text) throws IOException {
        byte[] pdf = withText(text);
        int line = indexOf(pdf, "beginbfrange\n", 0) + "beginbfrange\n".length();
        int second = indexOf(pdf, " ", indexOf(pdf, " ", line) + 1);
        pdf[second] = '[';
        return pdf;
    }

    private static int indexOf(byte[] bytes, String what, int from) {
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(what, from);
        if (at < 0) {
            throw new IllegalStateException(what + " not found in the sample PDF");
        }
        return at;
    }

    private static int lastIndexOf(byte[] bytes, String what, int before) {
        int at = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf(what, before);
        if (at < 0) {
            throw new IllegalStateException(what + " not found in the sample PDF");
        }
        return at;
    }
}
