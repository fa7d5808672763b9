package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a spinner says about typed text that is no whole number in its range, in both languages. */
class SpinnerTextTest {

    static final Locale DA = new Locale("da");
    static final Messages ENGLISH = new Messages(Locale.ENGLISH, List.of("dk.netdesk.ui.messages"));
    static final Messages DANISH = new Messages(DA, List.of("dk.netdesk.ui.messages"));

    private static String en(String typed) {
        return SpinnerText.read(typed, 1, 3650, Locale.ENGLISH).message(ENGLISH);
    }

    private static String da(String typed) {
        return SpinnerText.read(typed, 1, 3650, DA).message(DANISH);
    }

    @Test
    void aWholeNumberInRangeIsTaken() {
        assertThat(SpinnerText.read(" 14 ", 1, 3650, Locale.ENGLISH).value().intValue()).isEqualTo(14);
        assertThat(SpinnerText.read("3650", 1, 3650, DA).value().intValue()).isEqualTo(3650);
        assertThat(SpinnerText.read("1", 1, 3650, DA).ok()).isTrue();
    }

    @Test
    void everythingElseSaysWhatIsWrongAndWhatToType() {
        assertThat(en("abc")).isEqualTo("“abc” is not a whole number. Type a whole number from 1 to 3650.");
        assertThat(da("abc")).isEqualTo("„abc“ er ikke et helt tal. Skriv et helt tal fra 1 til 3650.");
        assertThat(en("2.5")).isEqualTo("“2.5” is not a whole number. Type a whole number from 1 to 3650.");
        assertThat(da("2,5")).isEqualTo("„2,5“ er ikke et helt tal. Skriv et helt tal fra 1 til 3650.");
        assertThat(en("0")).isEqualTo("0 is less than 1. Type a whole number from 1 to 3650.");
        assertThat(da("-3")).isEqualTo("-3 er mindre end 1. Skriv et helt tal fra 1 til 3650.");
        assertThat(en("5000")).isEqualTo("5000 is more than 3650. Type a whole number from 1 to 3650.");
        assertThat(da("99999999999")).isEqualTo("99999999999 er større end 3650. Skriv et helt tal fra 1 til 3650.");
        assertThat(en("")).isEqualTo("Type a whole number from 1 to 3650.");
        assertThat(da("  ")).isEqualTo("Skriv et helt tal fra 1 til 3650.");
        // a thousands separator is never guessed at, and the range is written without one
        assertThat(en("1,500")).isEqualTo("“1,500” has a thousands separator. Type a whole number from 1 to 3650 without one.");
        assertThat(da("1.500")).isEqualTo("„1.500“ har tusindtalsadskiller. Skriv et helt tal fra 1 til 3650 uden tusindtalsadskiller.");
    }

    @Test
    void everySpinnerIsMadeBySpinnerText() throws java.io.IOException {
        java.nio.file.Path sources = java.nio.file.Path.of("src/main/java");
        try (var files = java.nio.file.Files.walk(sources)) {
            List<String> elsewhere = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("ui/SpinnerText.java"))
                    .filter(f -> {
                        try {
                            return java.nio.file.Files.readString(f).matches("(?s).*new\\s+Spinner\\s*<.*");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(f -> sources.relativize(f).toString()).toList();
            assertThat(elsewhere).as("spinners whose typed text would be dropped silently: use ui/SpinnerText").isEmpty();
        }
    }
}
