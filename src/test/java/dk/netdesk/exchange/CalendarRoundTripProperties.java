package dk.netdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.Category;
import dk.netdesk.calendar.EventRow;
import dk.netdesk.calendar.Kind;
import dk.netdesk.calendar.RepeatRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random events (Danish letters and emoji in titles, empty and long notes, all-day, DST-crossing
 * times in three zones, daily / weekly / monthly rules with EXDATEs and changed occurrences) survive
 * export → import into a fresh database, field for field.
 */
class CalendarRoundTripProperties {

    private static final ZoneId HOME = ZoneId.of("Europe/Copenhagen");
    private static final List<ZoneId> ZONES = List.of(HOME, ZoneId.of("America/New_York"), ZoneId.of("Asia/Tokyo"));

    /** One generated series: its master (or single event) and, for a repeating one, maybe one changed occurrence. */
    record Spec(EventRow master, EventRow override) {
    }

    @Property(tries = 25)
    void eventsSurviveExportAndImport(@ForAll("events") @Size(min = 1, max = 6) List<Spec> specs) throws Exception {
        Path first = Files.createTempDirectory("netdesk-ics-a");
        Path second = Files.createTempDirectory("netdesk-ics-b");
        Path file = Files.createTempDirectory("netdesk-ics-f").resolve("kalender.ics");
        try (CalendarRoundTrip source = new CalendarRoundTrip(first); CalendarRoundTrip target = new CalendarRoundTrip(second)) {
            for (Spec spec : specs) {
                EventRow master = source.calendar.replace(List.of(), List.of(spec.master())).get(0);
                if (spec.override() != null) {
                    source.calendar.replace(List.of(), List.of(spec.override().withSeries(master.id(), spec.override().recurrenceId())));
                }
            }
            source.exporter.write(file);
            CalendarImportSummary summary = target.importer.importFile(file, Category.PERSONAL);

            assertThat(summary.rejected()).isEmpty();
            assertThat(summary.created()).isEqualTo(specs.size());
            assertThat(target.events()).isEqualTo(source.events());
        } finally {
            for (Path dir : List.of(first, second, file.getParent())) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Spec>> events() {
        return spec().list();
    }

    private Arbitrary<Spec> spec() {
        Arbitrary<String> title = Arbitraries.strings().withChars("abcæøåÆØÅ -é").ofMinLength(1).ofMaxLength(30)
                .map(String::strip).filter(s -> !s.isEmpty())
                .flatMap(t -> Arbitraries.of("", " 😀", " 🏊‍♀️", ": møde", ", ; \\ tegn").map(s -> t + s));
        Arbitrary<String> notes = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withChars("abc ÆØÅæøå,;\\\n😀").ofMaxLength(40),
                Arbitraries.strings().withChars("Lang note med æøå og 😀 ").ofMinLength(300).ofMaxLength(1200));
        // starts around the DST changes of 2027 (28 March, 31 October) and elsewhere, on the quarter hour
        Arbitrary<LocalDateTime> start = Combinators.combine(
                Arbitraries.of(LocalDate.parse("2027-03-20"), LocalDate.parse("2027-10-25"), LocalDate.parse("2027-06-01")),
                Arbitraries.integers().between(0, 14), Arbitraries.integers().between(0, 95))
                .as((day, plus, quarter) -> day.plusDays(plus).atStartOfDay().plusMinutes(15L * quarter));
        Arbitrary<RepeatRule> rule = Combinators.combine(Arbitraries.of(RepeatRule.Freq.values()),
                Arbitraries.integers().between(1, 3), Arbitraries.of(DayOfWeek.values()).set().ofMaxSize(3),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(2, 12))
                .as((freq, interval, days, end, n) -> new RepeatRule(freq, interval,
                        freq == RepeatRule.Freq.WEEKLY ? days : Set.of(),
                        end == 1 ? LocalDate.parse("2028-01-31") : null, end == 2 ? n : null));
        return Builders.withBuilder(() -> new Builder()).use(title).in((b, v) -> {
                    b.title = v;
                    return b;
                })
                .use(notes).in((b, v) -> {
                    b.notes = v;
                    return b;
                })
                .use(start).in((b, v) -> {
                    b.start = v;
                    return b;
                })
                .use(Arbitraries.integers().between(0, 600)).in((b, v) -> {
                    b.minutes = v;
                    return b;
                })
                .use(Arbitraries.integers().between(1, 3)).in((b, v) -> {
                    b.days = v;
                    return b;
                })
                .use(Arbitraries.of(true, false, false)).in((b, v) -> {
                    b.allDay = v;
                    return b;
                })
                .use(Arbitraries.of(ZONES)).in((b, v) -> {
                    b.zone = v;
                    return b;
                })
                .use(Arbitraries.of(Kind.values())).in((b, v) -> {
                    b.kind = v;
                    return b;
                })
                .use(Arbitraries.of(true, false)).in((b, v) -> {
                    b.repeats = v;
                    return b;
                })
                .use(rule).in((b, v) -> {
                    b.rule = v;
                    return b;
                })
                .use(Arbitraries.integers().between(0, 10_080).injectNull(0.3)).in((b, v) -> {
                    b.reminder = v;
                    return b;
                })
                .use(Arbitraries.of(true, false)).in((b, v) -> {
                    b.changed = v;
                    return b;
                })
                .build(Builder::spec);
    }

    private static final class Builder {
        String title;
        String notes;
        LocalDateTime start;
        int minutes;
        int days;
        boolean allDay;
        ZoneId zone;
        Kind kind;
        boolean repeats;
        RepeatRule rule;
        Integer reminder;
        boolean changed;

        Spec spec() {
            LocalDateTime from = allDay ? start.toLocalDate().atStartOfDay() : start;
            LocalDateTime to = allDay ? from.plusDays(days) : from.plusMinutes(minutes);
            ZoneId where = allDay ? HOME : zone;
            String rrule = null;
            List<LocalDateTime> exdates = new ArrayList<>();
            LocalDateTime second = null;
            if (repeats) {
                rrule = rule.toRrule();
                second = switch (rule.frequency()) {
                    case DAILY -> from.plusDays(rule.interval());
                    case WEEKLY -> from.plusWeeks(rule.interval());
                    case MONTHLY -> from.plusMonths(rule.interval());
                };
                exdates.add(second.plusDays(rule.frequency() == RepeatRule.Freq.DAILY ? rule.interval() : 0)
                        .plusWeeks(rule.frequency() == RepeatRule.Freq.DAILY ? 0 : 1));
            }
            EventRow master = new EventRow(0, title, from, to, where, allDay, allDay ? "" : "Sted: " + title, notes, null,
                    kind, rrule, exdates, null, null, reminder);
            EventRow override = null;
            if (repeats && changed) {
                override = new EventRow(0, title + " (flyttet)", second.plusHours(allDay ? 0 : 1),
                        to.plusHours(allDay ? 0 : 1).plus(java.time.Duration.between(from, second)), where, allDay, "", "",
                        null, kind, null, List.of(), EventRow.NEW_MASTER, second, null);
            }
            return new Spec(master, override);
        }
    }
}
