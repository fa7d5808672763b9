package dk.netdesk.app;

import dk.netdesk.calendar.CalendarRepository;
import dk.netdesk.calendar.CalendarService;
import dk.netdesk.calendar.Category;
import dk.netdesk.calendar.Kind;
import dk.netdesk.calendar.TimeSpan;
import dk.netdesk.calendar.WeekPlan;
import dk.netdesk.library.EventOption;
import dk.netdesk.library.EventOptions;
import dk.netdesk.library.LibraryRepository;
import dk.netdesk.library.Markdown;
import dk.netdesk.library.ScriptOutcome;
import dk.netdesk.library.StageOption;
import dk.netdesk.library.StageOptions;
import dk.netdesk.pipeline.ContactLinks;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.print.PrintEvent;
import dk.netdesk.print.PrintSpan;
import dk.netdesk.print.PrintSummary;
import dk.netdesk.print.PrintWeek;
import dk.netdesk.print.WeekSource;
import dk.netdesk.ui.Messages;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the features meet: the pipeline's contact details use the library's scripts and the
 * calendar's follow-ups, the library links scripts to pipeline stages and training notes to calendar
 * events, and the printed week is read from the calendar. Each feature declares what it needs as a
 * small interface; this class answers them, so no feature package depends on another.
 * Every method runs on the database thread.
 */
final class FeatureLinks implements ContactLinks, StageOptions, EventOptions, WeekSource {

    /** The calendar kinds a training note can be taken at. */
    private static final Set<Kind> LEARNING_KINDS = Set.of(Kind.TRAINING, Kind.NETWORKING);
    private static final int EVENT_CHOICES = 200;

    private final PipelineRepository pipeline;
    private final LibraryRepository library;
    private final CalendarRepository calendarRepository;
    private final CalendarService calendar;
    private final Messages messages;

    FeatureLinks(PipelineRepository pipeline, LibraryRepository library, CalendarRepository calendarRepository,
                 CalendarService calendar, Messages messages) {
        this.pipeline = pipeline;
        this.library = library;
        this.calendarRepository = calendarRepository;
        this.calendar = calendar;
        this.messages = messages;
    }

    // ---- the pipeline's contact details ----------------------------------------------------

    @Override
    public List<Script> scriptsForStage(long stageId) {
        return library.scriptsForStage(stageId).stream()
                .map(hit -> new Script(hit.id(), hit.title(),
                        library.find(hit.id()).map(item -> Markdown.plainText(item.body())).orElse("")))
                .toList();
    }

    @Override
    public void recordScriptUse(long scriptId, long contactId, ScriptResult result) {
        library.recordScriptUse(scriptId, contactId, ScriptOutcome.valueOf(result.name()));
    }

    @Override
    public void scheduleFollowUp(long contactId, LocalDateTime start, Duration duration) {
        calendar.scheduleFollowUp(contactId, start, duration);
    }

    @Override
    public boolean followUpInProtectedTime(LocalDateTime start, Duration duration) {
        return calendar.followUpInProtectedTime(start, duration);
    }

    @Override
    public Optional<LocalDate> nextLinkedEvent(long contactId) {
        return calendar.nextLinkedEvent(contactId).map(o -> o.startIn(calendar.zone()).toLocalDate());
    }

    @Override
    public Set<Long> linkedContacts() {
        return calendarRepository.linkedContactIds();
    }

    @Override
    public Linked linkedTo(long contactId) {
        return new Linked(calendarRepository.eventIdsLinkedTo(contactId), library.scriptUseIdsOf(contactId));
    }

    @Override
    public void relink(long contactId, Linked linked) {
        calendarRepository.relinkEvents(linked.events(), contactId);
        library.relinkScriptUses(linked.scriptUses(), contactId);
    }

    @Override
    public List<LinkedEvent> linkedEvents(long contactId) {
        return calendarRepository.eventsLinkedTo(contactId).stream()
                .map(e -> new LinkedEvent(e.id(), e.title(), e.start(), e.end(), e.zone(), e.allDay(), e.location(),
                        e.notes(), e.kind().name(), e.rrule(), e.kind() == Kind.FOLLOW_UP))
                .toList();
    }

