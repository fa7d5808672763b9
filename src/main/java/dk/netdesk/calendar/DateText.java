package dk.netdesk.calendar;

import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import javafx.util.StringConverter;

/** Dates typed and shown in the app's language (the JVM's default locale may differ). */
final class DateText {

    private DateText() {
    }

    /** A converter for date pickers: the short date of the app's language; unreadable or blank text gives null. */
    static StringConverter<LocalDate> converter(Messages messages) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(messages.getLocale());
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.trim(), format);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }
}
