package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Typed dates: four- and two-digit years, one- or two-digit days, and text that is no date. */
class DateTextTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static DatePicker picker(Locale locale) {
        return DateText.picker("d", new Messages(locale, Bundles.ALL));
    }

    @Test
    void englishPutsTheDayFirstShowsFourDigitYearsAndReadsTwoDigitYearsAsTheNearestCentury() {
        DatePicker picker = picker(Locale.ENGLISH);
        StringConverter<LocalDate> text = picker.getConverter();
        assertThat(text.toString(LocalDate.of(1985, 5, 3))).isEqualTo("03/05/1985");
        assertThat(text.fromString("3/5/85")).isEqualTo(LocalDate.of(1985, 5, 3));
        assertThat(text.fromString("24/12/2030")).isEqualTo(LocalDate.of(2030, 12, 24));
        assertThat(text.fromString("2/1/27")).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(text.fromString("1985-05-03")).isEqualTo(LocalDate.of(1985, 5, 3));
        // the month-first American form is no date here: the 30th month does not exist
        assertThat(text.fromString("11/30/2026")).isNull();
    }

    @Test
    void danishReadsDaysAndMonthsWithOneOrTwoDigits() {
        StringConverter<LocalDate> text = picker(new Locale("da", "DK")).getConverter();
        assertThat(text.toString(LocalDate.of(1985, 5, 3))).isEqualTo("03.05.1985");
        assertThat(text.fromString("3.5.1985")).isEqualTo(LocalDate.of(1985, 5, 3));
        assertThat(text.fromString("03.05.85")).isEqualTo(LocalDate.of(1985, 5, 3));
    }

    @Test
    void textThatIsNoDateKeepsTheValueAndThrowsNothing() {
        DatePicker picker = picker(Locale.ENGLISH);
        picker.setValue(LocalDate.of(1990, 1, 1));
        assertThat(picker.getConverter().fromString("hello")).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(picker.getConverter().fromString("45/13/2020")).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(picker.getConverter().fromString("  ")).isNull();
    }

    @Test
    void englishReadsTheDateAsTheAppShowsItInAnyCase() {
        Messages messages = new Messages(Locale.ENGLISH, Bundles.ALL);
        StringConverter<LocalDate> text = DateText.picker("d", messages).getConverter();
        LocalDate day = LocalDate.of(2026, 11, 30);
        String shown = messages.dateFormat("format.date").format(day);
        assertThat(shown).isEqualTo("30 Nov 2026");
        assertThat(text.fromString(shown)).isEqualTo(day);
        assertThat(text.fromString("30 nov 2026")).isEqualTo(day);
        assertThat(text.fromString("30 NOVEMBER 2026")).isEqualTo(day);
        assertThat(text.fromString("2026-11-30")).isEqualTo(day);
        assertThat(text.fromString("30/11/2026")).isEqualTo(day);
        // a day the month does not have, and a month the language does not have, are no dates
        assertThat(text.fromString("31 Nov 2026")).isNull();
        assertThat(text.fromString("30 nov. 2026")).isEqualTo(day);
        assertThat(text.fromString("30 nvo 2026")).isNull();
    }

    @Test
    void danishReadsTheDateAsTheAppShowsItWithOrWithoutPeriods() {
        Messages messages = new Messages(new Locale("da", "DK"), Bundles.ALL);
        StringConverter<LocalDate> text = DateText.picker("d", messages).getConverter();
        LocalDate day = LocalDate.of(2026, 11, 30);
        String shown = messages.dateFormat("format.date").format(day);
        assertThat(shown).isEqualTo("30. nov. 2026");
        assertThat(text.fromString(shown)).isEqualTo(day);
        assertThat(text.fromString("30. nov 2026")).isEqualTo(day);
        assertThat(text.fromString("30 Nov. 2026")).isEqualTo(day);
        assertThat(text.fromString("30. NOVEMBER 2026")).isEqualTo(day);
        assertThat(text.fromString("3. maj 1985")).isEqualTo(LocalDate.of(1985, 5, 3));
        assertThat(text.fromString("2026-11-30")).isEqualTo(day);
        assertThat(text.fromString("30.11.2026")).isEqualTo(day);
        // English month names are not Danish ones
        assertThat(text.fromString("3. may 1985")).isNull();
        assertThat(text.fromString("31. nov. 2026")).isNull();
    }
}
