package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * Digits typed in another script are read as 0-9 by every reader of typed times, dates and numbers (issue 17):
 * "١٠:٣٠" is 10:30, "٢٤/١٢/٢٠٢٦" is 24 December 2026 and "٧.٥" is 7.5.
 */
class DigitsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Each digit system's 0 (its digits follow it), and a name for the message. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Arabic-Indic, \u0660",
        "Extended Arabic-Indic, \u06F0",
        "Devanagari, \u0966",
        "Thai, \u0E50",
        "Full width, \uFF10",
        "Bengali, \u09E6",
        "Myanmar, \u1040",
    })
    void everyDigitSystemIsReadAsLatinDigits(String system, char zero) {
        String ten = digits(zero, "10");
        String thirty = digits(zero, "30");
        String all = digits(zero, "0123456789");
        assertThat(Digits.toLatin(all)).as(system).isEqualTo("0123456789");

        String time = ten + ":" + thirty;
        assertThat(TimeOfDay.minutes(time)).as(system + " " + time).hasValue(10 * 60 + 30);
        assertThat(TimeOfDay.minutes(digits(zero, "1030"))).as(system).hasValue(10 * 60 + 30);
        assertThat(TimeOfDay.minutes(digits(zero, "24:00"))).as(system).hasValue(TimeOfDay.END_OF_DAY);
        assertThat(TimeOfDay.minutes(digits(zero, "25:99"))).as(system + ": still no time").isEmpty();

        NumberText.Reading hours = NumberText.parse(digits(zero, "7.5"), Locale.ENGLISH, false);
        assertThat(hours.value()).as(system).isEqualByComparingTo(new BigDecimal("7.5"));
        NumberText.Reading danish = NumberText.parse(digits(zero, "7,5"), new Locale("da"), false);
        assertThat(danish.value()).as(system).isEqualByComparingTo(new BigDecimal("7.5"));
        assertThat(SpinnerText.read(digits(zero, "12"), 1, 999, Locale.ENGLISH).value()).as(system)
                .isEqualByComparingTo(BigDecimal.valueOf(12));
        assertThat(SpinnerText.read(digits(zero, "5000"), 1, 999, Locale.ENGLISH).arguments()).as(system)
                .containsExactly("5000", "1", "999");

        DatePicker english = DateText.picker("d", new Messages(Locale.ENGLISH, Bundles.ALL));
        assertThat(english.getConverter().fromString(digits(zero, "24/12/2026"))).as(system).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(english.getConverter().fromString(digits(zero, "2026-12-24"))).as(system).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(DateText.unreadableProperty(english).get()).as(system).isNull();
        DatePicker danishPicker = DateText.picker("d", new Messages(new Locale("da"), Bundles.ALL));
        assertThat(danishPicker.getConverter().fromString(digits(zero, "24.12.2026"))).as(system).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void fullWidthSignsTypedWithFullWidthDigitsAreReadToo() {
        assertThat(Digits.toLatin("\uFF11\uFF10\uFF1A\uFF13\uFF10")).isEqualTo("10:30");
        assertThat(TimeOfDay.minutes("\uFF11\uFF10\uFF1A\uFF13\uFF10")).hasValue(630);
        assertThat(TimeOfDay.minutes("\uFF11\uFF10\uFF0E\uFF13\uFF10")).hasValue(630);
    }

    @Test
    void nothingElseChanges() {
        assertThat(Digits.toLatin(null)).isNull();
        String plain = "Kundemøde 10:30 – café ²³ ½ Ⅻ";
        assertThat(Digits.toLatin(plain)).isSameAs(plain);
        // a digit outside the Basic Multilingual Plane (mathematical bold) is one code point, read as one digit
        assertThat(Digits.toLatin("\uD835\uDFCF\uD835\uDFCE:30")).isEqualTo("10:30");
        assertThat(Digits.toLatin("kl. \u0661\u0660 og \u0968")).isEqualTo("kl. 10 og 2");
    }

    /** {@code latin} with its ASCII digits written in the system whose zero is {@code zero}. */
    private static String digits(char zero, String latin) {
        StringBuilder out = new StringBuilder();
        for (char c : latin.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return out.toString();
    }
}
