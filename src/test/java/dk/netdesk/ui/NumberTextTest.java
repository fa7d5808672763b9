package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Typed numbers in the UI language: the language's decimal mark, and the other language's decimal mark refused, no guessing when a text can be read two ways. */
class NumberTextTest {

    static final Locale DA = new Locale("da");
    static final Messages ENGLISH = new Messages(Locale.ENGLISH, List.of("dk.netdesk.ui.messages"));
    static final Messages DANISH = new Messages(DA, List.of("dk.netdesk.ui.messages"));

    @Test
    void aFormattedNumberIsReadBackExactly() {
        for (String stored : new String[] {"7.55", "0.1234567", "12.000000001", "-3.25", "1500", "0"}) {
            for (Locale locale : List.of(Locale.ENGLISH, DA)) {
                String shown = NumberText.format(new BigDecimal(stored), locale);
                assertThat(NumberText.parse(shown, locale, false).value()).as(shown).isEqualByComparingTo(stored);
            }
            assertThat(NumberText.parse(NumberText.format(Double.parseDouble(stored), DA), DA, false).value().doubleValue())
                    .isEqualTo(Double.parseDouble(stored));
        }
    }

    @Test
    void theLanguagesDecimalMarkIsRead() {
        assertThat(NumberText.parse("7.5", Locale.ENGLISH, false).value()).isEqualByComparingTo("7.5");
        assertThat(NumberText.parse(" 7,5 ", DA, false).value()).isEqualByComparingTo("7.5");
        assertThat(NumberText.parse("1500", DA, true).value()).isEqualByComparingTo("1500");
        assertThat(NumberText.parse(",5", DA, false).value()).isEqualByComparingTo("0.5");
        assertThat(NumberText.parse("-2", Locale.ENGLISH, false).value()).isEqualByComparingTo(BigDecimal.valueOf(-2));
    }

    @Test
    void theOtherLanguagesDecimalMarkIsRefusedWithTheNumberWrittenInTheLanguage() {
        NumberText.Reading english = NumberText.parse("7,5", Locale.ENGLISH, false);
        assertThat(english.value()).as("neither 75 nor a guess").isNull();
        assertThat(english.message(ENGLISH)).isEqualTo("Use a decimal point: type 7.5, not “7,5”.");
        NumberText.Reading danish = NumberText.parse("7.5", DA, false);
        assertThat(danish.value()).isNull();
        assertThat(danish.message(DANISH)).isEqualTo("Brug komma som decimaltegn: skriv 7,5, ikke „7.5“.");
        assertThat(NumberText.parse("0.25", DA, false).message(DANISH)).isEqualTo("Brug komma som decimaltegn: skriv 0,25, ikke „0.25“.");
        assertThat(NumberText.parse(",5", Locale.ENGLISH, false).message(ENGLISH)).isEqualTo("Use a decimal point: type 0.5, not “,5”.");
        assertThat(NumberText.parse("12,5", Locale.ENGLISH, true).message(ENGLISH))
                .as("a whole-number field still wants a whole number").isEqualTo("Type a whole number: “12,5” has decimals.");
    }

    @Test
    void aThousandsSeparatorIsRefusedWithBothReadings() {
        NumberText.Reading english = NumberText.parse("1,500", Locale.ENGLISH, false);
        assertThat(english.ok()).isFalse();
        assertThat(english.message(ENGLISH))
                .isEqualTo("“1,500” can be read two ways. Write decimals with “.” and no thousands separator: type 1.5 or 1500.");
        NumberText.Reading danish = NumberText.parse("1.500", DA, false);
        assertThat(danish.message(DANISH))
                .isEqualTo("„1.500“ kan læses på to måder. Skriv decimaler med „,“ og uden tusindtalsadskiller: skriv 1,5 eller 1500.");
        assertThat(NumberText.parse("1,500", Locale.ENGLISH, true).message(ENGLISH))
                .isEqualTo("Type “1,500” without thousands separators: 1500.");
        assertThat(NumberText.parse("1,500.5", Locale.ENGLISH, false).message(ENGLISH))
                .isEqualTo("Type “1,500.5” without thousands separators: 1500.5.");
    }

    @Test
    void otherTextSaysWhatToType() {
        assertThat(NumberText.parse("lots", Locale.ENGLISH, false).message(ENGLISH)).isEqualTo("Type a number, such as 7.5.");
        assertThat(NumberText.parse("", DA, false).message(DANISH)).isEqualTo("Skriv et tal, fx 7,5.");
        assertThat(NumberText.parse("1,2,3", DA, false).message(DANISH)).isEqualTo("Skriv et tal, fx 7,5.");
        assertThat(NumberText.parse("1.5", Locale.ENGLISH, true).message(ENGLISH)).isEqualTo("Type a whole number: “1.5” has decimals.");
        assertThat(NumberText.parse("ninety", DA, true).message(DANISH)).isEqualTo("Skriv et tal, fx 15.");
    }
}
