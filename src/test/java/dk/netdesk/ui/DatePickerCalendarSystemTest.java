package dk.netdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.app.Bundles;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A date picker keeps the ISO calendar whatever the machine's locale (issue 17, item 7; decision 0040): JavaFX takes
 * a picker's calendar system from the default locale, so on a machine set to Thai with the Buddhist calendar the
 * picker counted years from 543 BC (2569 for 2026).
 */
@ExtendWith(ApplicationExtension.class)
class DatePickerCalendarSystemTest {

    Locale before;
    Locale beforeFormat;
    Locale beforeDisplay;

    @BeforeEach
    void thaiMachine() {
        before = Locale.getDefault();
        beforeFormat = Locale.getDefault(Locale.Category.FORMAT);
        beforeDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"));
    }

    @AfterEach
    void machineBack() {
        Locale.setDefault(before);
        Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
        Locale.setDefault(Locale.Category.DISPLAY, beforeDisplay);
    }

    @Test
    void thePickerCountsYearsInTheIsoCalendarAndWritesLatinDigits(FxRobot robot) {
        for (Locale language : Messages.LANGUAGES) {
            Messages messages = new Messages(language, Bundles.ALL);
            DatePicker[] picker = new DatePicker[1];
            robot.interact(() -> picker[0] = DateText.picker("test-date", messages));

            assertThat(picker[0].getChronology()).isEqualTo(IsoChronology.INSTANCE);
            LocalDate christmas = LocalDate.of(2026, 12, 24);
            String shown = picker[0].getConverter().toString(christmas);
            assertThat(shown).isEqualTo(language.getLanguage().equals("da") ? "24.12.2026" : "24/12/2026");
            assertThat(picker[0].getConverter().fromString(shown)).isEqualTo(christmas);
        }
    }
}
