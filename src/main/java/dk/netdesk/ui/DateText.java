package dk.netdesk.ui;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * Dates typed and shown in date pickers, in the app's language (the JVM's default locale may differ).
 * Dates are shown with a four-digit year ("5/3/1985", "03.05.1985"). Typing accepts that form, the
 * same with a two-digit year (read as 1950–2049, so "85" is 1985 and "27" is 2027) and ISO
 * ("1985-05-03"). Text that is no date leaves the picker's value as it was: nothing is cleared and
 * nothing is thrown.
 */
public final class DateText {

    private static final int TWO_DIGIT_BASE_YEAR = 1950;

    private DateText() {
    }

    /** A date picker with this converter and the given id. */
    public static DatePicker picker(String id, Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        install(picker, messages);
        return picker;
    }

    /**
     * Gives {@code picker} the converter described above, and takes a typed date in when Enter is
     * pressed (before a default button, such as Save, acts on the same key) and when the picker loses
     * the focus, so a typed date is never dropped.
     */
    public static void install(DatePicker picker, Messages messages) {
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && picker.isEditable()) {
                picker.commitValue();
            }
        });
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now && picker.isEditable()) {
                picker.commitValue();
            }
        });
        Locale locale = messages.getLocale();
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        DateTimeFormatter shown = DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yyyy"), locale);
        // Typed days and months may have one digit or two ("3.5.1985" as well as "03.05.1985").
        String loose = pattern.replaceAll("d+", "d").replaceAll("M+", "M");
        List<DateTimeFormatter> typed = List.of(DateTimeFormatter.ofPattern(loose.replaceAll("y+", "yyyy"), locale),
                twoDigitYear(loose, locale), DateTimeFormatter.ISO_LOCAL_DATE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : shown.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter format : typed) {
                    try {
                        return LocalDate.parse(text.strip(), format);
                    } catch (DateTimeParseException notThisForm) {
                        // try the next form
                    }
                }
                return picker.getValue();
            }
        });
    }

    /** The localised short pattern with a two-digit year read as {@value #TWO_DIGIT_BASE_YEAR}–2049. */
    private static DateTimeFormatter twoDigitYear(String pattern, Locale locale) {
        String[] parts = pattern.split("y+", -1);
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().appendPattern(parts[0]);
        builder.appendValueReduced(ChronoField.YEAR, 2, 2, TWO_DIGIT_BASE_YEAR);
        if (parts.length > 1) {
            builder.appendPattern(parts[1]);
        }
        return builder.toFormatter(locale);
    }
}
