package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.netdesk.db.Changes;
import dk.netdesk.db.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarRepositoryTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;
    Database database;
    CalendarRepository repository;
    final List<Changes.Topic> published = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir);
        Changes changes = new Changes();
        changes.subscribe(Changes.Topic.CALENDAR, change -> published.add(change.topic()));
        repository = new CalendarRepository(database, changes);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    static EventRow row(String title, String start, String end, String rrule) {
        return new EventRow(0, title, LocalDateTime.parse(start), LocalDateTime.parse(end), CPH, false, "Odense", "notes",
                null, Kind.PRESENTATION, rrule, List.of(), null, null, 15);
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(CPH).toInstant();
    }

    @Test
    void rowsRoundTripWithZoneRuleExdatesAndReminder() {
        EventRow master = row("Team call", "2026-11-03T19:00", "2026-11-03T20:00", "FREQ=WEEKLY;COUNT=4;BYDAY=TU")
                .withRule("FREQ=WEEKLY;COUNT=4;BYDAY=TU", List.of(LocalDateTime.parse("2026-11-10T19:00")));
        EventRow stored = repository.replace(List.of(), List.of(master)).get(0);
        assertThat(stored.id()).isPositive();
        assertThat(repository.rowsOf(stored.id())).containsExactly(stored);
        assertThat(repository.occurrences(at("2026-11-01T00:00"), at("2026-12-01T00:00")))
                .extracting(o -> o.start().toString()).containsExactly("2026-11-03T19:00", "2026-11-17T19:00", "2026-11-24T19:00");
        assertThat(published).hasSize(1);
        String exdates = database.dsl().fetchValue("select exdates from calendar_event").toString();
        assertThat(exdates).isEqualTo("20261110T190000");
    }

    @Test
    void replaceIsOneTransactionAndUndoRestoresRowsWithTheirIds() {
        List<EventRow> first = repository.replace(List.of(), List.of(
                row("A", "2026-11-23T18:00", "2026-11-23T19:00", null),
                row("B", "2026-11-24T18:00", "2026-11-24T19:00", null)));
        // a failing batch (an empty title breaks the CHECK) changes nothing
        EventRow bad = row(" ", "2026-11-25T18:00", "2026-11-25T19:00", null);
        assertThatThrownBy(() -> repository.replace(first, List.of(first.get(0).withTimes(
                LocalDateTime.parse("2026-11-23T20:00"), LocalDateTime.parse("2026-11-23T21:00")), bad)))
                .isInstanceOf(RuntimeException.class);
        assertThat(repository.occurrences(at("2026-11-23T00:00"), at("2026-11-30T00:00")))
                .extracting(o -> o.title() + " " + o.start().toLocalTime()).containsExactly("A 18:00", "B 18:00");

        List<EventRow> after = repository.replace(first, List.of());
        assertThat(repository.count()).isZero();
        repository.replace(after, first);
        assertThat(repository.rowsOf(first.get(1).id())).containsExactly(first.get(1));
    }

    @Test
    void deletingALinkedContactKeepsTheEvent() {
        long contact = database.dsl().insertInto(dk.netdesk.db.generated.Tables.CONTACT)
                .set(dk.netdesk.db.generated.Tables.CONTACT.NAME, "Bo")
                .set(dk.netdesk.db.generated.Tables.CONTACT.CREATED_AT, "x")
                .set(dk.netdesk.db.generated.Tables.CONTACT.UPDATED_AT, "x")
                .returning(dk.netdesk.db.generated.Tables.CONTACT.ID).fetchOne().getId();
        EventRow linked = new EventRow(0, "Call Bo", LocalDateTime.parse("2026-11-30T18:00"), LocalDateTime.parse("2026-11-30T18:30"),
                CPH, false, "", "", contact, Kind.FOLLOW_UP, null, List.of(), null, null, null);
        EventRow stored = repository.replace(List.of(), List.of(linked)).get(0);
        assertThat(repository.contacts()).containsExactly(new ContactRef(contact, "Bo"));
        database.dsl().deleteFrom(dk.netdesk.db.generated.Tables.CONTACT).execute();
        assertThat(repository.rowsOf(stored.id()).get(0).contactId()).isNull();
    }

    @Test
    void anOverrideMovedFarAwayStillHidesItsOriginalSlot() {
        EventRow master = repository.replace(List.of(), List.of(
                row("Team call", "2026-11-03T19:00", "2026-11-03T20:00", "FREQ=WEEKLY;COUNT=4;BYDAY=TU"))).get(0);
        EventRow moved = master.withRule(null, List.of()).withSeries(master.id(), LocalDateTime.parse("2026-11-17T19:00"))
                .withTimes(LocalDateTime.parse("2027-01-05T19:00"), LocalDateTime.parse("2027-01-05T20:00")).withId(0);
        repository.replace(List.of(), List.of(moved));
        assertThat(repository.occurrences(at("2026-11-16T00:00"), at("2026-11-23T00:00"))).isEmpty();
        assertThat(repository.occurrences(at("2027-01-04T00:00"), at("2027-01-11T00:00")))
                .extracting(Occurrence::originalStart).containsExactly(LocalDateTime.parse("2026-11-17T19:00"));
    }

    /**
     * Each read of a shown week is answered from an index, never by reading the whole table (issue 16): with the
     * statistics a big calendar gives (many single events, few series, ANALYZE run as the big folder's optimize
     * does), the single events are found by start with their end in the index, and the overridden occurrences by
     * their original slot.
     */
    @Test
    void theReadsOfAWeekUseIndexes() {
        List<EventRow> many = new ArrayList<>();
        LocalDateTime start = LocalDateTime.parse("2025-01-01T09:00");
        for (int i = 0; i < 3000; i++) {
            LocalDateTime s = start.plusHours(7L * i);
            many.add(row("Single " + i, s.toString(), s.plusHours(1).toString(), null));
        }
        EventRow master = row("Team call", "2025-01-07T19:00", "2025-01-07T20:00", "FREQ=WEEKLY;BYDAY=TU");
        many.add(master);
        List<EventRow> stored = repository.replace(List.of(), many);
        EventRow written = stored.stream().filter(EventRow::isMaster).findFirst().orElseThrow();
        repository.replace(List.of(), List.of(row("Team call, moved", "2025-01-15T19:00", "2025-01-15T20:00", null)
                .withSeries(written.id(), LocalDateTime.parse("2025-01-14T19:00"))));
        database.dsl().execute("ANALYZE");

        List<String> plans = new ArrayList<>();
        for (var read : CalendarRepository.weekReads(database.dsl(), at("2025-01-13T00:00"), at("2025-01-20T00:00"))) {
            plans.add(database.dsl().fetch("EXPLAIN QUERY PLAN " + database.dsl().renderInlined(read))
                    .getValues("detail", String.class).toString());
        }
        assertThat(plans.get(0)).contains("calendar_event_single_span").doesNotContain("SCAN");
        assertThat(plans.get(1)).contains("calendar_event_rrule").doesNotContain("SCAN");
        assertThat(plans.get(2)).contains("calendar_event_override_slot").doesNotContain("SCAN");
        // and the week reads what it did before
        assertThat(repository.occurrences(at("2025-01-13T00:00"), at("2025-01-20T00:00")))
                .extracting(o -> o.title() + " " + o.start()).contains("Team call, moved 2025-01-15T19:00")
                .doesNotContain("Team call 2025-01-14T19:00").hasSize(25);
    }
}
