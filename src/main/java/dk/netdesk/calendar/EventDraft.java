package dk.netdesk.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** What the event dialog (or a drag) produces. {@code repeat} null means a single event. */
public record EventDraft(String title, LocalDateTime start, LocalDateTime end, boolean allDay, String location,
                         String notes, Long contactId, Kind kind, RepeatRule repeat, Integer reminderMinutes) {

    /**
     * The kind a new event starting at {@code start} (wall-clock, in the calendar's zone) takes before the user
     * picks one (decision 0042): prospecting (work) when its first minute falls in a work window of that weekday in
     * {@code balance}, family (personal) otherwise. The one rule for every way a new event is made: a double-click
     * or a drag in the grid, Ctrl+N, the toolbar's New event, and a new event's date or start changed in its dialog.
     */
    public static Kind kindForSlot(LocalDateTime start, BalanceSettings balance) {
        int minute = start.getHour() * 60 + start.getMinute();
        boolean inWindow = balance.windows(start.getDayOfWeek()).stream().anyMatch(w -> w.overlap(minute, minute + 1) > 0);
        return inWindow ? Kind.PROSPECTING : Kind.FAMILY;
    }

    /** The longest an event may last; keeps range queries bounded. */
    public static final Duration MAX_LENGTH = Duration.ofDays(31);

    public EventDraft {
        // the same text however it was typed (decision 0039): the title as a one-line value, the others as texts
        title = dk.netdesk.ui.TypedText.line(title);
        location = dk.netdesk.ui.TypedText.text(location);
        notes = dk.netdesk.ui.TypedText.text(notes);
    }

    /** The draft of an existing occurrence (its own times, its row's details, its series' rule). */
    public static EventDraft of(Occurrence occurrence, RepeatRule repeat) {
        EventRow row = occurrence.row();
        return new EventDraft(row.title(), occurrence.start(), occurrence.end(), row.allDay(), row.location(),
                row.notes(), row.contactId(), row.kind(), repeat, row.reminderMinutes());
    }

    public EventDraft withTimes(LocalDateTime newStart, LocalDateTime newEnd) {
        return new EventDraft(title, newStart, newEnd, allDay, location, notes, contactId, kind, repeat, reminderMinutes);
    }

    public EventDraft withTitle(String newTitle) {
        return new EventDraft(newTitle, start, end, allDay, location, notes, contactId, kind, repeat, reminderMinutes);
    }

    public EventDraft withReminder(Integer minutes) {
        return new EventDraft(title, start, end, allDay, location, notes, contactId, kind, repeat, minutes);
    }

    public EventDraft withRepeat(RepeatRule newRepeat) {
        return new EventDraft(title, start, end, allDay, location, notes, contactId, kind, newRepeat, reminderMinutes);
    }

    /** Bundle keys of what is wrong; empty when the draft can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title.isBlank()) {
            problems.add("calendar.error.title");
        } else if (dk.netdesk.ui.TextLimits.tooLong(title, dk.netdesk.ui.TextLimits.NAME)) {
            problems.add("calendar.error.titleTooLong");
        }
        if (dk.netdesk.ui.TextLimits.tooLong(location, dk.netdesk.ui.TextLimits.NAME)) {
            problems.add("calendar.error.locationTooLong");
        }
        if (dk.netdesk.ui.TextLimits.tooLong(notes, dk.netdesk.ui.TextLimits.TEXT)) {
            problems.add("calendar.error.notesTooLong");
        }
        if (kind == null) {
            problems.add("calendar.error.kind");
        }
        if (start == null || end == null) {
            problems.add("calendar.error.time");
        } else if (!end.isAfter(start) && !(allDay && !end.isBefore(start))) {
            problems.add("calendar.error.endBeforeStart");
        } else if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
            problems.add("calendar.error.tooLong");
        }
        if (repeat != null) {
            if (repeat.count() != null && repeat.count() < 1) {
                problems.add("calendar.error.count");
            }
            if (repeat.until() != null && start != null && repeat.until().isBefore(start.toLocalDate())) {
                problems.add("calendar.error.until");
            }
        }
        if (reminderMinutes != null && (reminderMinutes < 0 || reminderMinutes > 7 * 24 * 60)) {
            problems.add("calendar.error.reminder");
        }
        return problems;
    }
}
