package dk.netdesk.calendar;

import dk.netdesk.db.Settings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calendar operations that other features and the print page use: scheduling a follow-up for a
 * contact, a contact's next linked event, the balance settings and the plain plan of a week.
 */
public final class CalendarService {

    static final String BALANCE = "calendar.balance";
    static final String FOLLOW_UP_TITLE = "calendar.followUp.title";
    static final String HOME_ZONE = "calendar.homeZone";

    private final CalendarRepository repository;
    private final Settings settings;
    private final Clock clock;
    private final java.util.function.Function<Long, String> contactName;
    private final java.util.function.Function<String, String> text;

    /**
     * @param contactName the name of a contact by id (empty string if unknown), for follow-up titles
     * @param text        the localised text of a bundle key with one argument, e.g. "Follow-up: {0}"
     */
    public CalendarService(CalendarRepository repository, Settings settings, Clock clock,
                           java.util.function.Function<Long, String> contactName,
                           java.util.function.Function<String, String> text) {
        this(repository, settings, clock, contactName, text, null);
    }

    /**
     * As above, with the public holidays the week's figures and the calendar's views use (null: none).
     *
     * @param holidays the user's public holidays (the country is their setting)
     */
    public CalendarService(CalendarRepository repository, Settings settings, Clock clock,
                           java.util.function.Function<Long, String> contactName,
                           java.util.function.Function<String, String> text, Holidays holidays) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.contactName = contactName;
        this.text = text;
        this.holidays = holidays;
    }

    private final Holidays holidays;

    /** The public holidays from {@code from} (inclusive) to {@code to} (exclusive), in the UI language; empty without holidays. */
    public List<Holidays.Holiday> holidays(LocalDate from, LocalDate to) {
        return holidays == null ? List.of() : holidays.between(from, to);
    }

    /** The holiday country ({@link Holidays#country()}), or {@link Holidays#NONE} when built without holidays. */
    public String holidayCountry() {
        return holidays == null ? Holidays.NONE : holidays.country();
    }

    /**
     * Stores the holiday country.
     *
     * @throws IllegalArgumentException (nothing stored) when it is no known country, or when built without holidays
     */
    public void saveHolidayCountry(String id) {
        if (holidays == null) {
            throw new IllegalArgumentException("This calendar has no public holidays");
        }
        holidays.saveCountry(id);
    }

    /** The calendar's zone: the home time zone (see {@link #homeZone()}). */
    public ZoneId zone() {
        return homeZone();
    }

    /**
     * The user's home time zone (Settings key {@code calendar.homeZone}): new events take it and the
     * calendar shows times in it. When none is stored, or what is stored is no zone, the system's zone
     * (the clock's).
     */
    public ZoneId homeZone() {
        Optional<String> stored = settings.get(HOME_ZONE);
        if (stored.isPresent()) {
            try {
                return ZoneId.of(stored.get());
            } catch (java.time.DateTimeException e) {
                return clock.getZone();
            }
        }
        return clock.getZone();
    }

    /** Stores the home time zone (an IANA region id such as "Europe/Copenhagen"). */
    public void saveHomeZone(ZoneId zone) {
        settings.put(HOME_ZONE, zone.getId());
    }

    /** What happens to the events in the former home zone when the home zone changes (decision 0027). */
    public enum ZoneMove {
        /** They keep their clock times (22:00 stays 22:00) and move to the new zone: the default. */
        KEEP_CLOCK_TIMES,
        /** They keep their moments in time and stay in the former zone, so their clock times in the new zone shift. */
        KEEP_MOMENTS
    }

    /**
     * The stored rows (single events, series masters and overridden occurrences) whose zone is {@code zone}
     * (the same id, or a zone with the same fixed offset, so "Etc/UTC" matches "Z"). These are the events a
     * change of the home zone from {@code zone} is about.
     */
    public List<EventRow> rowsInZone(ZoneId zone) {
        return repository.allRows().stream().filter(r -> sameZone(r.zone(), zone)).toList();
    }

    /** The number of events (single events and series, not their changed occurrences) in {@code zone}. */
    public int eventsInZone(ZoneId zone) {
        return (int) rowsInZone(zone).stream().filter(r -> !r.isOverride()).count();
    }

    static boolean sameZone(ZoneId a, ZoneId b) {
        return a.equals(b) || a.normalized().equals(b.normalized());
    }

    /**
     * The rows before and after a home-zone change: {@code before} are the rows that were rewritten as they were
     * stored, {@code after} the same rows as written (both empty when no row changed). {@code events} counts the
     * events concerned (series once).
     */
    public record ZoneChange(ZoneId from, ZoneId to, ZoneMove move, int events, List<EventRow> before, List<EventRow> after) {
    }

    /**
     * Saves the balance settings and a new home zone, and carries out {@code move} for the events in the former
     * zone {@code from}, all in one transaction: with {@link ZoneMove#KEEP_CLOCK_TIMES} every row in {@code from}
     * gets the zone {@code to} and keeps its wall-clock times (and its series' exceptions); with
     * {@link ZoneMove#KEEP_MOMENTS} the rows are left as stored (they keep their instants). Call on the database thread.
     *
     * @return what changed, for undo ({@link #undoZoneChange})
     */
    public ZoneChange changeHomeZone(BalanceSettings balance, ZoneId from, ZoneId to, ZoneMove move) {
        return repository.inTransaction(() -> {
            List<EventRow> rows = rowsInZone(from);
            int events = (int) rows.stream().filter(r -> !r.isOverride()).count();
            List<EventRow> before = move == ZoneMove.KEEP_CLOCK_TIMES ? rows : List.of();
            List<EventRow> after = before.stream().map(r -> r.withZone(to)).toList();
            saveBalanceSettings(balance);
            saveHomeZone(to);
            if (!before.isEmpty()) {
                repository.replace(before, after);
            }
            return new ZoneChange(from, to, move, events, before, after);
        });
    }

    /** Undoes {@link #changeHomeZone} in one transaction: the former balance settings, zone and rows. */
    public void undoZoneChange(ZoneChange change, BalanceSettings balanceBefore) {
        repository.inTransaction(() -> {
            saveBalanceSettings(balanceBefore);
            saveHomeZone(change.from());
            if (!change.after().isEmpty()) {
                repository.replace(change.after(), change.before());
            }
            return null;
        });
    }

    /** Does {@link #changeHomeZone} again after an undo, with the same rows (one transaction). */
    public void redoZoneChange(ZoneChange change, BalanceSettings balance) {
        repository.inTransaction(() -> {
            saveBalanceSettings(balance);
            saveHomeZone(change.to());
            if (!change.before().isEmpty()) {
                repository.replace(change.before(), change.after());
            }
            return null;
        });
    }

    /**
     * Creates a work / follow-up event linked to the contact ({@code start} wall-clock time in the
     * calendar's zone); returns the stored row.
     *
     * @throws dk.netdesk.contacts.DoNotContactException (nothing written) when the contact is marked do-not-contact
     * @throws IllegalArgumentException when the duration is not positive
     */
    public EventRow scheduleFollowUp(long contactId, LocalDateTime start, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A follow-up needs a positive duration");
        }
        String name = contactName.apply(contactId);
        String title = new java.text.MessageFormat(text.apply(FOLLOW_UP_TITLE), java.util.Locale.ROOT).format(new Object[] {name}).trim();
        EventRow row = new EventRow(0, title, start, start.plus(duration), zone(), false, "", "", contactId,
                Kind.FOLLOW_UP, null, List.of(), null, null, null);
        return repository.replace(List.of(), List.of(row)).get(0);
    }

    /**
     * True when a work / follow-up event at these times would put work into protected personal time, by the
     * calendar's one rule ({@link ProtectedTime}, decision 0028): the follow-up planned from a contact asks first,
     * as a save in the calendar does. Reads the balance settings: call on the database thread.
     *
     * @param start    wall-clock start in the calendar's zone
     * @param duration its length (positive)
     */
    public boolean followUpInProtectedTime(LocalDateTime start, Duration duration) {
        ZoneId zone = zone();
        EventRow row = new EventRow(0, "", start, start.plus(duration), zone, false, "", "", null, Kind.FOLLOW_UP,
                null, List.of(), null, null, null);
        return ProtectedTime.anywhere(new Occurrence(row, row.start(), row.end(), null), balanceSettings(), zone);
    }

    /** The contact's next linked occurrence that has not ended yet. */
    public Optional<Occurrence> nextLinkedEvent(long contactId) {
        return repository.nextForContact(contactId, clock.instant());
    }

    /** The balance settings, or the defaults when none are stored (or what is stored cannot be read). */
    public BalanceSettings balanceSettings() {
        return settings.get(BALANCE).map(CalendarService::decodeBalance).orElse(BalanceSettings.defaults());
    }

    /** Stores all balance settings as one value, so they change together or not at all. */
    public void saveBalanceSettings(BalanceSettings balance) {
        settings.put(BALANCE, encodeBalance(balance));
    }

    static String encodeBalance(BalanceSettings balance) {
        return "windows " + BalanceSettings.encode(balance.windows()) + "\n"
                + "protected " + BalanceSettings.encode(balance.protectedTime()) + "\n"
                + "budget " + balance.budgetHours() + "\n"
                + "break " + balance.breakMinutes();
    }

    static BalanceSettings decodeBalance(String text) {
        BalanceSettings defaults = BalanceSettings.defaults();
        java.util.Map<String, String> parts = new java.util.HashMap<>();
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            parts.put(space < 0 ? line.trim() : line.substring(0, space), space < 0 ? "" : line.substring(space + 1).trim());
        }
        try {
            return new BalanceSettings(
                    parts.containsKey("windows") ? BalanceSettings.decode(parts.get("windows")) : defaults.windows(),
                    parts.containsKey("protected") ? BalanceSettings.decode(parts.get("protected")) : defaults.protectedTime(),
                    parts.containsKey("budget") ? Double.parseDouble(parts.get("budget")) : defaults.budgetHours(),
                    parts.containsKey("break") ? Integer.parseInt(parts.get("break")) : defaults.breakMinutes());
        } catch (IllegalArgumentException e) {
            return defaults;
        }
    }

    /** The occurrences of the week starting on {@code monday} (in the calendar's zone) with its summary. */
    public WeekPlan weekPlan(LocalDate monday) {
        LocalDate start = Balance.monday(monday);
        ZoneId zone = zone();
        List<Occurrence> occurrences = repository.occurrences(start.atStartOfDay(zone).toInstant(),
                start.plusWeeks(1).atStartOfDay(zone).toInstant());
        BalanceSettings balance = balanceSettings();
        java.util.Set<LocalDate> days = new java.util.HashSet<>();
        holidays(start, start.plusWeeks(1)).forEach(h -> days.add(h.date()));
        return plan(start, occurrences, balance, Balance.summarize(occurrences, balance, start, zone, days), zone);
    }

    /**
     * The plan of the week from {@code monday}: one item per day an occurrence touches (split by {@link DayPart},
     * the rule the week grid uses), in the order of {@code occurrences} and then of the days. An item is in
     * protected time when its day's part is ({@link ProtectedTime#onDay}, the rule of the screen and the figure).
     */
    static WeekPlan plan(LocalDate monday, List<Occurrence> occurrences, BalanceSettings balance, WeekSummary summary, ZoneId zone) {
        List<WeekPlan.Item> items = new ArrayList<>();
        for (Occurrence o : occurrences) {
            boolean allDay = o.row().allDay();
            boolean breakFlag = summary.breakFlagged().contains(o.key());
            for (int d = 0; d < 7; d++) {
                DayPart part = DayPart.of(o, monday.plusDays(d), zone).orElse(null);
                if (part == null) {
                    continue;
                }
                items.add(new WeekPlan.Item(part.day(), allDay ? null : part.start(), allDay ? null : part.end(), allDay,
                        o.title(), o.row().location(), o.row().notes(), o.kind().category(), o.kind(), breakFlag,
                        ProtectedTime.onDay(o, balance, zone, part.day()),
                        part.fromDayBefore(), part.toDayAfter()));
            }
        }
        return new WeekPlan(monday, monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), items, balance.windows(),
                balance.protectedTime(), summary);
    }

    /** Occurrences whose reminder time falls in (from, to], in order of reminder time. */
    public List<Occurrence> remindersDue(Instant from, Instant to) {
        List<Occurrence> due = new ArrayList<>();
        for (Occurrence o : repository.occurrences(from, to.plus(Duration.ofDays(8)))) {
            Integer minutes = o.row().reminderMinutes();
            if (minutes == null) {
                continue;
            }
            Instant at = o.zonedStart().toInstant().minus(Duration.ofMinutes(minutes));
            if (at.isAfter(from) && !at.isAfter(to)) {
                due.add(o);
            }
        }
        due.sort(java.util.Comparator.comparing(o -> o.zonedStart().toInstant().minus(Duration.ofMinutes(o.row().reminderMinutes()))));
        return due;
    }

    /** When the reminders were last checked (persisted, so missed ones can be listed at the next start). */
    public Optional<Instant> lastReminderCheck() {
        return settings.get("calendar.reminders.checkedUntil").map(Instant::parse);
    }

    public void setLastReminderCheck(Instant instant) {
        settings.put("calendar.reminders.checkedUntil", instant.toString());
    }
}
