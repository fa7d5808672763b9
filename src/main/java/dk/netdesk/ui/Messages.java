package dk.netdesk.ui;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Access to the resource bundles, one per feature package ({@code dk/netdesk/<feature>/messages*.properties}).
 * The language can change at runtime through {@link #localeProperty()}.
 */
public final class Messages {

    /** The languages Netdesk is written in; the first is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, new Locale("da"));

    private final List<String> baseNames;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private List<ResourceBundle> bundles = List.of();
    private final java.util.Map<String, java.time.format.DateTimeFormatter> formatters = new java.util.concurrent.ConcurrentHashMap<>();

    public Messages(Locale locale, List<String> baseNames) {
        this.baseNames = List.copyOf(baseNames);
        this.locale.addListener((obs, old, now) -> load(now));
        this.locale.set(supported(locale));
    }

    /** Danish if the locale's language is Danish, else English. */
    public static Locale supported(Locale locale) {
        return locale != null && "da".equals(locale.getLanguage()) ? LANGUAGES.get(1) : LANGUAGES.get(0);
    }

    private void load(Locale uiLocale) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> loaded = new ArrayList<>();
        for (String baseName : baseNames) {
            loaded.add(ResourceBundle.getBundle(baseName, uiLocale, Messages.class.getClassLoader(), noFallback));
        }
        bundles = loaded;
        formatters.clear();
    }

    public String get(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("No text for " + key, getClass().getName(), key);
    }

    /**
     * The text of {@code key} with {@code args} filled in, in the current language. A text argument that
     * ends in a period (a name such as "Mette S.", or a description ending in one) takes the place of the
     * period that follows it in the pattern: "Added {0}." gives "Added Mette S.", never "Mette S..".
     */
    public String format(String key, Object... args) {
        return new MessageFormat(onePeriod(get(key), args), getLocale()).format(args);
    }

    /** {@code pattern} without the period after each {@code {n}} whose text argument ends in one (before a space or the end). */
    static String onePeriod(String pattern, Object... args) {
        String result = pattern;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof CharSequence text && text.toString().endsWith(".")) {
                result = result.replaceAll("\\{" + i + "\\}\\.(?=\\s|$)", "{" + i + "}");
            }
        }
        return result;
    }

    /**
     * A date in the UI language's one date style (key {@code format.date}): "30 Nov 2026", Danish "30. nov. 2026".
     * Empty for null. Every date a person reads is written this way or in one of the shorter or longer forms below
     * (decision 0030).
     */
    public String date(java.time.temporal.TemporalAccessor date) {
        return pattern("format.date", date);
    }

    /** Day and month (key {@code format.dayMonth}): "30 Nov", Danish "30. nov."; empty for null. */
    public String dayMonth(java.time.temporal.TemporalAccessor date) {
        return pattern("format.dayMonth", date);
    }

    /**
     * Day and month in figures (key {@code format.dayMonthNumeric}), the short form of the date field's order, for
     * tight places such as the week view's day headers: "30/11", Danish "30.11"; empty for null.
     */
    public String dayMonthNumeric(java.time.temporal.TemporalAccessor date) {
        return pattern("format.dayMonthNumeric", date);
    }

    /** Day and month written out (key {@code format.dayMonthLong}): "30 November", Danish "30. november"; empty for null. */
    public String dayMonthLong(java.time.temporal.TemporalAccessor date) {
        return pattern("format.dayMonthLong", date);
    }

    /** A date with its weekday (key {@code format.weekdayDate}): "Mon 30 Nov 2026", Danish "man. 30. nov. 2026"; empty for null. */
    public String weekdayDate(java.time.temporal.TemporalAccessor date) {
        return pattern("format.weekdayDate", date);
    }

    /** Weekday, day and month (key {@code format.weekdayDayMonth}): "Mon 30 Nov", Danish "man. 30. nov."; empty for null. */
    public String weekdayDayMonth(java.time.temporal.TemporalAccessor date) {
        return pattern("format.weekdayDayMonth", date);
    }

    /** A date written out (key {@code format.longDate}): "30 November 2026", Danish "30. november 2026"; empty for null. */
    public String longDate(java.time.temporal.TemporalAccessor date) {
        return pattern("format.longDate", date);
    }

    /**
     * A date written out with its weekday, for headings (key {@code format.fullDate}): "Monday 30 November 2026",
     * Danish "mandag 30. november 2026"; empty for null.
     */
    public String fullDate(java.time.temporal.TemporalAccessor date) {
        return pattern("format.fullDate", date);
    }

    /** Month and year (key {@code format.monthYear}): "November 2026", Danish "november 2026"; empty for null. */
    public String monthYear(java.time.temporal.TemporalAccessor date) {
        return pattern("format.monthYear", date);
    }

    /** The short weekday name (key {@code format.weekday}): "Mon", Danish "man."; empty for null. */
    public String weekday(java.time.temporal.TemporalAccessor date) {
        return pattern("format.weekday", date);
    }

    /**
     * A time of day on the 24-hour clock, "20:45", in both languages (as {@link TimeOfDay#format(int)} writes
     * minutes); empty for null.
     *
     * @param time a LocalTime, LocalDateTime or ZonedDateTime (read as its wall-clock time)
     */
    public String time(java.time.temporal.TemporalAccessor time) {
        return time == null ? "" : TimeOfDay.format(time.get(java.time.temporal.ChronoField.MINUTE_OF_DAY));
    }

    /**
     * A date and time of day (key {@code format.dateTime}): "30 Nov 2026, 20:45", Danish "30. nov. 2026 kl. 20:45".
     * Needs a date and a time (a LocalDateTime, or a ZonedDateTime shown in its own zone); empty for null.
     */
    public String dateTime(java.time.temporal.TemporalAccessor dateTime) {
        return pattern("format.dateTime", dateTime);
    }

    /**
     * A date and time to the second (key {@code format.dateTimeSeconds}): "1 Dec 2026, 01:12:05", Danish
     * "1. dec. 2026 kl. 01:12:05": for backups, which can be taken within the same minute and must be told apart
     * wherever they are named. Empty for null.
     */
    public String dateTimeSeconds(java.time.temporal.TemporalAccessor dateTime) {
        return pattern("format.dateTimeSeconds", dateTime);
    }

    /**
     * The formatter of one of the {@code format.*} date styles above in the UI language, for code that formats many
     * values with it (a printed week); prefer the named methods.
     *
     * @param key a {@code format.*} key holding a DateTimeFormatter pattern, e.g. {@code format.dayMonth}
     */
    public java.time.format.DateTimeFormatter dateFormat(String key) {
        return formatters.computeIfAbsent(key, k -> java.time.format.DateTimeFormatter.ofPattern(get(k), getLocale())
                .withDecimalStyle(java.time.format.DecimalStyle.STANDARD));
    }

    private String pattern(String key, java.time.temporal.TemporalAccessor value) {
        return value == null ? "" : dateFormat(key).format(value);
    }

    /**
     * A whole percentage as the UI language writes it (key {@code format.percent}): "80%", Danish "80 %" (with a
     * no-break space).
     *
     * @param share the share, 1.0 being 100 %; rounded down to a whole percent, so 0.999 is "99%", never "100%"
     */
    public String percent(double share) {
        return format("format.percent", (long) Math.floor(share * 100 + 1e-9));
    }

    /** A number with the current language's separators and at most the given decimals. */
    public String number(double value, int maxDecimals) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
    }

    /**
     * A file's size as the whole app shows it (attachments, backups…), in decimal units (1 kB = 1,000 bytes) and
     * the UI language's number format: under 1,000 bytes the exact count ("0 bytes", "1 byte", "17 bytes"; Danish
     * "0 byte", "17 byte"), then kB, MB, GB and TB with one decimal below 10 and none from 10 on ("1.5 kB",
     * "812 kB", "10 MB"; Danish "1,5 kB"). A value that rounds to 1,000 of a unit is written in the next one
     * (999,999 bytes is "1 MB"). Keys {@code size.byte}, {@code size.bytes}, {@code size.kb} … {@code size.tb}.
     *
     * @param bytes the size in bytes; a negative value is shown as 0
     */
    public String fileSize(long bytes) {
        if (bytes < 1000) {
            long count = Math.max(0, bytes);
            return format(count == 1 ? "size.byte" : "size.bytes", number(count, 0));
        }
        String[] units = {"size.kb", "size.mb", "size.gb", "size.tb"};
        double value = bytes / 1000.0;
        int unit = 0;
        while (true) {
            int decimals = value < 9.95 ? 1 : 0;
            double rounded = decimals == 1 ? Math.round(value * 10) / 10.0 : Math.round(value);
            if (rounded >= 1000 && unit < units.length - 1) {
                value /= 1000;
                unit++;
                continue;
            }
            return format(units[unit], number(rounded, decimals));
        }
    }

    /**
     * A length of time in hours as the whole app writes it, on screen and on paper: whole hours and
     * minutes, rounded to the nearest minute, e.g. "2 h 15 min", "45 min", "13 h" (Danish "2 t 15 min").
     * Negative values get a minus sign. Keys {@code hours.hours}, {@code hours.minutes}, {@code hours.both}.
     */
    public String hours(double hours) {
        long total = Math.round(Math.abs(hours) * 60);
        String sign = hours < 0 && total > 0 ? "-" : "";
        long whole = total / 60;
        long minutes = total % 60;
        if (minutes == 0) {
            return sign + format("hours.hours", whole);
        }
        return sign + (whole == 0 ? format("hours.minutes", minutes) : format("hours.both", whole, minutes));
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale value) {
        locale.set(supported(value));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }
}
