package dk.netdesk.ui;

import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of typed times of day, for every form that asks for one. It accepts an hour
 * ("18", "9"), hours and minutes with a colon or a dot ("18:00", "18.30", "9:05"), or three or
 * four digits ("1800", "930"); surrounding blanks are ignored, and digits of any script ("١٠:٣٠", "１０：３０")
 * count as 0-9 ({@link Digits#toLatin}). Minutes always have two digits: "20.5"
 * or "7.5" (half past, or five past?) is no time, so the form asks instead of guessing.
 */
public final class TimeOfDay {

    /** The minutes of a whole day: "24:00", the end of a day. */
    public static final int END_OF_DAY = 24 * 60;

    private static final Pattern HOUR_MINUTE = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?");
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,2})(\\d{2})");

    private TimeOfDay() {
    }

    /**
     * A time of day from 00:00 to 23:59.
     *
     * @param text what was typed, e.g. "18", "18:00", "18.00" or "1800"; null counts as empty
     * @return the time, or empty when the text is not a time of day (also for "24:00", which is no
     *     time of day but the end of one: see {@link #minutes(String)})
     */
    public static Optional<LocalTime> parse(String text) {
        OptionalInt minutes = minutes(text);
        if (minutes.isEmpty() || minutes.getAsInt() == END_OF_DAY) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.MIN.plusMinutes(minutes.getAsInt()));
    }

    /**
     * Minutes after midnight, where "24:00" (also "24", "24.00", "2400") is {@link #END_OF_DAY}.
     *
     * @param text what was typed, in the forms {@link #parse(String)} takes; null counts as empty
     * @return 0 to 1440, or empty when the text is not a time
     */
    public static OptionalInt minutes(String text) {
        String t = text == null ? "" : Digits.toLatin(text.strip());
        Matcher m = HOUR_MINUTE.matcher(t);
        if (!m.matches()) {
            m = DIGITS.matcher(t);
            if (!m.matches()) {
                return OptionalInt.empty();
            }
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour > 24 || minute > 59 || (hour == 24 && minute != 0)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(hour * 60 + minute);
    }

    /**
     * The one written form of a time of day, in both languages: 24-hour "HH:mm" of minutes after midnight (0 to
     * 1440; 1440 is written "24:00"), Latin digits. {@link Messages#time} writes times this way too.
     */
    public static String format(int minutes) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
