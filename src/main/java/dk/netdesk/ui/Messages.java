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

    public Messages(Locale locale, List<String> baseNames) {
        this.baseNames = List.copyOf(baseNames);
        this.locale.addListener((obs, old, now) -> load(now));
        this.locale.set(supported(locale));
    }

    /** Danish if the locale's language is Danish, else English. */
    public static Locale supported(Locale locale) {
        return locale != null && "da".equals(locale.getLanguage()) ? LANGUAGES.get(1) : LANGUAGES.get(0);
    }

    private void load(Locale now) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> loaded = new ArrayList<>();
        for (String baseName : baseNames) {
            loaded.add(ResourceBundle.getBundle(baseName, now, Messages.class.getClassLoader(), noFallback));
        }
        bundles = loaded;
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

    /** A date in the current language's medium style, e.g. "28. nov. 2026". */
    public String date(java.time.LocalDate date) {
        return date == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(getLocale()).format(date);
    }

    /** A date and time in the current language's short style. */
    public String dateTime(java.time.temporal.TemporalAccessor dateTime) {
        return dateTime == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(getLocale()).format(dateTime);
    }

    /**
     * A date and time to the second in the current language's medium style, e.g. "Dec 1, 2026, 1:12:05 AM"
     * or "1. dec. 2026 01.12.05": for backups, which can be taken within the same minute and must be
     * told apart wherever they are named.
     */
    public String dateTimeSeconds(java.time.temporal.TemporalAccessor dateTime) {
        return dateTime == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(getLocale()).format(dateTime);
    }

    /** A number with the current language's separators and at most the given decimals. */
    public String number(double value, int maxDecimals) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
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
