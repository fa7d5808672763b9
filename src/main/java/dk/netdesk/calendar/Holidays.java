package dk.netdesk.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dk.netdesk.db.Settings;
import dk.netdesk.ui.Messages;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Public holidays of the user's country, from the Jollyday library (its holiday rules, not a table of
 * our own), named in the UI language. The country is a setting (key {@code calendar.holidays}): a
 * Jollyday calendar id such as {@code "dk"} (the default) or {@code "de"}, or {@code "none"}.
 *
 * <p>Names: the calendar bundle's {@code calendar.holiday.<Jollyday key>} when it has one (the Danish
 * names, which Jollyday does not ship), else Jollyday's own name in the UI language (English when it
 * has none in that language). Reading the setting is a database read and the first look-up of a
 * country reads its XML rules (about a second): call from the background (database) thread. Safe to
 * call from several threads.
 */
public final class Holidays {

    /** One public holiday: its date and its name in the UI language. */
    public record Holiday(LocalDate date, String name) {
    }

    /** The Settings key of the holiday country. */
    public static final String COUNTRY = "calendar.holidays";
    /** The country value that shows no holidays. */
    public static final String NONE = "none";
    /** The default country: Denmark. */
    public static final String DEFAULT_COUNTRY = "dk";

    private final Settings settings;
    private final Messages messages;
    /** Per country and year, the holidays as (date, Jollyday key, Jollyday holiday) — names are looked up per call. */
    private final Map<String, List<de.focus_shift.jollyday.core.Holiday>> cache = new ConcurrentHashMap<>();
    private volatile String country;

    /**
     * @param settings where the country is kept; null for no setting (then always {@link #DEFAULT_COUNTRY}
     *                 until {@link #saveCountry} is called, which then only keeps it in memory)
     * @param messages the UI language and the calendar bundle, for the names
     */
    public Holidays(Settings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    /** Holidays that show nothing: for callers built without a holiday setting (tests, tools). */
    public static Holidays none(Messages messages) {
        Holidays none = new Holidays(null, messages);
        none.country = NONE;
        return none;
    }

    /**
     * The public holidays from {@code from} (inclusive) to {@code to} (exclusive), by date, named in
     * the UI language; empty when the country is {@link #NONE} or {@code to} is not after {@code from}.
     * Only public holidays count (Jollyday's {@code PUBLIC_HOLIDAY}), not observances.
     */
    public List<Holiday> between(LocalDate from, LocalDate to) {
        String current = country();
        if (NONE.equals(current) || !to.isAfter(from)) {
            return List.of();
        }
        Locale locale = messages.getLocale();
        List<Holiday> found = new ArrayList<>();
        for (int year = from.getYear(); year <= to.minusDays(1).getYear(); year++) {
            for (var holiday : ofYear(current, year)) {
                if (!holiday.getDate().isBefore(from) && holiday.getDate().isBefore(to)) {
                    found.add(new Holiday(holiday.getDate(), name(holiday, locale)));
                }
            }
        }
        found.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::name));
        return found;
    }

    /** The holidays of the calendar year, by date (a convenience over {@link #between}). */
    public List<Holiday> ofYear(int year) {
        return between(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The holiday country: a Jollyday calendar id ({@link #countries()}) or {@link #NONE}; read from the settings once. */
    public String country() {
        String known = country;
        if (known == null) {
            String stored = settings == null ? DEFAULT_COUNTRY : settings.get(COUNTRY, DEFAULT_COUNTRY);
            known = NONE.equals(stored) || countries().contains(stored) ? stored : DEFAULT_COUNTRY;
            country = known;
        }
        return known;
    }

    /**
     * Stores the holiday country (database write when built with settings).
     *
     * @throws IllegalArgumentException (nothing stored) when it is neither {@link #NONE} nor one of {@link #countries()}
     */
    public void saveCountry(String id) {
        if (!NONE.equals(id) && !countries().contains(id)) {
            throw new IllegalArgumentException("Not a holiday country: " + id);
        }
        if (settings != null) {
            settings.put(COUNTRY, id);
        }
        country = id;
    }

    /**
     * The countries Jollyday knows, as lower-case ISO 3166 codes ("dk", "de", "se", …); stock exchanges
     * and other calendars that are not countries are left out.
     */
    public static List<String> countries() {
        return COUNTRIES;
    }

    private static final List<String> COUNTRIES = Stream.of(HolidayCalendar.values()).map(HolidayCalendar::getId)
            .filter(id -> id.length() == 2).map(id -> id.toLowerCase(Locale.ROOT)).distinct().sorted().toList();

    /** A country's name in the given language ("Danmark", "Denmark"); {@link #NONE} gives "". */
    public static String countryName(String id, Locale locale) {
        return NONE.equals(id) ? "" : new Locale("", id.toUpperCase(Locale.ROOT)).getDisplayCountry(locale);
    }

    private List<de.focus_shift.jollyday.core.Holiday> ofYear(String id, int year) {
        try {
            return cache.computeIfAbsent(id + ":" + year, key -> {
                HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(id));
                return manager.getHolidays(Year.of(year)).stream()
                        .filter(h -> h.getType() == HolidayType.PUBLIC_HOLIDAY).toList();
            });
        } catch (RuntimeException | LinkageError e) {
            // rules that cannot be read must not keep the calendar from loading: no holidays, and a line in the log
            dk.netdesk.ui.ErrorReporter.logQuietly("reading the public holidays of " + id + " " + year, e);
            return List.of();
        }
    }

    private String name(de.focus_shift.jollyday.core.Holiday holiday, Locale locale) {
        return ownName(holiday.getPropertiesKey()).orElseGet(() -> holiday.getDescription(locale));
    }

    private Optional<String> ownName(String key) {
        try {
            return Optional.of(messages.get("calendar.holiday." + key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
