package dk.netdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text entering Netdesk is made the same text in one place, {@link PlainText} (decision 0039): no code of its own
 * NFC-normalises with {@code java.text.Normalizer}, where it would forget the kinds of space and the invisible
 * marks. Scans {@code src/main/java}. Other forms stay allowed for their own purpose: NFD to drop accents for
 * "similar name" ({@code DuplicateFinder}), NFKC for pasted phone look-alikes ({@code PhoneNumbers}).
 */
class PlainTextOnlyTest {

    private static final Pattern OWN_NFC = Pattern.compile("\\bForm\\.NFC\\b");

    @Test
    void noNfcOfItsOwnOutsidePlainText() throws IOException {
        List<String> faults = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (file.endsWith(Path.of("dk/netdesk/db/PlainText.java"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (OWN_NFC.matcher(lines.get(i)).find()) {
                        faults.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(faults).as("use PlainText.line / text / nfc (or ui/TypedText in forms)").isEmpty();
    }

    @Test
    void theScanFindsAnNfcOfItsOwn() {
        assertThat(OWN_NFC.matcher("Normalizer.normalize(name, Normalizer.Form.NFC)").find()).isTrue();
        assertThat(OWN_NFC.matcher("Normalizer.normalize(text, Normalizer.Form.NFD)").find()).isFalse();
        assertThat(OWN_NFC.matcher("Normalizer.normalize(phone, Normalizer.Form.NFKC)").find()).isFalse();
    }
}
