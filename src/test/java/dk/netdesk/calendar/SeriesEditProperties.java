package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 14, "Done when": random daily, weekly and monthly series around both DST changes of 2027
 * in Copenhagen (28 March and 31 October), edited at random (move one, "this and following", "all",
 * delete one, delete this and following, delete all). After every step the calendar's occurrences
 * are compared with a plain model of what the user did: each occurrence the user kept appears once,
 * at the time the user gave it (read through the {@link WallClock} rule), none is lost or added,
 * and none ends before it starts.
 */
class SeriesEditProperties {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    static final List<LocalTime> TIMES = List.of(LocalTime.of(0, 30), LocalTime.of(1, 30), LocalTime.of(2, 0),
            LocalTime.of(2, 30), LocalTime.of(3, 0), LocalTime.of(9, 0), LocalTime.of(19, 0), LocalTime.of(23, 30));

    enum Op { MOVE_THIS, FOLLOWING, ALL, DELETE_THIS, DELETE_FOLLOWING, DELETE_ALL }

    record Step(Op op, int pick, int minutes) {
    }

    record Start(RepeatRule.Freq freq, LocalDateTime start, int lengthMinutes, boolean byCount, int count) {
    }

    /** One occurrence as the user sees it: its series (a split makes a new one), place in the series, wall-clock start. */
    static final class Slot {
        int series;
        final int seq;
        LocalDateTime start;
        final Duration length;
        boolean moved;

        Slot(int series, int seq, LocalDateTime start, Duration length) {
            this.series = series;
            this.seq = seq;
            this.start = start;
            this.length = length;
        }

        String shown() {
            return WallClock.start(start, CPH).toLocalDateTime() + "|" + WallClock.end(start, start.plus(length), CPH).toLocalDateTime();
        }
    }

