package dk.netdesk.exchange;

import dk.netdesk.calendar.EventRow;
import dk.netdesk.calendar.RepeatRule;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;

/**
 * Checks an imported RRULE against what the calendar can hold (its {@link RepeatRule}: daily, weekly
 * on chosen weekdays, or monthly on the start's day, every n, until a date or for a count) and gives
 * it in the calendar's own form. ical4j reads the rule; anything else (BYSETPOS, YEARLY, "the second
 * Tuesday") is {@link Unsupported}.
 */
final class IcsRules {

    /** A rule the calendar cannot hold; the message names the part, e.g. {@code BYSETPOS=-1}. */
    static final class Unsupported extends Exception {
        Unsupported(String part) {
            super(part, null, false, false);
        }
    }

    private static final Set<String> NEVER = Set.of("BYSETPOS", "BYMONTH", "BYYEARDAY", "BYWEEKNO", "BYHOUR",
            "BYMINUTE", "BYSECOND", "RSCALE", "SKIP");

    private final IcsValues values;

    IcsRules(IcsValues values) {
        this.values = values;
    }

    /**
     * The rule of {@code prop} for {@code master} in the calendar's form (FREQ first, UNTIL as the
     * last day in the series' zone).
     *
     * @throws IcsValues.BadValue when the rule cannot be read at all
     * @throws Unsupported        when it is a rule the calendar cannot hold
     */
    String rrule(IcsTree.Prop prop, EventRow master) throws IcsValues.BadValue, Unsupported {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : prop.value().strip().split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IcsValues.BadValue(prop, prop.value());
            }
            parts.put(part.substring(0, eq).strip().toUpperCase(Locale.ROOT), part.substring(eq + 1).strip());
        }
        LocalDate until = null;
        if (parts.containsKey("UNTIL")) {
            IcsTree.Prop untilProp = new IcsTree.Prop("UNTIL", prop.line(), Map.of(), parts.remove("UNTIL"));
            IcsValues.Moment moment = values.moment(untilProp);
            until = moment.in(master.zone()).toLocalDate();
        }
        Recur<LocalDateTime> recur;
        try {
            recur = new Recur<>(String.join(";", parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        } catch (RuntimeException | StackOverflowError e) {
            // ical4j fails on a broken rule in many ways (BYDAY=M: StringIndexOutOfBoundsException), all bad input.
            throw new IcsValues.BadValue(prop, prop.value());
        }
        for (String key : parts.keySet()) {
            if (NEVER.contains(key)) {
                throw new Unsupported(key + "=" + parts.get(key));
            }
        }
        RepeatRule.Freq freq = switch (recur.getFrequency()) {
            case DAILY -> RepeatRule.Freq.DAILY;
            case WEEKLY -> RepeatRule.Freq.WEEKLY;
            case MONTHLY -> RepeatRule.Freq.MONTHLY;
            default -> throw new Unsupported("FREQ=" + parts.get("FREQ"));
        };
        if (parts.containsKey("BYMONTHDAY") && !(freq == RepeatRule.Freq.MONTHLY
                && parts.get("BYMONTHDAY").equals(String.valueOf(master.start().getDayOfMonth())))) {
            throw new Unsupported("BYMONTHDAY=" + parts.get("BYMONTHDAY"));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        List<WeekDay> dayList = recur.getDayList();
        for (WeekDay day : dayList) {
            if (freq != RepeatRule.Freq.WEEKLY || day.getOffset() != 0) {
                throw new Unsupported("BYDAY=" + parts.get("BYDAY"));
            }
            days.add(WeekDay.getDayOfWeek(day));
        }
        Integer count = recur.getCount() > 0 ? recur.getCount() : null;
        int interval = recur.getInterval() > 0 ? recur.getInterval() : 1;
        return new RepeatRule(freq, interval, days, count == null ? until : null, count).toRrule();
    }
}
