package dk.netdesk.calendar;

import dk.netdesk.ui.NumberText;
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
 * time as text ("18:00-21:00, 22:00-23:00"; a span ends on its own day, 24:00 at the latest), the weekly
 * budget in hours (0 to 168, read by {@link NumberText} in the UI language: "7.5" in English, "7,5" in Danish)
 * and the break rule in whole minutes (15 to 600).
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
     * (the key's {0} is that day's name; day is null for the budget, the break rule and the zone), the
     * key's other arguments ({@code details}, e.g. the clashing times), and for a number that cannot be
     * read, what {@link NumberText} found (its message is the key's last argument; null otherwise).
     */
    public record Problem(String key, DayOfWeek day, List<String> details, NumberText.Reading reading) {

        /** A problem whose message takes only the day's name (or nothing). */
        public Problem(String key, DayOfWeek day) {
            this(key, day, List.of(), null);
        }

        /** A problem about a day's times or a limit, with the message's other arguments. */
        public Problem(String key, DayOfWeek day, List<String> details) {
            this(key, day, details, null);
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

        /** The whole message in the UI language; {@code dayName} is the day's name in it (unused without a day). */
        public String message(dk.netdesk.ui.Messages messages, String dayName) {
            Object[] args = arguments(dayName);
            if (reading != null) {
                args = java.util.Arrays.copyOf(args, args.length + 1);
                args[args.length - 1] = reading.message(messages);
            }
            return messages.format(key, args);
        }

        /**
         * The field the problem is about, with {@link #day()} for the days' fields: a day's work windows (also for a
         * work window that overlaps the protected time), a day's protected time, the budget, the break rule or the
         * home time zone. A refused Save focuses the first problem's field.
         */
        public Field field() {
            if (key.startsWith("calendar.balance.errorProtected")) {
                return Field.PROTECTED;
            }
            if (key.startsWith("calendar.balance.errorBudget")) {
                return Field.BUDGET;
            }
            if (key.startsWith("calendar.balance.errorBreak")) {
                return Field.BREAK;
            }
            if (key.startsWith("calendar.balance.errorZone")) {
                return Field.ZONE;
            }
            return Field.WINDOWS;
        }
    }

    /** The dialog's fields a {@link Problem} can be about; the two day fields come once per weekday. */
    public enum Field {
        WINDOWS, PROTECTED, BUDGET, BREAK, ZONE
    }

    /** The whole day as protected time: what "Free day" writes. */
    static final String WHOLE_DAY = "00:00-24:00";

    private final Locale locale;
    private final Map<DayOfWeek, DaySpansForm> windowRows = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, DaySpansForm> protectedRows = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, javafx.beans.property.BooleanProperty> freeDays = new EnumMap<>(DayOfWeek.class);
    /** A day's work windows and protected time as they were before "Free day" was checked in this dialog. */
    private final Map<DayOfWeek, String[]> beforeFree = new EnumMap<>(DayOfWeek.class);
    /** True while "Free day" writes a day's two fields, or while the fields set "Free day". */
    private boolean makingFree;
    private boolean settingFree;
    private final Map<DayOfWeek, StringProperty> windows = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, StringProperty> protectedTime = new EnumMap<>(DayOfWeek.class);
    private final StringProperty budget = new SimpleStringProperty("");
    private final StringProperty breakMinutes = new SimpleStringProperty("");
    private final StringProperty homeZone = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final javafx.collections.ObservableList<Problem> problems = javafx.collections.FXCollections.observableArrayList();
    private final javafx.collections.ObservableList<Problem> problemsView = javafx.collections.FXCollections.unmodifiableObservableList(problems);
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
        for (DayOfWeek day : DayOfWeek.values()) {
            windowRows.put(day, new DaySpansForm(windows.get(day)));
            protectedRows.put(day, new DaySpansForm(protectedTime.get(day)));
            javafx.beans.property.BooleanProperty free = new javafx.beans.property.SimpleBooleanProperty(false);
            freeDays.put(day, free);
            // a change listener (not an invalidation one): it reads every change, so the other listeners hear each one too
            javafx.beans.value.ChangeListener<String> follow = (obs, was, now) -> {
                if (!makingFree) {
                    settingFree = true;
                    free.set(isFree(day));
                    settingFree = false;
                }
            };
            windows.get(day).addListener(follow);
            protectedTime.get(day).addListener(follow);
            free.addListener((obs, was, now) -> {
                if (!settingFree) {
                    makeFree(day, now);
                }
            });
        }
        budget.addListener(recheck);
        breakMinutes.addListener(recheck);
        homeZone.addListener(recheck);
    }

    /** Fills the fields from settings (the budget exactly as stored, in the language's decimal mark); {@link #isChanged()} compares with them. */
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
        beforeFree.clear();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.get(day).set(BalanceSettings.format(settings.windows(day)));
            protectedTime.get(day).set(BalanceSettings.format(settings.protectedTime(day)));
        }
        // exactly as stored ("7,55"), so that saving unchanged changes nothing
        budget.set(NumberText.format(settings.budgetHours(), locale));
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
     * The settings the fields describe; every problem (one per wrong field, in the order of the dialog:
     * the days from Monday, work windows before protected time, then the budget, the break rule and the
     * zone) in {@link #problemsProperty()}, the first of them in {@link #problemProperty()}.
     * From the first call on, every change of a field checks again, so a shown problem clears or
     * changes as soon as the field it is about is changed.
     *
     * @return the settings, or empty when a day's times cannot be read, end after midnight or overlap, a
     *     work window overlaps that day's protected time (the problem names both spans), the budget or
     *     break rule is no number in the UI language ({@link NumberText}) or out of its limits, or the home
     *     time zone names no zone
     */
    public Optional<BalanceSettings> settings() {
        checking = true;
        List<Problem> found = new java.util.ArrayList<>();
        Map<DayOfWeek, List<TimeSpan>> w = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<TimeSpan>> p = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            spans(windows.get(day).get(), day, "Window", found).ifPresent(list -> w.put(day, list));
            spans(protectedTime.get(day).get(), day, "Protected", found).ifPresent(list -> p.put(day, list));
            for (TimeSpan window : w.getOrDefault(day, List.of())) {
                for (TimeSpan prot : p.getOrDefault(day, List.of())) {
                    if (window.startMinute() < prot.endMinute() && prot.startMinute() < window.endMinute()) {
                        found.add(new Problem("calendar.balance.errorOverlap", day,
                                List.of(BalanceSettings.format(List.of(window)), BalanceSettings.format(List.of(prot)))));
                    }
                }
            }
        }
        NumberText.Reading budgetReading = NumberText.parse(budget.get(), locale, false);
        double hours = budgetReading.ok() ? budgetReading.value().doubleValue() : -1;
        if (!budgetReading.ok()) {
            found.add(new Problem("calendar.balance.errorBudgetNumber", null, List.of(), budgetReading));
        } else if (hours < 0 || hours > MAX_BUDGET_HOURS) {
            found.add(new Problem("calendar.balance.errorBudget", null));
        }
        NumberText.Reading breakReading = NumberText.parse(breakMinutes.get(), locale, true);
        int minutes = breakReading.ok() && breakReading.value().abs().compareTo(java.math.BigDecimal.valueOf(100_000)) < 0
                ? breakReading.value().intValue() : -1;
        if (!breakReading.ok()) {
            found.add(new Problem("calendar.balance.errorBreakNumber", null, List.of(), breakReading));
        } else if (minutes < MIN_BREAK_MINUTES || minutes > MAX_BREAK_MINUTES) {
            found.add(new Problem("calendar.balance.errorBreak", null));
        }
        if (!homeZone.get().isBlank() && zone().isEmpty()) {
            found.add(new Problem("calendar.balance.errorZone", null));
        }
        problems.setAll(found);
        problem.set(found.isEmpty() ? null : found.get(0));
        return found.isEmpty() ? Optional.of(new BalanceSettings(w, p, hours, minutes)) : Optional.empty();
    }

    /**
     * Reads one day's field ("18:00-21:00, 22:00-23:00"); adds its problem and answers empty when a part
     * cannot be read ({@code calendar.balance.error<what>Text}), ends after midnight
     * ({@code calendar.balance.error<what>Midnight}, with the two halves to type instead) or overlaps another
     * ({@code calendar.balance.error<what>Overlaps}). {@code what} is "Window" or "Protected".
     */
    private static Optional<List<TimeSpan>> spans(String text, DayOfWeek day, String what, List<Problem> found) {
        List<TimeSpan> spans = new java.util.ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] ends = part.trim().split("\\s*[-–]\\s*");
            java.util.OptionalInt from = ends.length == 2 ? dk.netdesk.ui.TimeOfDay.minutes(ends[0]) : java.util.OptionalInt.empty();
            java.util.OptionalInt to = ends.length == 2 ? dk.netdesk.ui.TimeOfDay.minutes(ends[1]) : java.util.OptionalInt.empty();
            if (from.isEmpty() || to.isEmpty() || from.getAsInt() >= 1440) {
                // "7,5" is cut at its comma into "7" and "5": name what was typed, not the piece (the lists join
                // their times with ", ", so a comma with a space after it is no decimal comma)
                String typed = text.matches("(?s).*\\d,\\d.*") ? text.trim() : part.trim();
                found.add(new Problem("calendar.balance.error" + what + "Text", day, List.of(typed)));
                return Optional.empty();
            }
            if (to.getAsInt() <= from.getAsInt()) {
                String start = dk.netdesk.ui.TimeOfDay.format(from.getAsInt());
                String end = dk.netdesk.ui.TimeOfDay.format(to.getAsInt());
                found.add(new Problem("calendar.balance.error" + what + "Midnight", day,
                        List.of(start + "-" + end, start + "-24:00", "00:00-" + end)));
                return Optional.empty();
            }
            spans.add(new TimeSpan(from.getAsInt(), to.getAsInt()));
        }
        spans.sort((a, b) -> Integer.compare(a.startMinute(), b.startMinute()));
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).startMinute() < spans.get(i - 1).endMinute()) {
                found.add(new Problem("calendar.balance.error" + what + "Overlaps", day,
                        List.of(spans.get(i - 1).text(), spans.get(i).text())));
                return Optional.empty();
            }
        }
        return Optional.of(spans);
    }

    /** The work windows of a weekday as text, e.g. "18:00-21:00"; empty for none. */
    public StringProperty windowsProperty(DayOfWeek day) {
        return windows.get(day);
    }

    /** The protected personal time of a weekday as text, e.g. "17:00-24:00"; empty for none. */
    public StringProperty protectedProperty(DayOfWeek day) {
        return protectedTime.get(day);
    }

    /** A weekday's work windows as rows of a start and an end, in step with {@link #windowsProperty(DayOfWeek)}. */
    public DaySpansForm windowRows(DayOfWeek day) {
        return windowRows.get(day);
    }

    /** A weekday's protected time as rows of a start and an end, in step with {@link #protectedProperty(DayOfWeek)}. */
    public DaySpansForm protectedRows(DayOfWeek day) {
        return protectedRows.get(day);
    }

    /**
     * "Free day": true while the day has no work window and all of it (00:00-24:00) is protected time; it follows
     * the day's fields. Set to true, it empties the work windows and protects the whole day, remembering what was
     * there; set to false, it puts back what was there before it was set in this dialog (or, for a day that was
     * free when the dialog opened, leaves the day with no protected time).
     */
    public javafx.beans.property.BooleanProperty freeDayProperty(DayOfWeek day) {
        return freeDays.get(day);
    }

    private boolean isFree(DayOfWeek day) {
        String work = windows.get(day).get();
        if (work != null && !work.isBlank()) {
            return false;
        }
        try {
            return BalanceSettings.parseSpans(protectedTime.get(day).get()).equals(List.of(TimeSpan.of(0, 0, 24, 0)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void makeFree(DayOfWeek day, boolean free) {
        if (free == isFree(day)) {
            return;
        }
        makingFree = true;
        try {
            if (free) {
                beforeFree.put(day, new String[] {windows.get(day).get(), protectedTime.get(day).get()});
                windows.get(day).set("");
                protectedTime.get(day).set(WHOLE_DAY);
            } else {
                String[] before = beforeFree.remove(day);
                windows.get(day).set(before == null ? "" : before[0]);
                protectedTime.get(day).set(before == null ? "" : before[1]);
                if (isFree(day)) {
                    protectedTime.get(day).set("");
                }
            }
        } finally {
            makingFree = false;
        }
    }

    /** The weekly work budget in hours, as typed. */
    public StringProperty budgetProperty() {
        return budget;
    }

    /** The break rule in minutes, as typed. */
    public StringProperty breakMinutesProperty() {
        return breakMinutes;
    }

    /** Everything {@link #settings()} found wrong, one problem per wrong field (kept current once checked); empty when all is well. */
    public javafx.collections.ObservableList<Problem> problemsProperty() {
        return problemsView;
    }

    /** The first thing {@link #settings()} found wrong (kept current as the fields change once checked), or null. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
