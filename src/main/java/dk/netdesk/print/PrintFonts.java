package dk.netdesk.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The one typeface of the printed week (DejaVu Sans, regular and bold; it has every Danish letter), and its
 * metrics. The layout measures text here, and both the JavaFX page and the PDF draw with the same font
 * file, so a line that fits in the layout fits on paper. Loaded from the system
 * ({@code /usr/share/fonts/truetype/dejavu}, Debian package fonts-dejavu-core) or else from the copy shipped
 * in the jar. Thread-safe once built.
 */
public final class PrintFonts {

    static final String SYSTEM_FOLDER = "/usr/share/fonts/truetype/dejavu/";
    private static final String RESOURCE_FOLDER = "/dk/netdesk/print/fonts/";

    /** The font family name JavaFX knows the loaded files by. */
    public static final String FAMILY = "DejaVu Sans";

    private final Path systemFolder;
    private Face regular;
    private Face bold;

    public PrintFonts() {
        this(Path.of(SYSTEM_FOLDER));
    }

    /** Looks in {@code systemFolder} first and falls back to the fonts in the jar. Reads nothing until first use. */
    PrintFonts(Path systemFolder) {
        this.systemFolder = systemFolder;
    }

    private synchronized void load() {
        if (regular == null) {
            regular = new Face(read(systemFolder, "DejaVuSans.ttf"));
            bold = new Face(read(systemFolder, "DejaVuSans-Bold.ttf"));
        }
    }

    private static byte[] read(Path folder, String file) {
        try {
            Path system = folder.resolve(file);
            if (Files.isReadable(system)) {
                return Files.readAllBytes(system);
            }
            try (InputStream in = PrintFonts.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
                if (in == null) {
                    throw new IOException("Font " + file + " is neither in " + folder + " nor in the application");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the font file, for embedding (PDF) or loading (JavaFX). */
    public InputStream open(boolean isBold) {
        return new ByteArrayInputStream(face(isBold).bytes);
    }

    /** Width of {@code text} at {@code size} points. */
    public double width(String text, double size, boolean isBold) {
        Face face = face(isBold);
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += face.advance(cp);
            i += Character.charCount(cp);
        }
        return units * size / face.unitsPerEm;
    }

    /** Height above the baseline of the tallest glyphs, at {@code size}. */
    public double ascent(double size) {
        load();
        return regular.ascent * size;
    }

    /** Depth below the baseline, positive, at {@code size}. */
    public double descent(double size) {
        load();
        return regular.descent * size;
    }

    /** Replaces characters the font cannot draw (emoji, controls) so every renderer shows the same text. */
    public String printable(String text) {
        load();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (regular.has(cp) && bold.has(cp)) {
                out.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.NON_SPACING_MARK) {
                out.append('?');
            }
        });
        return out.toString().strip();
    }

    private Face face(boolean isBold) {
        load();
        return isBold ? bold : regular;
    }

    private static final class Face {
        final byte[] bytes;
        final float unitsPerEm;
        final double ascent;
        final double descent;
        private final TrueTypeFont font;
        private final CmapLookup cmap;
        private final float[] latin = new float[0x250];

        Face(byte[] bytes) {
            this.bytes = bytes;
            try {
                this.font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                this.cmap = font.getUnicodeCmapLookup();
                this.unitsPerEm = font.getUnitsPerEm();
                this.ascent = font.getHorizontalHeader().getAscender() / unitsPerEm;
                this.descent = -font.getHorizontalHeader().getDescender() / unitsPerEm;
                for (int cp = 0; cp < latin.length; cp++) {
                    latin[cp] = font.getAdvanceWidth(cmap.getGlyphId(cp));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean has(int cp) {
            return cmap.getGlyphId(cp) != 0;
        }

        float advance(int cp) {
            if (cp < latin.length) {
                return latin[cp];
            }
            try {
                synchronized (this) {
                    return font.getAdvanceWidth(cmap.getGlyphId(cp));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
