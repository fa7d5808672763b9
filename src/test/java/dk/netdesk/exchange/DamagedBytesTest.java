package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UTF-8 contacts file with a few damaged bytes in one record: the file is still read as UTF-8, every other
 * record keeps its Danish letters, and the damaged record is left out with a reason instead of being imported
 * garbled. A file that really is Windows-1252 throughout is still read as Windows-1252.
 */
class DamagedBytesTest {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;
    @TempDir
    Path files;
    ReaderFixture fx;

    @BeforeEach
    void open() throws Exception {
        fx = new ReaderFixture(dir, Locale.ENGLISH);
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    static String card(int n) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Søren Æble " + n + "\r\nN:Æble;Søren;;;\r\n"
                + "EMAIL:soren" + n + "@example.dk\r\n"
                + "NOTE:Kunde i Køge siden 2019\\, bestiller ofte aloe og æblecider på Ærø\r\nEND:VCARD\r\n";
    }

    static String csvRow(int n) {
        return "Søren Æble " + n + ";soren" + n + "@example.dk;Kunde i Køge siden 2019, bestiller ofte aloe og æblecider på Ærø\r\n";
    }

    /** 50 records in {@code charset}; in record 17 (when {@code damage}), 15 bytes of its note flipped (XOR 0x80). */
    Path file(String name, boolean csv, Charset charset, boolean damage) throws Exception {
        List<byte[]> parts = new ArrayList<>();
        if (csv) {
            parts.add("Navn;E-mail;Noter\r\n".getBytes(charset));
        }
        for (int n = 1; n <= 50; n++) {
            byte[] bytes = (csv ? csvRow(n) : card(n)).getBytes(charset);
            if (damage && n == 17) {
                int note = new String(bytes, charset).indexOf("siden 2019");
                int at = new String(bytes, charset).substring(0, note).getBytes(charset).length;
                for (int i = 0; i < 15; i++) {
                    bytes[at + 2 * i] ^= (byte) 0x80;
                }
            }
            parts.add(bytes);
        }
        Path file = files.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            for (byte[] p : parts) {
                out.write(p);
            }
        }
        return file;
    }

    List<String> expectedNames(boolean without17) {
        return IntStream.rangeClosed(1, 50).filter(n -> !without17 || n != 17).mapToObj(n -> "Søren Æble " + n).toList();
    }

    @Test
    void aVcardFileWithAFewDamagedBytesInOneCardKeepsTheOtherCardsAndFlagsThatOne() throws Exception {
        Path file = file("kunder.vcf", false, StandardCharsets.UTF_8, true);

        ContactsPreview preview = fx.reader.preview(file, ReadChoices.DETECT, 50);
        assertThat(preview.encoding()).isEqualTo(StandardCharsets.UTF_8);
        Outcome seventeen = preview.rows().get(16).outcome();
        assertThat(seventeen.isRead()).isFalse();
        assertThat(seventeen.rejected().reason()).isEqualTo(fx.messages.get("exchange.import.vcard.damagedText"));
        assertThat(seventeen.rejected().reason()).isEqualTo("This card looks damaged: some of its letters could not be read.");
        assertThat(preview.rows().get(0).outcome().contact().details().name()).isEqualTo("Søren Æble 1");

        ContactsRead read = fx.reader.read(file, ReadChoices.DETECT);
        assertThat(read.contacts()).extracting(c -> c.details().name()).containsExactlyElementsOf(expectedNames(true));
        assertThat(read.contacts()).allSatisfy(c -> assertThat(c.details().notes())
                .isEqualTo("Kunde i Køge siden 2019, bestiller ofte aloe og æblecider på Ærø"));
        assertThat(read.rejected()).extracting(RejectedRecord::record, RejectedRecord::name)
                .containsExactly(tuple(17, "Søren Æble 17"));
    }

    @Test
    void aVcardFileInWindows1252ThroughoutIsStillReadAsWindows1252() throws Exception {
        Path file = file("kunder-1252.vcf", false, WINDOWS_1252, false);

        ContactsPreview preview = fx.reader.preview(file, ReadChoices.DETECT, 1);
        assertThat(preview.encoding()).isEqualTo(WINDOWS_1252);
        ContactsRead read = fx.reader.read(file, ReadChoices.DETECT);
        assertThat(read.rejected()).isEmpty();
        assertThat(read.contacts()).extracting(c -> c.details().name()).containsExactlyElementsOf(expectedNames(false));
    }

    @Test
    void aCsvFileWithAFewDamagedBytesInOneRowKeepsTheOtherRowsAndFlagsThatOne() throws Exception {
        Path file = file("kunder.csv", true, StandardCharsets.UTF_8, true);

        ContactsPreview preview = fx.reader.preview(file, ReadChoices.DETECT, 50);
        assertThat(preview.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(preview.headers()).containsExactly("Navn", "E-mail", "Noter");
        assertThat(preview.rows().get(16).outcome().rejected().reason())
                .isEqualTo("This row looks damaged: some of its letters could not be read.");

        ContactsRead read = fx.reader.read(file, ReadChoices.DETECT);
        assertThat(read.contacts()).extracting(c -> c.details().name()).containsExactlyElementsOf(expectedNames(true));
        assertThat(read.rejected()).extracting(RejectedRecord::record, RejectedRecord::name)
                .containsExactly(tuple(17, "Søren Æble 17"));
    }

    @Test
    void aCsvFileInWindows1252ThroughoutIsStillReadAsWindows1252() throws Exception {
        Path file = file("kunder-1252.csv", true, WINDOWS_1252, false);

        ContactsRead read = fx.reader.read(file, ReadChoices.DETECT);
        assertThat(fx.reader.preview(file, ReadChoices.DETECT, 1).encoding()).isEqualTo(WINDOWS_1252);
        assertThat(read.rejected()).isEmpty();
        assertThat(read.contacts()).extracting(c -> c.details().name()).containsExactlyElementsOf(expectedNames(false));
    }

    @Test
    void aDamagedWindows1252FileIsNotTakenForUtf8() {
        // Few valid UTF-8 sequences by chance ("Ã¸" is C3 B8) among many Windows-1252 letters.
        byte[] bytes = "Søren Ærbø i Køge, Ã¸ hær og dér, Åge på Ærø".getBytes(WINDOWS_1252);
        assertThat(TextFile.decode(bytes, null).charset()).isEqualTo(WINDOWS_1252);
        byte[] bom = ("\uFEFFSøren " + (char) 0 + "x").getBytes(StandardCharsets.UTF_8);
        bom[bom.length - 3] = (byte) 0xF8;
        assertThat(TextFile.decode(bom, null).charset()).as("a UTF-8 BOM decides").isEqualTo(StandardCharsets.UTF_8);
    }
}
