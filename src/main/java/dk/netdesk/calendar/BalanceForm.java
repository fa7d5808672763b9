package dk.netdesk.calendar;

import java.text.NumberFormat;
import java.text.ParseException;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The balance settings' fields and limits: per weekday the work windows and protected personal
 * time as text ("18:00-21:00, 22:00-23:00"), the weekly budget in hours (0 to 168, written with
 * the language's decimal separator) and the break rule in minutes (15 to 600).
 */
public final class BalanceForm {

    /** The largest weekly budget: every hour of the week. */
    public static final double MAX_BUDGET_HOURS = 168;
    /** The shortest run of work the break rule may allow, in minutes. */
    public static final int MIN_BREAK_MINUTES = 15;
    /** The longest run of work the break rule may allow, in minutes. */
    public static final int MAX_BREAK_MINUTES = 600;

    /**
     * What keeps the settings from being saved: a bundle key, and for the time fields the weekday
     * (the key's {0} is that day's name); day is null for the budget and the break rule.
     */
    public record Problem(String key, DayOfWeek day, List<String> details) {

        /** A problem whose message takes only the day's name (or nothing). */
        public Problem(String key, DayOfWeek day) {
            this(key, day, List.of());
        }

        /** The message arguments: the day's name (when there is a day) then the details, e.g. the clashing times. */
        public Object[] arguments(String dayName) {
            List<Object> args = new java.util.ArrayList<>();
            if (day != null) {
                args.add(dayName);
            }
            args.addAll(details);
            return args.toArray();
        }
    }

    private final Locale locale;
    private final Map<DayOfWeek, StringProperty> windows = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, StringProperty> protectedTime = new EnumMap<>(DayOfWeek.class);
    private final StringProperty budget = new SimpleStringProperty("");
    private final StringProperty breakMinutes = new SimpleStringProperty("");
    private final StringProperty homeZone = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    /** True once the fields were checked: from then on the problem follows every change of the fields. */
    private boolean checking;

    /** An empty form whose budget is read and written in the given language (e.g. "12,5" in Danish). */
    public BalanceForm(Locale locale) {
        this.locale = locale;
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.put(day, new SimpleStringProperty(""));
            protectedTime.put(day, new SimpleStringProperty(""));
        }
        javafx.beans.InvalidationListener recheck = obs -> {
            if (checking) {
                settings();
            }
        };
        windows.values().forEach(field -> field.addListener(recheck));
        protectedTime.values().forEach(field -> field.addListener(recheck));
        budget.addListener(recheck);
        breakMinutes.addListener(recheck);
        homeZone.addListener(recheck);
    }

    /** Fills the fields from settings (the budget with at most one decimal); {@link #isChanged()} compares with them. */
    public void edit(BalanceSettings settings) {
        fill(settings);
        asOpened = fields();
    }

    /**
     * True when a field differs from what {@link #edit}, {@link #editZone} and {@link #editHolidays}
     * filled in (Defaults counts as a change when it changes a field): closing the dialog then asks first.
     */
    public boolean isChanged() {
        return !fields().equals(asOpened);
    }

    private java.util.List<Object> asOpened = java.util.List.of();

    private java.util.List<Object> fields() {
        java.util.List<Object> values = new java.util.ArrayList<>();
        windows.values().forEach(field -> values.add(field.get()));
        protectedTime.values().forEach(field -> values.add(field.get()));
        values.addAll(java.util.Arrays.asList(budget.get(), breakMinutes.get(), homeZone.get(), holidayCountry.get()));
        return values;
    }

    private void fill(BalanceSettings settings) {
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.get(day).set(BalanceSettings.format(settings.windows(day)));
            protectedTime.get(day).set(BalanceSettings.format(settings.protectedTime(day)));
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        budget.set(format.format(settings.budgetHours()));
        breakMinutes.set(Integer.toString(settings.breakMinutes()));
    }

    /** Fills the home time zone field (an IANA id such as "Europe/Copenhagen"). */
    public void editZone(java.time.ZoneId zone) {
        homeZone.set(zone.getId());
        asOpened = fields();
    }

    /**
     * The typed home time zone; empty when the field is blank (the zone stays as it is) or names no
     * zone (then {@link #settings()} reports it).
     */
    public Optional<java.time.ZoneId> zone() {
        String text = homeZone.get() == null ? "" : homeZone.get().trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.ZoneId.of(text));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The home time zone as typed or picked, e.g. "Europe/Copenhagen". */
    public StringProperty homeZoneProperty() {
        return homeZone;
    }

    private final javafx.beans.property.ObjectProperty<String> holidayCountry =
            new javafx.beans.property.SimpleObjectProperty<>(Holidays.DEFAULT_COUNTRY);

    /** Picks the public holidays' country: a Jollyday id ("dk", "de", …) or {@link Holidays#NONE}; null means the default. */
    public void editHolidays(String country) {
        holidayCountry.set(country == null ? Holidays.DEFAULT_COUNTRY : country);
        asOpened = fields();
    }

    /** The picked holiday country, chosen from {@link Holidays#countries()} or {@link Holidays#NONE}. */
    public javafx.beans.property.ObjectProperty<String> holidayCountryProperty() {
        return holidayCountry;
    }

    /** Fills the fields with {@link BalanceSettings#defaults()}. */
    public void reset() {
        fill(BalanceSettings.defaults());
    }

    /**
     * The settings the fields describe, and the first problem (or null) in {@link #problemProperty()}.
     * From the first call on, every change of a field checks again, so a shown problem clears or
     * changes as soon as the field it is about is changed.
     *
     * @return the settings, or empty when a day's times cannot be read or overlap, a work window
     *     overlaps that day's protected time (the problem names both spans), the budget or
     *     break rule is out of its limits, or the home time zone names no zone
     */
    public Optional<BalanceSettings> settings() {
        checking = true;
        Map<DayOfWeek, List<TimeSpan>> w = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<TimeSpan>> p = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            try {
                w.put(day, BalanceSettings.parseSpans(windows.get(day).get()));
                p.put(day, BalanceSettings.parseSpans(protectedTime.get(day).get()));
            } catch (IllegalArgumentException e) {
                return fail(new Problem("calendar.balance.errorSpans", day));
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TimeSpan window : w.get(day)) {
                for (TimeSpan prot : p.get(day)) {
                    if (window.startMinute() < prot.endMinute() && prot.startMinute() < window.endMinute()) {
                        return fail(new Problem("calendar.balance.errorOverlap", day,
                                List.of(BalanceSettings.format(List.of(window)), BalanceSettings.format(List.of(prot)))));
                    }
                }
            }
        }
        double hours = budgetHours();
        if (hours < 0 || hours > MAX_BUDGET_HOURS) {
            return fail(new Problem("calendar.balance.errorBudget", null));
        }
        int minutes = breakMinutes();
        if (minutes < MIN_BREAK_MINUTES || minutes > MAX_BREAK_MINUTES) {
            return fail(new Problem("calendar.balance.errorBreak", null));
        }
        if (!homeZone.get().isBlank() && zone().isEmpty()) {
            return fail(new Problem("calendar.balance.errorZone", null));
        }
        problem.set(null);
        return Optional.of(new BalanceSettings(w, p, hours, minutes));
    }

    private Optional<BalanceSettings> fail(Problem found) {
        problem.set(found);
        return Optional.empty();
    }

    /** The typed budget; -1 when it is no number. */
    private double budgetHours() {
        try {
            return NumberFormat.getNumberInstance(locale).parse(budget.get().trim()).doubleValue();
        } catch (ParseException e) {
            return -1;
        }
    }

    /** The typed break rule; -1 when it is no whole number. */
    private int breakMinutes() {
        try {
            return Integer.parseInt(breakMinutes.get().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The work windows of a weekday as text, e.g. "18:00-21:00"; empty for none. */
    public StringProperty windowsProperty(DayOfWeek day) {
        return windows.get(day);
    }

    /** The protected personal time of a weekday as text, e.g. "17:00-24:00"; empty for none. */
    public StringProperty protectedProperty(DayOfWeek day) {
        return protectedTime.get(day);
    }

    /** The weekly work budget in hours, as typed. */
    public StringProperty budgetProperty() {
        return budget;
    }

    /** The break rule in minutes, as typed. */
    public StringProperty breakMinutesProperty() {
        return breakMinutes;
    }

    /** What {@link #settings()} found wrong (kept current as the fields change once checked), or null. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