    @Provide
    Arbitrary<Start> starts() {
        Arbitrary<RepeatRule.Freq> freq = Arbitraries.of(RepeatRule.Freq.class);
        Arbitrary<LocalDate> day = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 12).map(d -> LocalDate.of(2027, 3, 20).plusDays(d)),
                Arbitraries.integers().between(0, 12).map(d -> LocalDate.of(2027, 10, 23).plusDays(d)),
                Arbitraries.integers().between(0, 20).map(d -> LocalDate.of(2027, 2, 1).plusDays(d)),
                Arbitraries.integers().between(0, 20).map(d -> LocalDate.of(2027, 8, 25).plusDays(d)));
        return Combinators.combine(freq, day, Arbitraries.of(TIMES), Arbitraries.of(30, 60, 90),
                Arbitraries.of(true, false), Arbitraries.integers().between(2, 9))
                .as((f, d, t, len, byCount, count) -> new Start(f, d.atTime(t), len, byCount, count));
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, 99),
                Arbitraries.of(-1440, -90, -60, -30, 0, 30, 60, 120, 1440))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void everyEditKeepsExactlyTheOccurrencesTheUserMeant(@ForAll("starts") Start s, @ForAll("steps") List<Step> steps) {
        MemoryCalendar calendar = new MemoryCalendar();
        Duration length = Duration.ofMinutes(s.lengthMinutes());
        List<Slot> model = new ArrayList<>();
        RepeatRule rule = rule(s, model, length);
        calendar.add(new EventRow(0, "Series", s.start(), s.start().plus(length), CPH, false, "", "", null, Kind.TRAINING,
                rule.toRrule(), List.of(), null, null, null));
        check(calendar, model, s, "created");
        int nextSeries = 1;
        for (Step step : steps) {
            if (model.isEmpty()) {
                break;
            }
            boolean needsUnmoved = step.op() == Op.FOLLOWING || step.op() == Op.ALL;
            List<Slot> candidates = model.stream().filter(slot -> !needsUnmoved || !slot.moved).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            Slot slot = candidates.get(step.pick() % candidates.size());
            List<Occurrence> found = shown(calendar, s).stream().filter(o -> key(o).equals(slot.shown())).toList();
            if (found.size() != 1 || model.stream().filter(x -> x.shown().equals(slot.shown())).count() != 1) {
                continue; // two occurrences at the same times: the user could not tell which one they picked
            }
            Occurrence occurrence = found.get(0);
            LocalDateTime newStart = occurrence.start().plusMinutes(step.minutes());
            if (s.freq() == RepeatRule.Freq.MONTHLY && needsUnmoved && !newStart.toLocalDate().equals(slot.start.toLocalDate())) {
                continue; // a monthly series moved to another day of the month skips other months: not this model's business
            }
            EventDraft draft = EventDraft.of(occurrence, occurrence.row().isMaster() ? RepeatRule.of(occurrence.row()) : null)
                    .withTimes(newStart, newStart.plus(length));
            Duration delta = step.minutes() == 0 ? Duration.ZERO : Duration.between(slot.start, newStart);
            switch (step.op()) {
                case MOVE_THIS -> {
                    calendar.edit(occurrence, draft, EditScope.THIS);
                    slot.start = newStart;
                    slot.moved = true;
                }
                case FOLLOWING -> {
                    calendar.edit(occurrence, draft, EditScope.THIS_AND_FOLLOWING);
                    int series = slot.series;
                    boolean first = model.stream().noneMatch(x -> x.series == series && x.seq < slot.seq)
                            && isFirstOfSeries(calendar, occurrence);
                    int target = first ? series : nextSeries++;
                    for (Slot x : model) {
                        if (x.series == series && x.seq >= slot.seq) {
                            x.series = target;
                            if (!x.moved) {
                                x.start = x.start.plus(delta);
                            }
                        }
                    }
                }
                case ALL -> {
                    calendar.edit(occurrence, draft, EditScope.ALL);
                    for (Slot x : model) {
                        if (x.series == slot.series && !x.moved) {
                            x.start = x.start.plus(delta);
                        }
                    }
                }
                case DELETE_THIS -> {
                    calendar.delete(occurrence, EditScope.THIS);
                    model.remove(slot);
                }
                case DELETE_FOLLOWING -> {
                    calendar.delete(occurrence, EditScope.THIS_AND_FOLLOWING);
                    model.removeIf(x -> x.series == slot.series && x.seq >= slot.seq);
                }
                case DELETE_ALL -> {
                    calendar.delete(occurrence, EditScope.ALL);
                    model.removeIf(x -> x.series == slot.series);
                }
            }
            check(calendar, model, s, step + " on " + slot.shown());
        }
    }

    /** True when the occurrence is its series' first (a "this and following" there edits the whole series). */
    private static boolean isFirstOfSeries(MemoryCalendar calendar, Occurrence occurrence) {
        EventRow master = calendar.rowsOf(occurrence.seriesMasterId()).get(0);
        return occurrence.originalStart() != null && occurrence.originalStart().equals(master.start());
    }

    /** The rule of the new series, and the model's slots it generates. */
    private static RepeatRule rule(Start s, List<Slot> model, Duration length) {
        List<LocalDateTime> starts = new ArrayList<>();
        for (int k = 0; starts.size() < s.count(); k++) {
            LocalDateTime next = switch (s.freq()) {
                case DAILY -> s.start().plusDays(k);
                case WEEKLY -> s.start().plusWeeks(k);
                case MONTHLY -> s.start().plusMonths(k);
            };
            // RFC 5545: a monthly series on the 30th has no occurrence in February
            if (s.freq() != RepeatRule.Freq.MONTHLY || next.getDayOfMonth() == s.start().getDayOfMonth()) {
                starts.add(next);
            }
        }
        LocalDate until = s.byCount() ? null : starts.get(starts.size() - 1).toLocalDate();
        Set<DayOfWeek> days = s.freq() == RepeatRule.Freq.WEEKLY ? Set.of(s.start().getDayOfWeek()) : Set.of();
        for (int i = 0; i < starts.size(); i++) {
            model.add(new Slot(0, i, starts.get(i), length));
        }
        return new RepeatRule(s.freq(), 1, days, until, s.byCount() ? s.count() : null);
    }

    private static List<Occurrence> shown(MemoryCalendar calendar, Start s) {
        LocalDate from = s.start().toLocalDate().minusDays(40);
        return calendar.between(from, from.plusDays(800), CPH);
    }

    private static String key(Occurrence o) {
        return o.start() + "|" + o.end();
    }

    private static void check(MemoryCalendar calendar, List<Slot> model, Start s, String after) {
        List<Occurrence> actual = shown(calendar, s);
        for (Occurrence o : actual) {
            assertThat(o.zonedEnd()).as("ends before it starts after %s: %s", after, key(o)).isAfterOrEqualTo(o.zonedStart());
            assertThat(Duration.between(o.zonedStart(), o.zonedEnd()).toMinutes()).as("length after %s", after).isPositive();
        }
        List<String> expected = model.stream().map(Slot::shown).sorted(Comparator.naturalOrder()).toList();
        List<String> got = actual.stream().map(SeriesEditProperties::key).sorted(Comparator.naturalOrder()).toList();
        assertThat(got).as("occurrences after %s (series %s)", after, s).isEqualTo(expected);
    }
}