    @Override
    public List<ScriptUse> scriptUses(long contactId) {
        return library.scriptUsesOf(contactId).stream()
                .map(u -> new ScriptUse(u.id(), u.itemId(), u.title(), ScriptResult.valueOf(u.outcome().name()), u.usedAt()))
                .toList();
    }

    @Override
    public void deleteEvents(List<Long> eventIds) {
        calendarRepository.deleteEvents(eventIds);
    }

    @Override
    public void keepEventWithoutContact(long eventId, java.util.function.UnaryOperator<String> title) {
        for (var row : calendarRepository.rowsOf(eventId)) {
            String kept = title.apply(row.title());
            calendarRepository.keepWithoutContact(row.id(),
                    kept == null || kept.isBlank() ? messages.get(row.kind().key()) : kept.strip());
        }
    }

    @Override
    public List<Mention> eventsMentioning(String text, long contactId) {
        return calendarRepository.titlesMentioning(text, contactId).stream()
                .map(e -> new Mention(e.id(), e.title())).toList();
    }

    // ---- the library's choosers ------------------------------------------------------------

    @Override
    public List<StageOption> stages() {
        return pipeline.stages().stream().map(s -> new StageOption(s.id(), s.name(messages))).toList();
    }

    @Override
    public List<EventOption> events() {
        return calendarRepository.eventsOfKinds(LEARNING_KINDS, EVENT_CHOICES).stream()
                .map(e -> new EventOption(e.id(), messages.date(e.start().toLocalDate()) + " · " + e.title()))
                .toList();
    }

    // ---- the printed week ------------------------------------------------------------------

    @Override
    public PrintWeek week(LocalDate monday, boolean includePersonal) {
        WeekPlan plan = calendar.weekPlan(monday);
        List<PrintEvent> events = new ArrayList<>();
        for (WeekPlan.Item item : plan.items()) {
            boolean work = item.category() == Category.WORK;
            if (!work && !includePersonal) {
                continue;
            }
            events.add(new PrintEvent(item.date(), item.start(), item.end(), item.allDay(), item.title(),
                    item.notes(), work, messages.get(item.kind().key()), item.breakFlag(), item.inProtectedTime(),
                    item.fromDayBefore(), item.toDayAfter()));
        }
        var summary = plan.summary();
        Map<LocalDate, String> holidays = new HashMap<>();
        calendar.holidays(monday, monday.plusDays(7)).forEach(h -> holidays.merge(h.date(), h.name(), (a, b) -> a + ", " + b));
        return new PrintWeek(monday, "", events, spans(plan.workWindows()), spans(plan.protectedTime()),
                new PrintSummary(summary.workHours(), summary.budgetHours(), summary.personalHours(),
                        summary.breakFlagged().size(), summary.workOutsideWindowsHours(), summary.protectedExceptions(),
                        summary.holidayOffHours(), summary.holidayWorkHours(), summary.allDayWorkDays()),
                holidays, clockSpans(monday, calendar.zone(), false), clockSpans(monday, calendar.zone(), true));
    }

    /**
     * The wall-clock times in {@code zone} in the week from {@code monday} that the clock skips (spring forward) or,
     * with {@code twice}, that happen twice (autumn, clocks go back), by weekday.
     */
    private static List<PrintSpan> clockSpans(LocalDate monday, java.time.ZoneId zone, boolean twice) {
        List<PrintSpan> skipped = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            for (TimeSpan gap : twice ? dk.netdesk.calendar.WallClock.foldsOn(day, zone)
                    : dk.netdesk.calendar.WallClock.gapsOn(day, zone)) {
                skipped.add(new PrintSpan(day.getDayOfWeek(), java.time.LocalTime.MIN.plusMinutes(gap.startMinute()),
                        gap.endMinute() >= 1440 ? java.time.LocalTime.MIDNIGHT : java.time.LocalTime.MIN.plusMinutes(gap.endMinute())));
            }
        }
        return skipped;
    }

    private static List<PrintSpan> spans(Map<DayOfWeek, List<TimeSpan>> byDay) {
        List<PrintSpan> spans = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TimeSpan span : byDay.getOrDefault(day, List.of())) {
                spans.add(new PrintSpan(day, span.start(), span.endMinute() >= 1440
                        ? java.time.LocalTime.MIDNIGHT : java.time.LocalTime.MIN.plusMinutes(span.endMinute())));
            }
        }
        return spans;
    }
}
