package dk.netdesk.calendar;

import dk.netdesk.db.Changes;
import dk.netdesk.ui.Background;
import dk.netdesk.ui.Messages;
import dk.netdesk.ui.StatusLine;
import dk.netdesk.ui.UndoManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The calendar screen: which period is shown (day, week, month or agenda), its occurrences, the
 * week's balance (budget, personal hours, break flags, protected-time exceptions) and the
 * commands that create, move, edit and delete events, each saved at once and undoable.
 */
public final class CalendarViewModel {

    /** The views of the calendar. */
    public enum Mode { DAY, WEEK, MONTH, AGENDA }

    /** Days the agenda lists from its date on. */
    public static final int AGENDA_DAYS = 30;

    private final CalendarRepository repository;
    private final CalendarService service;
    private final Background background;
    private final UndoManager undo;
    private final StatusLine status;
    private final Messages messages;
    private final Clock clock;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.WEEK);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Occurrence> occurrences = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WeekSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BalanceSettings> balance = new ReadOnlyObjectWrapper<>(BalanceSettings.defaults());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper budgetLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper weekNumber = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private java.util.function.BiConsumer<Occurrence, EventDraft> onSaveFailed = (occurrence, draft) -> { };
    /**
     * True while the event dialog is open again after a failed save (the view's handler waits for it): the
     * "what you typed is in the dialog again" message holds only so long.
     */
    private final javafx.beans.property.BooleanProperty dialogAgain = new javafx.beans.property.SimpleBooleanProperty();
    private List<Occurrence> weekOccurrences = List.of();
    private final ObservableList<ContactRef> contacts = FXCollections.observableArrayList();
    private final ObjectProperty<java.util.function.Consumer<LocalDate>> onPrintWeek = new SimpleObjectProperty<>();
    private final ObjectProperty<Occurrence> openRequest = new SimpleObjectProperty<>();
    /** The home time zone, read with each load (on the database thread, hence volatile). */
    private volatile ZoneId homeZone;

    public CalendarViewModel(CalendarRepository repository, CalendarService service, Changes changes, Background background,
                             UndoManager undo, StatusLine status, Messages messages, Clock clock) {
        this.repository = repository;
        this.service = service;
        this.background = background;
        this.undo = undo;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        this.homeZone = clock.getZone();
        today.set(LocalDate.now(clock));
        date.set(today.get());
        mode.addListener((obs, old, now) -> {
            lastSaved.set(null);
            load();
        });
        date.addListener((obs, old, now) -> {
            lastSaved.set(null);
            load();
        });
        messages.localeProperty().addListener((obs, old, now) -> updateTitle());
        changes.subscribe(Changes.Topic.CALENDAR, topic -> load());
        // linked contacts' names show in the event dialog
        changes.subscribe(Changes.Topic.CONTACTS, topic -> {
            contactsStale = true;
            load();
        });
        // holiday names follow the UI language
        messages.localeProperty().addListener((obs, old, now) -> load());
        this.search = new CalendarSearchViewModel(repository, background, messages, clock, this::zone, this::reveal);
    }

    /** Reads the balance settings and the shown period; a failed read sets {@link #loadFailedProperty()} and is reported. */
    public void load() {
        today.set(LocalDate.now(clock.withZone(zone())));
        LocalDate from = rangeStart();
        LocalDate to = rangeEnd();
        LocalDate monday = Balance.monday(date.get());
        LocalDate loadFrom = from.isBefore(monday) ? from : monday;
        LocalDate loadTo = to.isAfter(monday.plusWeeks(1)) ? to : monday.plusWeeks(1);
        background.run(() -> {
            ZoneId zone = service.homeZone();
            homeZone = zone;
            BalanceSettings settings = service.balanceSettings();
            List<Occurrence> all = repository.occurrences(loadFrom.atStartOfDay(zone).toInstant(),
                    loadTo.atStartOfDay(zone).toInstant());
            List<Occurrence> week = all.stream().filter(o -> Recurrences.overlaps(o,
                    monday.atStartOfDay(zone).toInstant(), monday.plusWeeks(1).atStartOfDay(zone).toInstant())).toList();
            List<Occurrence> shown = all.stream().filter(o -> Recurrences.overlaps(o,
                    from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant())).toList();
            List<Holidays.Holiday> holidayList = service.holidays(loadFrom, loadTo);
            loadedHolidays = holidayList;
            loadedHolidayCountry = service.holidayCountry();
            java.util.Set<LocalDate> holidayDays = new java.util.HashSet<>();
            holidayList.forEach(h -> holidayDays.add(h.date()));
            if (contactsStale) {
                // Read once, and again only when contacts change: not on every week navigated to.
                contactList = repository.contacts();
                contactsStale = false;
            }
            WeekSummary weekSummary = Balance.summarize(week, settings, monday, zone, holidayDays);
            // the same break rule for every shown event, not only those of the week the summary counts
            java.util.Set<String> flags = new java.util.HashSet<>(weekSummary.breakFlagged());
            flags.addAll(Balance.breakFlags(all.stream().filter(Occurrence::isWork).toList(), settings.breakMinutes()));
            return new Loaded(settings, shown, week, weekSummary, java.util.Set.copyOf(flags));
        }, loaded -> {
            // the title changes with the grid, in one pulse and one frame (issue 16): not a frame before it
            updateTitle();
            contacts.setAll(contactList);
            holidays = loadedHolidays;
            holidayCountry = loadedHolidayCountry;
            balance.set(loaded.settings());
            occurrences.setAll(loaded.shown());
            weekOccurrences = loaded.week();
            summary.set(loaded.summary());
            breakFlags = loaded.breakFlags();
            loadFailed.set(false);
            loads.set(loads.get() + 1);
        }, error -> {
            updateTitle();
            loadFailed.set(true);
            background.report(error);
        });
    }

    /**
     * True after the last read of this screen's data failed (a damaged or locked file), until one
     * succeeds: the view then says the data could not be read, never that there is none.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty loadFailedProperty() {
        return loadFailed;
    }


    private volatile List<ContactRef> contactList = List.of();
    private final javafx.beans.property.BooleanProperty loadFailed = new javafx.beans.property.SimpleBooleanProperty();

    private volatile boolean contactsStale = true;
    private volatile List<Holidays.Holiday> loadedHolidays = List.of();
    private volatile String loadedHolidayCountry = Holidays.NONE;
    private List<Holidays.Holiday> holidays = List.of();
    private String holidayCountry = Holidays.NONE;
    private final CalendarSearchViewModel search;
    private final ReadOnlyStringWrapper reveal = new ReadOnlyStringWrapper();

    private record Loaded(BalanceSettings settings, List<Occurrence> shown, List<Occurrence> week, WeekSummary summary,
                          java.util.Set<String> breakFlags) {
    }

    // ---- navigation -------------------------------------------------------------------------

    public void previous() {
        date.set(step(-1));
    }

    public void next() {
        date.set(step(1));
    }

    public void today() {
        date.set(LocalDate.now(clock.withZone(zone())));
    }

    public void goTo(LocalDate target) {
        if (target != null) {
            date.set(target);
        }
    }

    private LocalDate step(int sign) {
        LocalDate d = date.get();
        return switch (mode.get()) {
            case DAY -> d.plusDays(sign);
            case WEEK -> d.plusWeeks(sign);
            case MONTH -> d.plusMonths(sign);
            case AGENDA -> d.plusDays((long) sign * AGENDA_DAYS);
        };
    }

    /** The first day shown. */
    public LocalDate rangeStart() {
        LocalDate d = date.get();
        return switch (mode.get()) {
            case DAY, AGENDA -> d;
            case WEEK -> Balance.monday(d);
            case MONTH -> Balance.monday(d.withDayOfMonth(1));
        };
    }

    /** The day after the last day shown. */
    public LocalDate rangeEnd() {
        LocalDate start = rangeStart();
        return switch (mode.get()) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusWeeks(6);
            case AGENDA -> start.plusDays(AGENDA_DAYS);
        };
    }

    /**
     * Where a new event goes when no slot is chosen (Ctrl+N or New event outside the day and week grid): the first
     * half-hour from now on today that no timed event of today overlaps, starting on a whole or half hour. Null when
     * today is not shown (its events are not read) or nothing is free before midnight.
     */
    public LocalDateTime nextFreeHalfHour() {
        LocalDate today = todayProperty().get();
        if (today.isBefore(rangeStart()) || !today.isBefore(rangeEnd())) {
            return null;
        }
        ZoneId zone = zone();
        List<Occurrence> ofToday = occurrencesOn(today).stream().filter(o -> !o.row().allDay()).toList();
        int seconds = now().toLocalTime().toSecondOfDay();
        for (int minute = (seconds + 30 * 60 - 1) / (30 * 60) * 30; minute + 30 <= 24 * 60; minute += 30) {
            LocalDateTime start = today.atStartOfDay().plusMinutes(minute);
            LocalDateTime end = start.plusMinutes(30);
            if (ofToday.stream().noneMatch(o -> o.startIn(zone).isBefore(end) && o.endIn(zone).isAfter(start))) {
                return start;
            }
        }
        return null;
    }

    public List<LocalDate> shownDays() {
        return rangeStart().datesUntil(rangeEnd()).toList();
    }

    /**
     * The legend's lines for the days of the shown week (the week of the chosen date, as the summary) on which the
     * clock changes in the home zone: the hour that does not exist in spring, the hour that happens twice in autumn.
     * Empty on almost every week.
     */
    public List<ClockNotes.Note> clockNotes() {
        return ClockNotes.week(Balance.monday(date.get()), zone(), messages);
    }

    /** The ISO week number of a date: 2026-12-31 is in week 53, 2027-01-04 in week 1. */
    public static int isoWeek(LocalDate day) {
        return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private void updateTitle() {
        LocalDate d = date.get();
        weekNumber.set(isoWeek(d));
        // the month and agenda views show more than one week: the budget bar and the overview name theirs
        boolean named = mode.get() == Mode.MONTH || mode.get() == Mode.AGENDA;
        budgetLabel.set(named ? messages.format("calendar.budget.labelWeek", isoWeek(d)) : messages.get("calendar.budget.label"));
        summaryTitle.set(named ? messages.format("calendar.summary.titleWeek", isoWeek(d)) : messages.get("calendar.summary.title"));
        title.set(switch (mode.get()) {
            case DAY -> messages.format("calendar.title.day", isoWeek(d),
                    messages.weekdayDate(d));
            case WEEK -> messages.format("calendar.title.week", isoWeek(d), weekMonths(Balance.monday(d)));
            case MONTH -> capitalise(messages.monthYear(d));
            case AGENDA -> messages.format("calendar.title.agenda", messages.date(d), messages.date(d.plusDays(AGENDA_DAYS - 1)));
        });
    }

    /**
     * The month or months a week from {@code monday} touches: "Nov 2026", "Nov – Dec 2026", or
     * "Dec 2026 – Jan 2027" (Danish "dec. 2026 – jan. 2027") when it spans a new year.
     */
    String weekMonths(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("LLL yyyy", messages.getLocale()); // a month name, not a date: not one of the date styles
        if (monday.getMonth() == sunday.getMonth()) {
            return monthYear.format(monday);
        }
        String first = monday.getYear() == sunday.getYear()
                ? DateTimeFormatter.ofPattern("LLL", messages.getLocale()).format(monday) : monthYear.format(monday);
        return first + " – " + monthYear.format(sunday);
    }

    private String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(messages.getLocale()) + text.substring(1);
    }

    // ---- commands ---------------------------------------------------------------------------

    /**
     * True when saving the draft as a new event would put work into protected personal time: the view asks
     * first. {@link #protectedQuestion(EventDraft, ZoneId, EditScope)} for a new event in the calendar's zone.
     */
    public boolean needsProtectedConfirmation(EventDraft draft) {
        return protectedQuestion(draft, zone(), EditScope.ALL) != null;
    }

    /** The longest stretch of a series checked for protected time when it never ends: its first year. */
    static final java.time.Period SERIES_CHECK = java.time.Period.ofYears(1);
    /** The longest stretch of a series that ends (on a date or after a count) checked for protected time. */
    static final java.time.Period SERIES_CHECK_BOUNDED = java.time.Period.ofYears(5);

    /**
     * The question to ask before a save puts work into protected personal time, or null when there is nothing
     * to ask (personal kinds, an incomplete draft, no occurrence in protected time). The rule is
     * {@link ProtectedTime} (decision 0028), so the question, the marks on screen and on paper and the week's
     * figure agree. A repeating draft (with {@code scope} other than {@link EditScope#THIS}) is checked over
     * every occurrence of its first year when it never ends, else over its whole span (at most
     * {@link #SERIES_CHECK_BOUNDED}); the question then names the first occurrence in protected time. An
     * all-day draft asks when it covers a wholly protected day.
     *
     * @param draft     what would be saved: a new event, an edit from the dialog, a drag or a resize
     * @param draftZone the zone of the draft's wall-clock times (the calendar's for a new event or a drag; the
     *                  event's own for an edit in the dialog)
     * @param scope     which occurrences the save changes; {@link EditScope#THIS} checks the draft's times alone
     * @return the question's header in the UI language, or null
     */
    public String protectedQuestion(EventDraft draft, ZoneId draftZone, EditScope scope) {
        if (draft.kind() == null || !draft.kind().isWork() || draft.start() == null || draft.end() == null
                || !draft.problems().isEmpty()) {
            return null;
        }
        boolean series = draft.repeat() != null && scope != EditScope.THIS;
        EventRow row = new EventRow(0, draft.title().trim(), draft.start(), draft.end(), draftZone, draft.allDay(),
                draft.location(), draft.notes(), draft.contactId(), draft.kind(),
                series ? draft.repeat().toRrule() : null, List.of(), null, null, null);
        java.time.Instant from = WallClock.start(draft.start(), draftZone).toInstant();
        java.time.Instant to = from.plus(java.time.Duration.ofDays(1));
        if (series) {
            LocalDateTime end = draft.start().plus(draft.repeat().until() == null && draft.repeat().count() == null
                    ? SERIES_CHECK : SERIES_CHECK_BOUNDED);
            if (draft.repeat().until() != null && draft.repeat().until().plusDays(1).atStartOfDay().isBefore(end)) {
                end = draft.repeat().until().plusDays(1).atStartOfDay();
            }
            to = end.atZone(draftZone).toInstant().plus(java.time.Duration.between(draft.start(), draft.end()));
        }
        BalanceSettings settings = balance.get();
        ZoneId shown = zone();
        Occurrence first = null;
        int inProtected = 0;
        int checked = 0;
        for (Occurrence o : Recurrences.expand(List.of(row), from, to.isAfter(from) ? to : from.plusSeconds(1))) {
            checked++;
            if (ProtectedTime.anywhere(o, settings, shown)) {
                if (!series) {
                    return messages.get(draft.allDay() ? "calendar.protected.allDayHeader" : "calendar.protected.header");
                }
                first = first == null ? o : first;
                inProtected++;
            }
        }
        if (first == null) {
            return null;
        }
        return messages.format("calendar.protected.seriesHeader", EventNames.describe(first, shown, messages),
                protectedCount(draft, inProtected, checked));
    }

    /**
     * How many of a series' checked occurrences are in protected time, for {@link #protectedQuestion}: "12 of them in
     * the next year" for a series that never ends, "3 of its 10 times" for one checked to its end, "40 of them in
     * the next 5 years" for one that ends later than {@link #SERIES_CHECK_BOUNDED}; in the UI language.
     *
     * @param inProtected the occurrences in protected time (at least 1)
     * @param checked     all occurrences checked
     */
    private String protectedCount(EventDraft draft, int inProtected, int checked) {
        RepeatRule repeat = draft.repeat();
        if (repeat.until() == null && repeat.count() == null) {
            return messages.format("calendar.protected.count.year", inProtected);
        }
        boolean cut = repeat.count() != null ? checked < repeat.count()
                : repeat.until().plusDays(1).atStartOfDay().isAfter(draft.start().plus(SERIES_CHECK_BOUNDED));
        return cut ? messages.format("calendar.protected.count.years", inProtected, SERIES_CHECK_BOUNDED.getYears())
                : messages.format("calendar.protected.count.all", inProtected, checked);
    }

    /**
     * The question asked before a drag or resize of one occurrence of a series changes it (the "this / following /
     * all" question): {@code Move "Team call" from Tue 19:00–20:00 to Tue 20:00–21:00?} when it keeps its length,
     * {@code Change "Team call" from Tue 19:00–20:00 to Tue 19:00–21:00?} when it is resized; in the UI language,
     * see {@link EventNames#moved}.
     *
     * @param occurrence the occurrence dragged
     * @param shownStart its new start, wall-clock in the calendar's zone
     * @param shownEnd   its new end, likewise
     */
    public String moveQuestion(Occurrence occurrence, LocalDateTime shownStart, LocalDateTime shownEnd) {
        return EventNames.moved(occurrence, shownStart, shownEnd, zone(), messages);
    }

    /**
     * Creates an event; returns false (changing nothing, status says why) when the draft is invalid or
     * would plan a follow-up, prospecting or presentation with a do-not-contact person.
     */
    public boolean create(EventDraft draft) {
        if (!valid(draft) || refusedNew(draft)) {
            return false;
        }
        EventRow row = new EventRow(0, draft.title().trim(), draft.start(), draft.end(), zone(), draft.allDay(),
                draft.location(), draft.notes(), draft.contactId(), draft.kind(),
                draft.repeat() == null ? null : draft.repeat().toRrule(), List.of(), null, null, draft.reminderMinutes());
        background.run(() -> repository.replace(List.of(), List.of(row)), written -> {
            lastSaved.set(new Saved(row.title(), WallClock.start(row.start(), row.end(), zone()).toInstant()));
            status.done(() -> messages.format("calendar.status.created", row.title()));
            undo.done(new Change(() -> messages.format("calendar.undo.create", row.title()), List.of(), written));
        }, error -> saveFailed(null, draft, error));
        return true;
    }

    /**
     * What happens when a save from the event dialog fails, after the failure has been reported: the
     * view opens the dialog again with what the user typed ({@code occurrence} is null for a new
     * event), so a failed save never loses the text. The handler returns once that dialog is closed
     * ({@code showAndWait}); the status line's "What you typed is in the dialog again" goes then.
     */
    public void setOnSaveFailed(java.util.function.BiConsumer<Occurrence, EventDraft> handler) {
        this.onSaveFailed = handler;
    }

    private void saveFailed(Occurrence occurrence, EventDraft draft, Throwable error) {
        try {
            if (!refused(error)) {
                dialogAgain.set(true);
                status.showWhile(() -> messages.get("calendar.status.notSaved"), dialogAgain);
                background.report(error);
            }
        } finally {
            try {
                onSaveFailed.accept(occurrence, draft);
            } finally {
                dialogAgain.set(false);
            }
        }
    }

    /**
     * Saves an edited occurrence from the event dialog with the given scope (ignored for single
     * events); when the save fails, the dialog's text goes to {@link #setOnSaveFailed}.
     */
    public boolean update(Occurrence occurrence, EventDraft draft, EditScope scope) {
        return save(occurrence, draft, scope, true);
    }

    private boolean save(Occurrence occurrence, EventDraft draft, EditScope scope, boolean fromDialog) {
        if (!valid(draft)) {
            return false;
        }
        background.run(() -> {
            List<EventRow> before = repository.rowsOf(occurrence.seriesMasterId());
            EventDraft effective = draft;
            if (occurrence.row().isOverride() && draft.repeat() == null) {
                EventRow master = before.stream().filter(EventRow::isMaster).findFirst().orElse(null);
                effective = master == null ? draft : draft.withRepeat(RepeatRule.of(master));
            }
            List<EventRow> after = SeriesEditor.edit(before, occurrence, effective, scope);
            return new Change(() -> messages.format("calendar.undo.edit", draft.title().trim()), before,
                    repository.replace(before, after));
        }, change -> {
            ZoneId own = occurrence.row().zone() == null ? zone() : occurrence.row().zone();
            lastSaved.set(new Saved(draft.title().trim(), WallClock.start(draft.start(), draft.end(), own).toInstant()));
            status.done(() -> messages.format("calendar.status.saved", draft.title().trim()));
            undo.done(change);
        }, error -> {
            if (fromDialog) {
                saveFailed(occurrence, draft, error);
            } else if (!refused(error)) {
                background.report(error);
            }
        });
        return true;
    }

    /** Moves or resizes an occurrence (a drag; times as shown, in the calendar's zone); the rest of the event stays as it is. */
    public boolean move(Occurrence occurrence, LocalDateTime shownStart, LocalDateTime shownEnd, EditScope scope) {
        ZoneId own = occurrence.row().zone();
        LocalDateTime start = occurrence.row().allDay() ? shownStart
                : WallClock.start(shownStart, shownEnd, zone()).withZoneSameInstant(own).toLocalDateTime();
        LocalDateTime end = occurrence.row().allDay() ? shownEnd
                : WallClock.end(shownStart, shownEnd, zone()).withZoneSameInstant(own).toLocalDateTime();
        RepeatRule repeat = occurrence.row().isMaster() ? RepeatRule.of(occurrence.row()) : null;
        return save(occurrence, EventDraft.of(occurrence, repeat).withTimes(start, end), scope, false);
    }

    /**
     * Deletes the occurrence, the following ones or the whole series ({@code scope}; ignored for single
     * events), as one undo step. The status line and the undo description name what went as the delete
     * question did ({@link EventNames#deleted}): "Deleted "Christmas" on Dec 24–26, 2026."
     */
    public void delete(Occurrence occurrence, EditScope scope) {
        ZoneId shownIn = zone();
        // named again in the UI language each time it is shown
        java.util.function.Supplier<String> what = () -> EventNames.deleted(occurrence, scope, shownIn, messages);
        background.run(() -> {
            List<EventRow> before = repository.rowsOf(occurrence.seriesMasterId());
            List<EventRow> after = SeriesEditor.delete(before, occurrence, scope);
            return new Change(() -> messages.format("calendar.undo.delete", what.get()), before,
                    repository.replace(before, after));
        }, change -> {
            // "alle aftaler … er slettet." in Danish: a sentence starts with a capital letter
            status.done(() -> EventNames.sentence(messages.format("calendar.status.deleted", what.get()), messages));
            undo.done(change);
        });
    }

    /** The event a question is about, with its whole span in the UI language ({@link EventNames#describe}). */
    public String describe(Occurrence occurrence) {
        return EventNames.describe(occurrence, zone(), messages);
    }

    /** The repeat rule an occurrence's series has, for the event dialog; null for single events and overrides. */
    public RepeatRule repeatOf(Occurrence occurrence) {
        return occurrence.row().isMaster() ? RepeatRule.of(occurrence.row()) : null;
    }

    public void saveBalance(BalanceSettings settings) {
        saveBalance(settings, zone());
    }

    /** As {@link #saveBalance(BalanceSettings, ZoneId, CalendarService.ZoneMove)}, the events keeping their clock times. */
    public void saveBalance(BalanceSettings settings, ZoneId home) {
        saveBalance(settings, home, CalendarService.ZoneMove.KEEP_CLOCK_TIMES);
    }

    /**
     * Gives {@code answer} (on the JavaFX thread) the number of events (series once) stored in the current home
     * zone: the events a change of the home zone is about, so the view can ask what happens to them first.
     */
    public void eventsInHomeZone(java.util.function.Consumer<Integer> answer) {
        ZoneId home = zone();
        background.run(() -> service.eventsInZone(home), answer, background::report);
    }

    /**
     * Saves the balance settings and the home time zone together, as one undo step; the calendar then reloads in
     * that zone. When the zone changes, the events stored in the former zone get {@code move} in the same
     * transaction ({@link CalendarService#changeHomeZone}); the undo step and the status line say what happened
     * ("Change home time zone to Europe/Copenhagen: 3 events keep their clock times").
     */
    public void saveBalance(BalanceSettings settings, ZoneId home, CalendarService.ZoneMove move) {
        BalanceSettings before = balance.get();
        ZoneId homeBefore = zone();
        if (home.equals(homeBefore)) {
            background.run(() -> service.saveBalanceSettings(settings), () -> {
                status.done(() -> messages.get("calendar.status.balanceSaved"));
                undo.done(new UndoManager.Command() {
                    @Override
                    public String description() {
                        return messages.get("calendar.undo.balance");
                    }

                    @Override
                    public void undo() {
                        background.run(() -> service.saveBalanceSettings(before), CalendarViewModel.this::load);
                    }

                    @Override
                    public void redo() {
                        background.run(() -> service.saveBalanceSettings(settings), CalendarViewModel.this::load);
                    }
                });
                load();
            });
            return;
        }
        background.run(() -> service.changeHomeZone(settings, homeBefore, home, move), change -> {
            java.util.function.Supplier<String> text = () -> zoneChangeText(change);
            status.done(text);
            undo.done(new UndoManager.Command() {
                @Override
                public String description() {
                    return text.get();
                }

                @Override
                public void undo() {
                    background.run(() -> service.undoZoneChange(change, before), CalendarViewModel.this::load);
                }

                @Override
                public void redo() {
                    background.run(() -> service.redoZoneChange(change, settings), CalendarViewModel.this::load);
                }
            });
            load();
        }, background::report);
    }

    /** "Change home time zone to Europe/Copenhagen: 3 events keep their clock times" (or "keep their moments"). */
    private String zoneChangeText(CalendarService.ZoneChange change) {
        if (change.events() == 0) {
            return messages.format("calendar.undo.homeZone", change.to().getId());
        }
        String key = change.move() == CalendarService.ZoneMove.KEEP_CLOCK_TIMES
                ? "calendar.undo.homeZoneClockTimes" : "calendar.undo.homeZoneMoments";
        return messages.format(key, change.to().getId(), change.events());
    }

    private boolean valid(EventDraft draft) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            status.show(() -> messages.get(problems.get(0)));
            return false;
        }
        return true;
    }

    /**
     * True (the status line says who and why) when a new event would reach out to a person marked
     * do-not-contact; edits of stored events are checked by the repository, which lets an event
     * already planned with them keep its place.
     */
    private boolean refusedNew(EventDraft draft) {
        String blocked = draft.kind() != null && draft.kind().reachesOut() ? blockReason(draft.contactId()) : null;
        if (blocked != null) {
            var refusal = new dk.netdesk.contacts.DoNotContactException(draft.contactId(), contactName(draft.contactId()), blocked);
            status.show(() -> refusal.message(messages));
            return true;
        }
        return false;
    }

    /** True (the status line says who and why) when the write was refused because the person is do-not-contact. */
    private boolean refused(Throwable error) {
        if (error instanceof dk.netdesk.contacts.DoNotContactException dnc) {
            status.show(() -> dnc.message(messages));
            return true;
        }
        return false;
    }

    private void refusedOrReport(Throwable error) {
        if (!refused(error)) {
            background.report(error);
        }
    }

    /**
     * The do-not-contact reason of a linked contact ("" when marked without one), or null when the
     * event has no contact or they may be contacted: events linked to a blocked person show the badge.
     * Read from {@link #contacts()}, so it follows the last load.
     */
    public String blockReason(Long contactId) {
        if (contactId == null) {
            return null;
        }
        return contacts.stream().filter(c -> c != null && c.id() == contactId).findFirst()
                .map(ContactRef::blockReason).orElse(null);
    }

    private String contactName(Long contactId) {
        return contacts.stream().filter(c -> c != null && c.id() == contactId).findFirst().map(ContactRef::name).orElse("");
    }

    /** A stored change: the rows before and after, swapped back and forth by undo and redo. */
    private final class Change implements UndoManager.Command {
        /** Formats the description in the current UI language each time it is asked. */
        private final java.util.function.Supplier<String> description;
        private final List<EventRow> before;
        private final List<EventRow> after;

        Change(java.util.function.Supplier<String> description, List<EventRow> before, List<EventRow> after) {
            this.description = description;
            this.before = before;
            this.after = after;
        }

        @Override
        public String description() {
            return description.get();
        }

        @Override
        public void undo() {
            background.run(() -> repository.replace(after, before), written -> status.done(() -> messages.format("calendar.status.undone", description())),
                    CalendarViewModel.this::refusedOrReport);
        }

        @Override
        public void redo() {
            background.run(() -> repository.replace(before, after), written -> status.done(() -> messages.format("calendar.status.redone", description())),
                    CalendarViewModel.this::refusedOrReport);
        }
    }

    // ---- the event just saved -----------------------------------------------------------------

    /**
     * An event just saved (created, edited or moved), to find among the shown occurrences by its title
     * and its start instant (a repeating event: the occurrence that was edited).
     */
    public record Saved(String title, java.time.Instant start) {

        /** True when {@code o} is the saved event (an occurrence of it starting at the saved time). */
        public boolean matches(Occurrence o) {
            return o.title().equals(title) && o.row().zone() != null && o.zonedStart().toInstant().equals(start);
        }
    }

    private final ReadOnlyObjectWrapper<Saved> lastSaved = new ReadOnlyObjectWrapper<>();

    /**
     * The event the user last saved, set once its write succeeded: the view gives it the keyboard focus
     * when it is shown, then calls {@link #lastSavedShown()}. Null when none, and again after any navigation.
     */
    public ReadOnlyObjectProperty<Saved> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    /** The view has focused the saved event. */
    public void lastSavedShown() {
        lastSaved.set(null);
    }

    // ---- helpers for the view -----------------------------------------------------------------

    /**
     * The calendar's zone: the user's home time zone as last read (the system's until the first load).
     * The calendar shows times in it and new events take it.
     */
    public ZoneId zone() {
        return homeZone;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone()));
    }

    /** The budget as "12 h 30 min of 20 h" ("12 t 30 min af 20 t"): hours as {@link Messages#hours(double)} writes them. */
    public String budgetText(WeekSummary s) {
        return messages.format("calendar.budget.text", messages.hours(s.workHours()), messages.hours(s.budgetHours()));
    }

    /**
     * The sentence beside the budget bar, in the UI language: within the budget; the share planned from
     * {@link WeekSummary#WARNING_SHARE} on ("85% of your work budget is planned", the percentage as the
     * language writes it, rounded down so that it never says 100 before the budget is reached); "used up"
     * when the work equals the budget; and by how many hours it is over (as the printed week says it).
     */
    public String budgetMessage(WeekSummary s) {
        return switch (s.level()) {
            case OK -> messages.get("calendar.budget.ok");
            case WARNING -> messages.format("calendar.budget.warning", messages.percent(s.budgetShare()));
            case OVER -> s.workHours() - s.budgetHours() < 1.0 / 120
                    ? messages.get("calendar.budget.over")
                    : messages.format("calendar.budget.overBy", messages.hours(s.workHours() - s.budgetHours()));
        };
    }

    /** Hours as the whole app writes them, on screen and on paper: {@link Messages#hours(double)}. */
    public String hours(double value) {
        return messages.hours(value);
    }

    /** The shown occurrences that overlap the given day (in the calendar's zone), in start order. */
    public List<Occurrence> occurrencesOn(LocalDate day) {
        return occurrences.stream().filter(o -> Recurrences.occursOn(o, day, zone())).toList();
    }

    /**
     * True when {@code occurrence} is work in a run longer than the break rule allows ({@link Balance#breakFlags}),
     * for every shown event (the agenda and month list several weeks), not only the summary's week.
     */
    public boolean isBreakFlagged(Occurrence occurrence) {
        return breakFlags.contains(occurrence.key());
    }

    private java.util.Set<String> breakFlags = java.util.Set.of();

    /**
     * True when the part of {@code occurrence} on {@code day} (a wall-clock day in the calendar's zone) is work in
     * protected time by {@link ProtectedTime#onDay}: the one rule of the grid's border, the month's chip, the
     * agenda's flag, the print and the week's figure (decision 0028).
     */
    public boolean isInProtectedTime(Occurrence occurrence, LocalDate day) {
        return ProtectedTime.onDay(occurrence, balance.get(), zone(), day);
    }

    public static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The plan of the shown week, for printing. */
    public WeekPlan weekPlan() {
        LocalDate monday = Balance.monday(date.get());
        return CalendarService.plan(monday, weekOccurrences, balance.get(), summary.get(), zone());
    }

    /** Contacts an event can be linked to. */
    public ObservableList<ContactRef> contacts() {
        return contacts;
    }

    /** What "Print week…" does with the Monday of the shown week; the button is hidden while this is null. */
    public ObjectProperty<java.util.function.Consumer<LocalDate>> onPrintWeekProperty() {
        return onPrintWeek;
    }

    public void printWeek() {
        if (onPrintWeek.get() != null) {
            onPrintWeek.get().accept(Balance.monday(date.get()));
        }
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    public ObservableList<Occurrence> occurrences() {
        return occurrences;
    }

    public ReadOnlyObjectProperty<WeekSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BalanceSettings> balanceProperty() {
        return balance.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /**
     * The label of the budget bar: "Work this week" in the day and week views, "Work in week 50" (ISO week of the
     * date) in the month and agenda views, which show more than the one week the bar counts; UI language.
     */
    public ReadOnlyStringProperty budgetLabelProperty() {
        return budgetLabel.getReadOnlyProperty();
    }

    /** The title of the week overview: "Week overview", or "Overview of week 50" in the month and agenda views. */
    public ReadOnlyStringProperty summaryTitleProperty() {
        return summaryTitle.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty weekNumberProperty() {
        return weekNumber.getReadOnlyProperty();
    }

    /** Counts finished loads; the view re-lays out on it. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    // ---- public holidays and search (issue 14, items 25 and 26) -------------------------------

    /** The public holidays on a shown day (in the UI language), as of the last load; empty for most days. */
    public List<Holidays.Holiday> holidaysOn(LocalDate day) {
        return holidays.stream().filter(h -> h.date().equals(day)).toList();
    }

    /** The holiday country as of the last load: a Jollyday id such as "dk", or {@link Holidays#NONE}. */
    public String holidayCountry() {
        return holidayCountry;
    }

    /** Stores the holiday country ("dk", "de", …, or {@link Holidays#NONE}) as one undo step; the calendar then reloads. */
    public void saveHolidayCountry(String country) {
        String before = holidayCountry;
        if (country == null || country.equals(before)) {
            return;
        }
        background.run(() -> service.saveHolidayCountry(country), () -> {
            status.done(() -> messages.format("calendar.status.holidaysSaved", countryText(country)));
            undo.done(new UndoManager.Command() {
                @Override
                public String description() {
                    return messages.get("calendar.undo.holidays");
                }

                @Override
                public void undo() {
                    background.run(() -> service.saveHolidayCountry(before), CalendarViewModel.this::load);
                }

                @Override
                public void redo() {
                    background.run(() -> service.saveHolidayCountry(country), CalendarViewModel.this::load);
                }
            });
            load();
        });
    }

    /** A holiday country as the user reads it: "Danmark" / "Denmark", or "None" / "Ingen". */
    public String countryText(String country) {
        return Holidays.NONE.equals(country) ? messages.get("calendar.balance.holidaysNone")
                : Holidays.countryName(country, messages.getLocale());
    }

    /** The calendar search (Ctrl+F). */
    public CalendarSearchViewModel search() {
        return search;
    }

    /**
     * Goes to the occurrence's day (the week view when the month or agenda is shown) and asks the view
     * to select it: {@link #revealProperty()} holds its key until the view calls {@link #revealed()}.
     */
    public void reveal(Occurrence occurrence) {
        if (mode.get() == Mode.MONTH || mode.get() == Mode.AGENDA) {
            mode.set(Mode.WEEK);
        }
        reveal.set(occurrence.key());
        goTo(EventSearch.day(occurrence, zone()));
    }

    /** The key ({@link Occurrence#key()}) of the occurrence the view should select and scroll to; null when none. */
    public ReadOnlyStringProperty revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** The view has selected the revealed occurrence. */
    public void revealed() {
        reveal.set(null);
    }

    /**
     * Asks the shown calendar view to open an occurrence in the event dialog (a clicked reminder):
     * goes to its day in the calendar's zone, then sets {@link #openRequestProperty()}.
     */
    public void requestOpen(Occurrence occurrence) {
        goTo(occurrence.startIn(zone()).toLocalDate());
        openRequest.set(null);
        openRequest.set(occurrence);
    }

    /** The occurrence the view should open (see {@link #requestOpen}); the view sets it back to null when it has. */
    public ObjectProperty<Occurrence> openRequestProperty() {
        return openRequest;
    }
}
