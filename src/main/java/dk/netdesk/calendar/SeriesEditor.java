package dk.netdesk.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;

/**
 * The pure rules of editing and deleting an occurrence: it takes the stored rows of one event
 * (a single row, or a series master with its overridden occurrences) and returns the rows that
 * should be stored afterwards. Rows with id 0 are new; a series id of {@link EventRow#NEW_MASTER}
 * points at the new master of the same result ("this and following" splits a series in two).
 */
public final class SeriesEditor {

    private SeriesEditor() {
    }

    public static List<EventRow> edit(List<EventRow> rows, Occurrence occurrence, EventDraft draft, EditScope scope) {
        EventRow master = master(rows);
        if (master == null) {
            EventRow single = occurrence.row();
            String rule = draft.repeat() == null ? null : draft.repeat().toRrule();
            return List.of(single.withDetails(draft).withTimes(draft.start(), draft.end()).withRule(rule, List.of()));
        }
        return switch (scope) {
            case THIS -> editThis(rows, master, occurrence, draft);
            case ALL -> editAll(rows, master, occurrence, draft);
            case THIS_AND_FOLLOWING -> occurrence.originalStart().equals(master.start())
                    ? editAll(rows, master, occurrence, draft)
                    : split(rows, master, occurrence, draft);
        };
    }

    public static List<EventRow> delete(List<EventRow> rows, Occurrence occurrence, EditScope scope) {
        EventRow master = master(rows);
        if (master == null || scope == EditScope.ALL) {
            return List.of();
        }
        LocalDateTime cut = occurrence.originalStart();
        if (scope == EditScope.THIS) {
            List<LocalDateTime> exdates = new ArrayList<>(master.exdates());
            exdates.add(cut);
            exdates.sort(null);
            List<EventRow> result = new ArrayList<>();
            result.add(master.withRule(master.rrule(), exdates));
            for (EventRow row : rows) {
                if (row.isOverride() && !row.recurrenceId().equals(cut)) {
                    result.add(row);
                }
            }
            return result;
        }
        if (cut.equals(master.start())) {
            return List.of();
        }
        List<EventRow> result = new ArrayList<>();
        result.add(master.withRule(truncate(master.rrule(), cut),
                master.exdates().stream().filter(d -> d.isBefore(cut)).toList()));
        for (EventRow row : rows) {
            if (row.isOverride() && row.recurrenceId().isBefore(cut)) {
                result.add(row);
            }
        }
        return result;
    }

    private static List<EventRow> editThis(List<EventRow> rows, EventRow master, Occurrence occurrence, EventDraft draft) {
        List<EventRow> result = new ArrayList<>();
        for (EventRow row : rows) {
            if (row.isOverride() && row.id() == occurrence.row().id()) {
                result.add(row.withDetails(draft).withTimes(draft.start(), draft.end()));
            } else {
                result.add(row);
            }
        }
        if (!occurrence.row().isOverride()) {
            result.add(master.withDetails(draft).withTimes(draft.start(), draft.end())
                    .withRule(null, List.of()).withSeries(master.id(), occurrence.originalStart()).withId(0));
        }
        return result;
    }

    private static List<EventRow> editAll(List<EventRow> rows, EventRow master, Occurrence occurrence, EventDraft draft) {
        Duration delta = delta(occurrence, draft);
        Duration length = Duration.between(draft.start(), draft.end());
        LocalDateTime start = master.start().plus(delta);
        String rule = newRule(master, occurrence, draft, null);
        EventRow newMaster = merge(master, occurrence.row(), draft).withTimes(start, start.plus(length));
        if (rule == null) {
            return List.of(newMaster.withRule(null, List.of()));
        }
        List<EventRow> result = new ArrayList<>();
        result.add(newMaster.withRule(rule, master.exdates().stream().map(d -> d.plus(delta)).toList()));
        for (EventRow row : rows) {
            if (row.isOverride()) {
                EventRow moved = merge(row, occurrence.row(), draft).withSeries(row.seriesId(), row.recurrenceId().plus(delta));
                if (row.id() == occurrence.row().id()) {
                    moved = moved.withTimes(draft.start(), draft.end());
                }
                result.add(moved);
            }
        }
        return result;
    }

    private static List<EventRow> split(List<EventRow> rows, EventRow master, Occurrence occurrence, EventDraft draft) {
        LocalDateTime cut = occurrence.originalStart();
        Duration delta = delta(occurrence, draft);
        LocalDateTime followerStart = occurrence.ruleStart().plus(delta);
        Integer remaining = null;
        Recur<LocalDateTime> recur = new Recur<>(master.rrule());
        if (recur.getCount() > 0) {
            remaining = Math.max(1, recur.getCount() - Recurrences.countBefore(master, cut));
        }
        String rule = newRule(master, occurrence, draft, remaining);
        List<EventRow> result = new ArrayList<>();
        result.add(master.withRule(truncate(master.rrule(), cut),
                master.exdates().stream().filter(d -> d.isBefore(cut)).toList()));
        EventRow follower = merge(master, occurrence.row(), draft)
                .withTimes(followerStart, followerStart.plus(Duration.between(draft.start(), draft.end())))
                .withSeries(null, null).withId(0);
        if (rule == null) {
            result.add(follower.withRule(null, List.of()));
        } else {
            result.add(follower.withRule(rule,
                    master.exdates().stream().filter(d -> !d.isBefore(cut)).map(d -> d.plus(delta)).toList()));
        }
        for (EventRow row : rows) {
            if (!row.isOverride()) {
                continue;
            }
            if (row.recurrenceId().isBefore(cut)) {
                result.add(row);
            } else if (rule != null && row.id() != occurrence.row().id()) {
                result.add(merge(row, occurrence.row(), draft)
                        .withSeries(EventRow.NEW_MASTER, row.recurrenceId().plus(delta)));
            }
        }
        return result;
    }

