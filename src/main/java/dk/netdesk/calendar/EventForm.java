package dk.netdesk.calendar;

import dk.netdesk.ui.TimeOfDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The event dialog's fields and rules: it reads the typed times, turns "24:00" into the next
 * midnight, makes an all-day event end at the start of the day after its last day, builds the
 * repeat rule from the chosen options, and says (as a message key) what keeps the event from being
 * saved. Times are wall-clock times in the calendar's zone.
 */
public final class EventForm {

    /** The reminder choices offered besides none, in minutes before the start. */
    public static final List<Integer> REMINDERS = List.of(5, 15, 30, 60, 1440);

    /** How often the event repeats. */
    public enum Repeat {
        NONE(null), DAILY(RepeatRule.Freq.DAILY), WEEKLY(RepeatRule.Freq.WEEKLY), MONTHLY(RepeatRule.Freq.MONTHLY);

        private final RepeatRule.Freq frequency;

        Repeat(RepeatRule.Freq frequency) {
            this.frequency = frequency;
        }

        /** The choice for a stored rule; NONE for null. */
        public static Repeat of(RepeatRule rule) {
            return rule == null ? NONE : valueOf(rule.frequency().name());
        }

        /** The bundle key of the choice's name, e.g. {@code calendar.dialog.repeat.weekly}. */
        public String key() {
            return "calendar.dialog.repeat." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** When a repeating event stops. */
    public enum RepeatEnd {
        NEVER, UNTIL, COUNT;

        /** The choice for a stored rule; NEVER for null or a rule without an end. */
        public static RepeatEnd of(RepeatRule rule) {
            if (rule == null || (rule.until() == null && rule.count() == null)) {
                return NEVER;
            }
            return rule.count() != null ? COUNT : UNTIL;
        }

        /** The bundle key of the choice's name, e.g. {@code calendar.dialog.ends.until}. */
        public String key() {
            return "calendar.dialog.ends." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The fields a problem is shown under, in the order the dialog shows them (top to bottom, then left to right
     * within a row): the first of them in error is the one a refused Save focuses ({@link #firstErrorFieldProperty()}).
     */
    public enum Field {
        TITLE, DATE, START, END, END_DATE, KIND, LOCATION, NOTES, CONTACT, UNTIL, COUNT, REMINDER
    }

    /**
     * What is wrong with one field: a bundle key and its arguments, e.g. {@code input.time.unreadable}
     * with the typed text.
     */
    public record Problem(String key, List<String> args) {
        public Problem {
            args = List.copyOf(args);
        }

        static Problem of(String key, String... args) {
            return new Problem(key, List.of(args));
        }
    }

    /** The message key for typed time text that is not a time; argument 0 is the text. */
    static final String TIME_UNREADABLE = "input.time.unreadable";
    /** The message key for typed date text that is not a date (as {@code dk.netdesk.ui.DateText.UNREADABLE}). */
    static final String DATE_UNREADABLE = "input.date.unreadable";

    /** The number of occurrences offered when a series gets a count. */
    static final int DEFAULT_COUNT = 10;
    /** The most occurrences a count may give. */
    static final int MAX_COUNT = 999;
    /** The start "New event" offers on a day without a work window. */
    static final LocalTime DEFAULT_START = LocalTime.of(18, 0);

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final BooleanProperty allDay = new SimpleBooleanProperty();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObservableList<Kind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<ContactRef> contacts = FXCollections.observableArrayList();
    private final ObjectProperty<ContactRef> contact = new SimpleObjectProperty<>();
    private final ObjectProperty<Repeat> repeat = new SimpleObjectProperty<>(Repeat.NONE);
    private final Map<DayOfWeek, BooleanProperty> weekdays = new EnumMap<>(DayOfWeek.class);
    private final ObjectProperty<RepeatEnd> repeatEnd = new SimpleObjectProperty<>(RepeatEnd.NEVER);
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> count = new SimpleObjectProperty<>(DEFAULT_COUNT);
    private final ObjectProperty<Integer> reminder = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Field> firstErrorField = new ReadOnlyObjectWrapper<>();
    private final javafx.collections.ObservableMap<Field, Problem> shown = FXCollections.observableMap(new EnumMap<>(Field.class));
    private final javafx.collections.ObservableMap<Field, Problem> shownView = FXCollections.unmodifiableObservableMap(shown);
    /** Text typed into a date field that is no date, by field (DATE, END_DATE, UNTIL); null while readable. */
    private final Map<Field, StringProperty> unreadableDates = new EnumMap<>(Map.of(
            Field.DATE, new SimpleStringProperty(), Field.END_DATE, new SimpleStringProperty(), Field.UNTIL, new SimpleStringProperty()));
    /** What is wrong with the count typed into the dialog, or null while it is readable. */
    private final ObjectProperty<Problem> typedCountProblem = new SimpleObjectProperty<>();
    private java.time.ZoneId eventZone;
    private String timesNote;
    private java.time.ZoneId homeZone;
    /** The draft the form was filled from: an event already planned with a blocked person may keep its place. */
    private EventDraft original;
    /** The fields' values as {@link #edit} filled them: {@link #isChanged()} compares with these. */
    private List<Object> asOpened = List.of();
    /** True once Save was pressed: from then on the error follows every change of the fields. */
    private boolean checking;
    private final BooleanBinding repeats = repeat.isNotNull().and(repeat.isNotEqualTo(Repeat.NONE));
    private final BooleanBinding weekly = repeat.isEqualTo(Repeat.WEEKLY);
    private final BooleanBinding endsOnDate = repeats.and(repeatEnd.isEqualTo(RepeatEnd.UNTIL));
    private final BooleanBinding endsAfterCount = repeats.and(repeatEnd.isEqualTo(RepeatEnd.COUNT));
    private final javafx.beans.binding.IntegerBinding skippedMonthDay = javafx.beans.binding.Bindings.createIntegerBinding(
            () -> repeat.get() == Repeat.MONTHLY && date.get() != null && date.get().getDayOfMonth() >= 29
                    ? date.get().getDayOfMonth() : 0, repeat, date);

    /** An empty form: no contacts to link, work category. Fill it with {@link #edit(EventDraft, List)}. */
    public EventForm() {
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.put(day, new SimpleBooleanProperty());
        }
        contacts.add(null);
        category.addListener((obs, old, now) -> showKindsOf(now));
        category.set(Category.WORK);
        javafx.beans.InvalidationListener recheck = obs -> recheck();
        for (javafx.beans.Observable field : List.of(title, date, endDate, start, end, allDay, category, kind, location,
                notes, contact, repeat, repeatEnd, until, count, reminder)) {
            field.addListener(recheck);
        }
        weekdays.values().forEach(day -> day.addListener(recheck));
        unreadableDates.values().forEach(typed -> typed.addListener(recheck));
        typedCountProblem.addListener(recheck);
        date.addListener((obs, old, now) -> followDate(old, now));
        allDay.addListener((obs, old, now) -> {
            if (now) {
                keepLastDayFromStart();
            }
        });
    }

    /**
     * A changed date carries what depends on it along: "Weekly on" ticks the new weekday when only
     * the old date's weekday was ticked (the default the form chose), and an all-day event's last day
     * moves by the same number of days, so it keeps its length and never lies before the start.
     */
    private void followDate(LocalDate old, LocalDate now) {
        if (old == null || now == null) {
            return;
        }
        Set<DayOfWeek> ticked = EnumSet.noneOf(DayOfWeek.class);
        weekdays.forEach((day, selected) -> {
            if (selected.get()) {
                ticked.add(day);
            }
        });
        if (ticked.isEmpty() || ticked.equals(EnumSet.of(old.getDayOfWeek()))) {
            weekdays.forEach((day, selected) -> selected.set(day == now.getDayOfWeek()));
        }
        if (endDate.get() != null) {
            endDate.set(endDate.get().plusDays(java.time.temporal.ChronoUnit.DAYS.between(old, now)));
        }
        keepLastDayFromStart();
    }

    /** The last day is never before the start day: it becomes the start day. */
    private void keepLastDayFromStart() {
        if (date.get() != null && (endDate.get() == null || endDate.get().isBefore(date.get()))) {
            endDate.set(date.get());
        }
    }

    /** After a Save was refused, a changed field shows its new problems at once (or none). */
    private void recheck() {
        if (checking) {
            show();
        }
    }

    /** Puts the problems found now in {@link #shownProblems()} and the first one's key in {@link #errorProperty()}. */
    private void show() {
        Map<Field, Problem> now = problems();
        shown.keySet().retainAll(now.keySet());
        shown.putAll(now);
        error.set(now.isEmpty() ? null : now.values().iterator().next().key());
        firstErrorField.set(now.isEmpty() ? null : now.keySet().iterator().next());
    }

    /**
     * The draft "New event" opens with: the day at the start of its first work window (18:00 when
     * it has none), one hour long; see {@link #newDraft(LocalDateTime, LocalDateTime, BalanceSettings)}.
     */
    public static EventDraft newDraft(LocalDate day, BalanceSettings balance) {
        List<TimeSpan> windows = balance.windows(day.getDayOfWeek());
        LocalDateTime start = day.atTime(windows.isEmpty() ? DEFAULT_START : windows.get(0).start());
        return newDraft(start, start.plusHours(1), balance);
    }

    /**
     * The draft of a new event over [start, end) (wall-clock times in the calendar's zone), without
     * a title: prospecting when its first minute falls in a work window of that weekday, family otherwise.
     */
    public static EventDraft newDraft(LocalDateTime start, LocalDateTime end, BalanceSettings balance) {
        return new EventDraft("", start, end, false, "", "", null, EventDraft.kindForSlot(start, balance), null, null);
    }

    /**
     * For a new event: while the category and kind are still the ones its slot gave it (the user has not picked
     * others), a changed date or start time gives the kind of the new slot ({@link EventDraft#kindForSlot}), so the
     * default follows where the event starts, however the dialog was opened (Ctrl+N opens on the shown day's first
     * work window, or 18:00 on a day without one). Call once after {@link #edit}, with the balance settings the
     * draft was made with.
     */
    public void followSlot(BalanceSettings balance) {
        Kind[] given = {kind.get()};
        javafx.beans.InvalidationListener follow = obs -> {
            if (kind.get() != given[0] || allDay.get()) {
                return; // the user chose a kind (or the day is all-day): theirs from now on
            }
            OptionalInt minutes = TimeOfDay.minutes(start.get());
            if (date.get() == null || minutes.isEmpty() || minutes.getAsInt() >= TimeOfDay.END_OF_DAY) {
                return;
            }
            Kind now = EventDraft.kindForSlot(date.get().atTime(LocalTime.of(minutes.getAsInt() / 60,
                    minutes.getAsInt() % 60)), balance);
            if (now != given[0]) {
                given[0] = now;
                category.set(now.category());
                kind.set(now);
            }
        };
        date.addListener(follow);
        start.addListener(follow);
    }

    /** A kind of another category gives way to the first kind of the new one. */
    private void showKindsOf(Category now) {
        Kind keep = kind.get();
        kinds.setAll(now == null ? List.of() : Kind.of(now));
        kind.set(keep != null && keep.category() == now ? keep : kinds.isEmpty() ? null : kinds.get(0));
    }

    /**
     * Fills the form from a draft.
     *
     * @param draft the event as it is (its times wall-clock in the calendar's zone); an all-day
     *     draft ends at the start of the day after its last day
     * @param linkable the contacts the event can be linked to; the draft's contact is chosen among them
     */
    public void edit(EventDraft draft, List<ContactRef> linkable) {
        checking = false;
        original = draft;
        contacts.setAll(linkable);
        contacts.add(0, null);
        error.set(null);
        firstErrorField.set(null);
        shown.clear();
        title.set(draft.title());
        date.set(draft.start().toLocalDate());
        start.set(TimeOfDay.format(draft.start().getHour() * 60 + draft.start().getMinute()));
        end.set(endText(draft));
        allDay.set(draft.allDay());
        endDate.set(endDay(draft));
        category.set(draft.kind().category());
        kind.set(draft.kind());
        location.set(draft.location());
        notes.set(draft.notes());
        contact.set(linkable.stream().filter(c -> draft.contactId() != null && c.id() == draft.contactId())
                .findFirst().orElse(null));
        fillRepeat(draft.repeat(), draft.start().toLocalDate());
        reminder.set(draft.reminderMinutes());
        asOpened = fields();
    }

    /**
     * True when a field differs from what {@link #edit} filled in: closing the dialog then asks before
     * the changes are thrown away. A field changed and changed back counts as unchanged.
     */
    public boolean isChanged() {
        return !fields().equals(asOpened);
    }

    /** Every field's value, in a fixed order (for {@link #isChanged()}). */
    private List<Object> fields() {
        List<Object> values = new java.util.ArrayList<>(java.util.Arrays.asList(title.get(), date.get(), endDate.get(),
                start.get(), end.get(), allDay.get(), category.get(), kind.get(), location.get(), notes.get(), contact.get(),
                repeat.get(), repeatEnd.get(), until.get(), count.get(), reminder.get()));
        weekdays.values().forEach(day -> values.add(day.get()));
        return values;
    }

    /** The times fields (date, last day, start, end, all day) as they are now. */
    private List<Object> timeFields() {
        return java.util.Arrays.asList(date.get(), endDate.get(), start.get(), end.get(), allDay.get());
    }

    /**
     * A timed event that ends at a midnight after its start shows "24:00" on the day before (so
     * 22:00 Tue → 00:00 Wed is "Tue 22:00 – Tue 24:00").
     */
    private static String endText(EventDraft draft) {
        if (endsAtMidnightAfterStart(draft)) {
            return TimeOfDay.format(TimeOfDay.END_OF_DAY);
        }
        LocalDateTime e = draft.end();
        return TimeOfDay.format(e.getHour() * 60 + e.getMinute());
    }

    /**
     * The day shown as the end date: an all-day event's last day (the day before its exclusive end);
     * a timed event's end day, or the day before when it ends at a midnight after its start ("24:00").
     */
    private static LocalDate endDay(EventDraft draft) {
        LocalDate day = draft.end().toLocalDate();
        return draft.allDay() || endsAtMidnightAfterStart(draft) ? day.minusDays(1) : day;
    }

    private static boolean endsAtMidnightAfterStart(EventDraft draft) {
        LocalDateTime e = draft.end();
        return !draft.allDay() && e.toLocalTime().equals(LocalTime.MIDNIGHT) && e.toLocalDate().isAfter(draft.start().toLocalDate());
    }

    private void fillRepeat(RepeatRule rule, LocalDate first) {
        Set<DayOfWeek> days = rule == null || rule.weekdays().isEmpty() ? Set.of(first.getDayOfWeek()) : rule.weekdays();
        weekdays.forEach((day, selected) -> selected.set(days.contains(day)));
        repeat.set(Repeat.of(rule));
        repeatEnd.set(RepeatEnd.of(rule));
        until.set(rule != null && rule.until() != null ? rule.until() : first.plusMonths(3));
        count.set(rule != null && rule.count() != null ? rule.count() : DEFAULT_COUNT);
    }

    /**
     * The event the fields describe.
     *
     * @return the draft, or empty when the date is missing or a time cannot be read. A timed event
     *     starts on the date and ends on the end date (missing: the date), so it can run past midnight;
     *     a typed "24:00" is the midnight after the end date. An all-day event runs from the start of
     *     its date to the start of the day after its last day (a missing or earlier last day means one
     *     day). While the date, end date, times and all day are as {@link #edit} filled them, the
     *     draft keeps the edited event's own start and end to the second, so an imported event saves
     *     unchanged. The draft may still have {@link EventDraft#problems()}.
     */
    public Optional<EventDraft> draft() {
        LocalDate day = date.get();
        if (day == null) {
            return Optional.empty();
        }
        LocalDateTime s;
        LocalDateTime e;
        if (original != null && !asOpened.isEmpty() && timeFields().equals(asOpened.subList(1, 6))) {
            s = original.start();
            e = original.end();
        } else if (allDay.get()) {
            LocalDate last = endDate.get() == null || endDate.get().isBefore(day) ? day : endDate.get();
            s = day.atStartOfDay();
            e = last.plusDays(1).atStartOfDay();
        } else {
            OptionalInt from = TimeOfDay.minutes(start.get());
            OptionalInt to = TimeOfDay.minutes(end.get());
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            LocalDate endDay = endDate.get() == null ? day : endDate.get();
            s = day.atStartOfDay().plusMinutes(from.getAsInt());
            e = endDay.atStartOfDay().plusMinutes(to.getAsInt());
        }
        return Optional.of(new EventDraft(title.get(), s, e, allDay.get(), location.get(), notes.get(),
                contact.get() == null ? null : contact.get().id(), kind.get(), repeatRule(), reminder.get()));
    }

    /** The rule the repeat options make; null when the event does not repeat. Weekdays count only for weekly. */
    public RepeatRule repeatRule() {
        if (!repeats.get()) {
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        weekdays.forEach((day, selected) -> {
            if (selected.get()) {
                days.add(day);
            }
        });
        RepeatEnd ends = repeatEnd.get() == null ? RepeatEnd.NEVER : repeatEnd.get();
        return new RepeatRule(repeat.get().frequency, 1, repeat.get() == Repeat.WEEKLY ? days : Set.of(),
                ends == RepeatEnd.UNTIL ? until.get() : null, ends == RepeatEnd.COUNT ? count.get() : null);
    }

    /**
     * Tells the form the event's own time zone (its times are wall-clock times there) and the user's
     * home time zone; see {@link #otherZone()}.
     */
    public void setZones(java.time.ZoneId event, java.time.ZoneId home) {
        this.eventZone = event;
        this.homeZone = home;
    }

    /** The event's zone when it is not the home time zone (the dialog says so), else null. */
    public java.time.ZoneId otherZone() {
        return eventZone == null || homeZone == null || eventZone.equals(homeZone) ? null : eventZone;
    }

    /**
     * A note on the times of the occurrence being edited, shown under its times (e.g. that a spring-forward gap
     * moved it: {@link EventNames#gapMove}); null for none. Text in the UI language.
     */
    public void setTimesNote(String note) {
        this.timesNote = note;
    }

    /** The note given to {@link #setTimesNote}, or null. */
    public String timesNote() {
        return timesNote;
    }

    /** The home time zone given to {@link #setZones}, or null. */
    public java.time.ZoneId homeZone() {
        return homeZone;
    }

    /** The bundle key of the first thing that keeps the event from being saved (see {@link #problems()}), or empty. */
    public Optional<String> problem() {
        return problems().values().stream().findFirst().map(Problem::key);
    }

    /**
     * Everything that keeps the event from being saved, at most one problem per field, in {@link Field}
     * order: date text that could not be read ({@link #unreadableDateProperty}) and a count that could
     * not be read ({@link #typedCountProblemProperty}), a missing date, start or
     * end times that are empty or no time (not for an all-day event), then the draft's own problems
     * ({@link EventDraft#problems()}: the title, the kind, the end before the start or too far after it,
     * the repeat's end, the reminder) and a contact marked do-not-contact.
     *
     * @return the problems by field, in field order; empty when the event can be saved
     */
    public Map<Field, Problem> problems() {
        Map<Field, Problem> found = new EnumMap<>(Field.class);
        unreadableDates.forEach((field, typed) -> {
            if (typed.get() != null && (field != Field.UNTIL || endsOnDate.get())) {
                found.put(field, Problem.of(DATE_UNREADABLE, dk.netdesk.ui.Digits.toLatin(typed.get())));
            }
        });
        if (typedCountProblem.get() != null && endsAfterCount.get()) {
            found.put(Field.COUNT, typedCountProblem.get());
        }
        if (date.get() == null) {
            found.putIfAbsent(Field.DATE, Problem.of("calendar.error.date"));
        }
        if (!allDay.get()) {
            timeProblem(start.get()).ifPresent(p -> found.put(Field.START, p));
            timeProblem(end.get()).ifPresent(p -> found.put(Field.END, p));
        }
        textProblem(title.get(), false).ifPresent(p -> found.put(Field.TITLE, p));
        // imported places may hold line breaks (Apple writes them), so the place allows them
        textProblem(location.get(), true).ifPresent(p -> found.put(Field.LOCATION, p));
        textProblem(notes.get(), true).ifPresent(p -> found.put(Field.NOTES, p));
        Optional<EventDraft> d = draft();
        // without readable times the other fields are still checked, on a draft without times
        EventDraft checked = d.orElseGet(() -> new EventDraft(title.get(), null, null, allDay.get(), location.get(),
                notes.get(), contact.get() == null ? null : contact.get().id(), kind.get(), repeatRule(), reminder.get()));
        for (String key : checked.problems()) {
            if (d.isPresent() || !key.equals("calendar.error.time")) {
                found.putIfAbsent(fieldOf(key), Problem.of(key));
            }
        }
        if (d.isPresent() && blocked(d.get())) {
            found.putIfAbsent(Field.CONTACT, Problem.of("calendar.error.doNotContact"));
        }
        if (d.isEmpty() && !found.containsKey(Field.DATE) && !found.containsKey(Field.START) && !found.containsKey(Field.END)) {
            found.put(Field.START, Problem.of("calendar.error.time"));
        }
        return found;
    }

    /** A control character or broken text in a typed text ({@link dk.netdesk.ui.TypedText#problem}). */
    private static Optional<Problem> textProblem(String typed, boolean multiLine) {
        return Optional.ofNullable(dk.netdesk.ui.TypedText.problem(typed, multiLine)).map(Problem::of);
    }

    /** An empty time asks for one; text that is no time says so, with the text (its digits as 0-9). */
    private static Optional<Problem> timeProblem(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.of(Problem.of("calendar.error.timeEmpty"));
        }
        // the message names the text with Latin digits, as the app writes every time ("٢٥:٩٩" → "25:99")
        return TimeOfDay.minutes(text).isPresent() ? Optional.empty()
                : Optional.of(Problem.of(TIME_UNREADABLE, dk.netdesk.ui.Digits.toLatin(text)));
    }

    /** The field a problem of {@link EventDraft#problems()} is shown under. */
    private static Field fieldOf(String key) {
        return switch (key) {
            case "calendar.error.title", "calendar.error.titleTooLong" -> Field.TITLE;
            case "calendar.error.kind" -> Field.KIND;
            case "calendar.error.locationTooLong" -> Field.LOCATION;
            case "calendar.error.notesTooLong" -> Field.NOTES;
            case "calendar.error.endBeforeStart", "calendar.error.tooLong" -> Field.END;
            case "calendar.error.count" -> Field.COUNT;
            case "calendar.error.until" -> Field.UNTIL;
            case "calendar.error.reminder" -> Field.REMINDER;
            default -> Field.START;
        };
    }

    /**
     * True when the draft would plan a follow-up, prospecting or presentation with a person marked
     * do-not-contact. An event that was already linked to them with such a kind passes as long as its
     * times stay (it may be renamed, unlinked or given another kind); the calendar's repository holds
     * the same rule.
     */
    private boolean blocked(EventDraft draft) {
        ContactRef linked = contact.get();
        if (linked == null || !linked.doNotContact() || draft.kind() == null || !draft.kind().reachesOut()) {
            return false;
        }
        boolean alreadyPlanned = original != null && original.contactId() != null && original.contactId() == linked.id()
                && original.kind() != null && original.kind().reachesOut()
                && original.start().equals(draft.start()) && original.end().equals(draft.end());
        return !alreadyPlanned;
    }

    /**
     * The do-not-contact reason of the linked contact ("" when marked without one), or null when no
     * contact is linked or they may be contacted: the dialog shows the badge beside the contact.
     */
    public String contactBlockReason() {
        return contact.get() == null ? null : contact.get().blockReason();
    }

    /**
     * Checks the form: puts every field's problem in {@link #shownProblems()} and the first problem's key
     * (or null) in {@link #errorProperty()}; true when it can be saved. From then on (until the next
     * {@link #edit}) every change of a field checks again, so an error clears or changes as soon as the
     * field it is about is changed.
     */
    public boolean validate() {
        checking = true;
        show();
        return shown.isEmpty();
    }

    /**
     * The problems {@link #validate()} found, by field (kept current as the fields change after it): the
     * dialog shows each under its own field. Empty before the first {@link #validate()}.
     */
    public javafx.collections.ObservableMap<Field, Problem> shownProblems() {
        return shownView;
    }

    /**
     * Text typed into the date field {@code field} (DATE, END_DATE or UNTIL) that is no date, or null
     * while the field holds a date: the dialog binds it to its picker; while it is set the event cannot
     * be saved (the repeat end date only counts while the event ends on a date).
     *
     * @throws IllegalArgumentException for a field that is no date field
     */
    public StringProperty unreadableDateProperty(Field field) {
        StringProperty typed = unreadableDates.get(field);
        if (typed == null) {
            throw new IllegalArgumentException("not a date field: " + field);
        }
        return typed;
    }

    /**
     * What is wrong with the text typed as the repeat's count (no whole number from 1 to {@value #MAX_COUNT}:
     * a bundle key of {@code dk.netdesk.ui.SpinnerText} and its arguments), or null while it is readable: the
     * dialog binds it to its count field; while it is set and the event ends after a count, the event cannot
     * be saved and the problem is the count's.
     */
    public ObjectProperty<Problem> typedCountProblemProperty() {
        return typedCountProblem;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The (first) day of the event. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /**
     * The end date: of an all-day event its last day (inclusive), of a timed event the day its end
     * time is on. It follows the date (keeping the event's length in days) and is never before it.
     */
    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    /** The typed start time, read by {@link TimeOfDay}. */
    public StringProperty startProperty() {
        return start;
    }

    /** The typed end time, read by {@link TimeOfDay}; "24:00" is the end of the day. */
    public StringProperty endProperty() {
        return end;
    }

    public BooleanProperty allDayProperty() {
        return allDay;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    /** The kinds of the chosen category. */
    public ObservableList<Kind> kinds() {
        return kinds;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The contacts the event can be linked to; the first is null, for no contact. */
    public ObservableList<ContactRef> contacts() {
        return contacts;
    }

    /** The linked contact, or null. */
    public ObjectProperty<ContactRef> contactProperty() {
        return contact;
    }

    public ObjectProperty<Repeat> repeatProperty() {
        return repeat;
    }

    /** Whether a weekly event repeats on the given weekday. */
    public BooleanProperty weekdayProperty(DayOfWeek day) {
        return weekdays.get(day);
    }

    public ObjectProperty<RepeatEnd> repeatEndProperty() {
        return repeatEnd;
    }

    /** The last day of a series that ends on a date (inclusive). */
    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    /** The number of occurrences of a series that ends after a count. */
    public ObjectProperty<Integer> countProperty() {
        return count;
    }

    /** Minutes before the start to remind, or null for no reminder. */
    public ObjectProperty<Integer> reminderProperty() {
        return reminder;
    }

    /**
     * The first field, in the dialog's order ({@link Field}), that {@link #validate()} found in error (kept current as
     * the fields change), or null while none is: a refused Save puts the keyboard focus on this field's control, and
     * its problem is the one in {@link #shownProblems()} under that field.
     */
    public ReadOnlyObjectProperty<Field> firstErrorFieldProperty() {
        return firstErrorField.getReadOnlyProperty();
    }

    /** The bundle key of what {@link #validate()} found wrong (kept current as the fields change), or null. */
    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True when the event repeats: the end options apply. */
    public BooleanBinding repeatsProperty() {
        return repeats;
    }

    /**
     * The day of the month (29, 30 or 31) that some months lack, when the event repeats monthly from such a
     * day: those months are skipped (RFC 5545), which the dialog says ({@code calendar.dialog.monthEnd}).
     * 0 otherwise: not monthly, or from the 1st to the 28th.
     */
    public javafx.beans.binding.IntegerBinding skippedMonthDayProperty() {
        return skippedMonthDay;
    }

    /** True when the event repeats weekly: the weekdays apply. */
    public BooleanBinding weeklyProperty() {
        return weekly;
    }

    /** True when a repeating event ends on a date. */
    public BooleanBinding endsOnDateProperty() {
        return endsOnDate;
    }

    /** True when a repeating event ends after a number of occurrences. */
    public BooleanBinding endsAfterCountProperty() {
        return endsAfterCount;
    }
}
