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
 * Visible text is sorted and compared only through {@link TextOrder} (decision 0031): no raw
 * {@code java.text.Collator} (which puts Ø after Z in English and reads decomposed text apart),
 * {@code String.CASE_INSENSITIVE_ORDER}, {@code compareToIgnoreCase} or {@code equalsIgnoreCase} on names
 * (ASCII-only case folding: "ÆRØ" and "ærø" differ). Scans {@code src/main/java}; machine words
 * (URL schemes, iCalendar values, "DARK") may still use {@code equalsIgnoreCase} on a string literal, and SQL
 * names or vCard groups on a line marked {@code // ASCII identifier}.
 */
class TextOrderOnlyTest {

    private static final List<Pattern> RAW = List.of(
            Pattern.compile("\\bCollator\\.getInstance\\("),
            Pattern.compile("\\bCASE_INSENSITIVE_ORDER\\b"),
            Pattern.compile("\\.compareToIgnoreCase\\("),
            // equalsIgnoreCase is refused unless one side is a literal ("DARK".equalsIgnoreCase(x), x.equalsIgnoreCase("END"))
            Pattern.compile("(?<!\")\\.equalsIgnoreCase\\((?!\")"));

    @Test
    void noRawCollatorOrAsciiCaseOrderOutsideTextOrder() throws IOException {
        List<String> faults = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (file.endsWith(Path.of("dk/netdesk/db/TextOrder.java"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern raw : RAW) {
                        if (raw.matcher(lines.get(i)).find() && !lines.get(i).contains("// ASCII identifier")) {
                            faults.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(faults).as("sort with TextOrder.comparator(locale), compare with TextOrder.same").isEmpty();
    }

    @Test
    void theScanFindsEachRawForm() {
        assertThat(RAW.get(0).matcher("Collator order = java.text.Collator.getInstance(locale);").find()).isTrue();
        assertThat(RAW.get(1).matcher("names.sort(String.CASE_INSENSITIVE_ORDER);").find()).isTrue();
        assertThat(RAW.get(2).matcher("a.name().compareToIgnoreCase(b.name())").find()).isTrue();
        assertThat(RAW.get(3).matcher("a.name().equalsIgnoreCase(b.name())").find()).isTrue();
        assertThat(RAW.get(3).matcher("\"DARK\".equalsIgnoreCase(text)").find()).isFalse();
        assertThat(RAW.get(3).matcher("label.equalsIgnoreCase(\"anniversary\")").find()).isFalse();
    }
}