    /**
     * The rule after an edit: the draft's rule if the user changed it; otherwise the old rule,
     * with its weekdays and its UNTIL day moved along by the days the event moved, and COUNT replaced
     * by {@code count} when given. EXDATEs and overrides move with the start in the callers, so the
     * rule's bounds stay where they were relative to the occurrences.
     */
    private static String newRule(EventRow master, Occurrence occurrence, EventDraft draft, Integer count) {
        if (draft.repeat() == null) {
            return null;
        }
        RepeatRule old = RepeatRule.of(master);
        if (!draft.repeat().equals(old)) {
            return draft.repeat().toRrule();
        }
        Recur<LocalDateTime> recur = new Recur<>(master.rrule());
        Recur.Builder<LocalDateTime> builder = new Recur.Builder<>(recur);
        long days = ChronoUnit.DAYS.between(occurrence.ruleStart().toLocalDate(),
                occurrence.ruleStart().plus(delta(occurrence, draft)).toLocalDate());
        if (recur.getUntil() != null) {
            builder.until(endOfDay(lastDay(recur.getUntil(), master.start()).plusDays(days)));
        }
        if (days != 0 && !recur.getDayList().isEmpty()) {
            builder.dayList(recur.getDayList().stream()
                    .map(d -> WeekDay.getWeekDay(WeekDay.getDayOfWeek(d).plus(days)))
                    .sorted((a, b) -> Integer.compare(WeekDay.getDayOfWeek(a).getValue(), WeekDay.getDayOfWeek(b).getValue()))
                    .toList());
        }
        if (count != null) {
            builder.count(count);
        }
        return builder.build().toString();
    }

    /**
     * The rule ending on the day before {@code cut}'s day (the series generates at most one start a
     * day): COUNT becomes an UNTIL at 23:59:59 of that day, so "Ends on" names the last day that can
     * have an occurrence, as for a series the user gave an end date. An earlier UNTIL is kept.
     */
    static String truncate(String rrule, LocalDateTime cut) {
        Recur<LocalDateTime> recur = new Recur<>(rrule);
        LocalDateTime until = endOfDay(cut.toLocalDate().minusDays(1));
        if (recur.getUntil() != null && LocalDateTime.from(recur.getUntil()).isBefore(until)) {
            until = LocalDateTime.from(recur.getUntil());
        }
        return new Recur.Builder<>(recur).count(null).until(until).build().toString();
    }

    /** 23:59:59 of the day: how an UNTIL is stored, so the day is the last one that can have an occurrence (inclusive). */
    static LocalDateTime endOfDay(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59, 59));
    }

    /**
     * The last day an UNTIL lets an occurrence starting at {@code start}'s time of day happen: its own
     * day when that time is not after the UNTIL's time (also for UNTILs written before they were
     * always 23:59:59), else the day before.
     */
    static LocalDate lastDay(java.time.temporal.Temporal until, LocalDateTime start) {
        LocalDateTime u = LocalDateTime.from(until);
        return start.toLocalTime().isAfter(u.toLocalTime()) ? u.toLocalDate().minusDays(1) : u.toLocalDate();
    }

    /**
     * How far the user moved the occurrence, measured from the start its row or rule gives (so an
     * occurrence shown later because of a DST gap moves nothing when its times were left alone).
     */
    private static Duration delta(Occurrence occurrence, EventDraft draft) {
        if (draft.start().equals(occurrence.start())) {
            return Duration.ZERO;
        }
        return Duration.between(occurrence.ruleStart(), draft.start());
    }

    /** Applies the fields the user changed in the draft (compared with {@code before}) to {@code row}. */
    private static EventRow merge(EventRow row, EventRow before, EventDraft draft) {
        String title = changed(before.title(), draft.title().trim()) ? draft.title().trim() : row.title();
        String location = changed(before.location(), draft.location()) ? draft.location() : row.location();
        String notes = changed(before.notes(), draft.notes()) ? draft.notes() : row.notes();
        Long contact = changed(before.contactId(), draft.contactId()) ? draft.contactId() : row.contactId();
        Kind kind = changed(before.kind(), draft.kind()) ? draft.kind() : row.kind();
        boolean allDay = changed(before.allDay(), draft.allDay()) ? draft.allDay() : row.allDay();
        Integer reminder = changed(before.reminderMinutes(), draft.reminderMinutes()) ? draft.reminderMinutes() : row.reminderMinutes();
        return new EventRow(row.id(), title, row.start(), row.end(), row.zone(), allDay, location, notes, contact, kind,
                row.rrule(), row.exdates(), row.seriesId(), row.recurrenceId(), reminder);
    }

    private static boolean changed(Object before, Object after) {
        return !Objects.equals(before, after);
    }

    private static EventRow master(List<EventRow> rows) {
        return rows.stream().filter(EventRow::isMaster).findFirst().orElse(null);
    }

}
