package dk.netdesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The repeat choices the event dialog offers, converted to and from RFC 5545 RRULE text by
 * ical4j. {@code until} and {@code count} are exclusive of each other; both null means the series
 * never ends. {@code until} ("Ends on") means one thing everywhere: the last day that can have an
 * occurrence, inclusive; it is stored as UNTIL at 23:59:59 of that day, also for the first half of
 * a series split by "this and following" (which ends the day before the split).
 */
public record RepeatRule(Freq frequency, int interval, Set<DayOfWeek> weekdays, LocalDate until, Integer count) {

    /** The frequencies offered. */
    public enum Freq { DAILY, WEEKLY, MONTHLY }

    public RepeatRule {
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        interval = Math.max(1, interval);
    }

    /** The RRULE value (without the "RRULE:" prefix), e.g. {@code FREQ=WEEKLY;COUNT=10;BYDAY=MO,TH}. */
    public String toRrule() {
        Recur.Builder<LocalDateTime> builder = new Recur.Builder<LocalDateTime>()
                .frequency(switch (frequency) {
                    case DAILY -> Frequency.DAILY;
                    case WEEKLY -> Frequency.WEEKLY;
                    case MONTHLY -> Frequency.MONTHLY;
                });
        if (interval > 1) {
            builder.interval(interval);
        }
        if (frequency == Freq.WEEKLY && !weekdays.isEmpty()) {
            builder.dayList(weekdays.stream().sorted().map(WeekDay::getWeekDay).toList());
        }
        if (count != null) {
            builder.count(count);
        } else if (until != null) {
            builder.until(until.atTime(LocalTime.of(23, 59, 59)));
        }
        return builder.build().toString();
    }

    /**
     * The rule of a series master in the dialog's terms, its end date being the last day that can
     * have an occurrence (inclusive) at the master's time of day, also for an UNTIL not at 23:59:59.
     */
    public static RepeatRule of(EventRow master) {
        RepeatRule rule = parse(master.rrule());
        Recur<LocalDateTime> recur = new Recur<>(master.rrule());
        if (recur.getUntil() == null) {
            return rule;
        }
        LocalDate last = SeriesEditor.lastDay(recur.getUntil(), master.start());
        return new RepeatRule(rule.frequency(), rule.interval(), rule.weekdays(), last, rule.count());
    }

    /** Reads an RRULE written by {@link #toRrule()} (or any DAILY/WEEKLY/MONTHLY rule) back into the dialog's terms. */
    public static RepeatRule parse(String rrule) {
        Recur<LocalDateTime> recur = new Recur<>(rrule);
        Freq freq = switch (recur.getFrequency()) {
            case DAILY -> Freq.DAILY;
            case WEEKLY -> Freq.WEEKLY;
            case MONTHLY -> Freq.MONTHLY;
            default -> throw new IllegalArgumentException("Unsupported frequency in " + rrule);
        };
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        List<WeekDay> dayList = recur.getDayList();
        for (WeekDay day : dayList) {
            days.add(WeekDay.getDayOfWeek(day));
        }
        LocalDate until = recur.getUntil() == null ? null : LocalDate.from(recur.getUntil());
        Integer count = recur.getCount() > 0 ? recur.getCount() : null;
        return new RepeatRule(freq, recur.getInterval() > 0 ? recur.getInterval() : 1, days, until, count);
    }
}
