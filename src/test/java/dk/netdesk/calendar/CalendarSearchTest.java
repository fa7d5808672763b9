package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 26 (search) and item 25 (holidays in the week's figures), through the calendar's view-models. */
class CalendarSearchTest {

    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;
    TestApp app;
    CalendarViewModel model;
    CalendarSearchViewModel search;

    void open(String now) {
        Clock clock = Clock.fixed(LocalDateTime.parse(now).atZone(CPH).toInstant(), CPH);
        app = TestApp.open(dir.resolve("d"), Locale.ENGLISH, clock);
        model = app.context().calendar();
        model.load();
        search = model.search();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    static EventDraft draft(String title, String start, String end, String notes, Long contact, RepeatRule repeat) {
        return new EventDraft(title, LocalDateTime.parse(start), LocalDateTime.parse(end), false, "", notes, contact,
                Kind.FOLLOW_UP, repeat, null);
    }

    List<String> find(String text) {
        search.queryProperty().set(text);
        return search.occurrences().stream().map(o -> o.title() + " " + o.start()).toList();
    }

    @Test
    void findsByTitleNotesAndContactIgnoringCaseAlsoForDanishLetters() {
        open("2027-03-10T12:00");
        long søren = app.context().contactService().create(ContactDetails.named("Søren Ærbo"), null).id();
        model.create(draft("Møde på Ærø", "2027-03-15T10:00", "2027-03-15T11:00", "", null, null));
        model.create(draft("Call", "2027-03-16T10:00", "2027-03-16T11:00", "Ask about the ÅRSMØDE", null, null));
        model.create(draft("Follow-up", "2027-03-17T10:00", "2027-03-17T11:00", "", søren, null));
        model.create(draft("Team 50% off", "2027-03-18T10:00", "2027-03-18T11:00", "", null, null));

        assertThat(find("ærø")).containsExactly("Møde på Ærø 2027-03-15T10:00");
        assertThat(find("  MØDE ")).containsExactly("Møde på Ærø 2027-03-15T10:00", "Call 2027-03-16T10:00");
        assertThat(find("årsmøde")).containsExactly("Call 2027-03-16T10:00");
        assertThat(find("SØREN")).containsExactly("Follow-up 2027-03-17T10:00");
        assertThat(search.hits().get(0).text()).isEqualTo("Wed 17 Mar 2027  10:00  Follow-up");
        // typed with a combining ring (NFD) finds the NFC text
        assertThat(find(Normalizer.normalize("årsmøde", Normalizer.Form.NFD))).containsExactly("Call 2027-03-16T10:00");
        // LIKE wildcards are plain characters
        assertThat(find("50%")).containsExactly("Team 50% off 2027-03-18T10:00");
        assertThat(find("_")).isEmpty();
        assertThat(search.statusProperty().get()).isEqualTo("No event has “_” in its title, notes or contact. Try part of a word.");
        assertThat(find("  ")).isEmpty();
        assertThat(search.statusProperty().get()).isEmpty();
    }

    /**
     * Issue 17, item 6: a search typed in NFD, with a no-break or thin space or a zero width space, finds the event;
     * so do notes that keep a no-break space (notes are a text of lines and keep their spaces).
     */
    @Test
    void aSearchFindsTheEventHoweverEitherWasTyped() {
        open("2027-03-10T12:00");
        model.create(draft("Kaffe p\u00e5 cafe\u0301en", "2027-03-15T10:00", "2027-03-15T11:00", "", null, null));
        model.create(draft("Call", "2027-03-16T10:00", "2027-03-16T11:00", "Rabat\u00a010 % p\u00e5 serum", null, null));

        assertThat(find("p\u00e5\u00a0cafe\u0301")).containsExactly("Kaffe p\u00e5 caf\u00e9en 2027-03-15T10:00");
        assertThat(find("caf\u00e9\u200ben")).containsExactly("Kaffe p\u00e5 caf\u00e9en 2027-03-15T10:00");
        assertThat(find("rabat 10\u2009%")).containsExactly("Call 2027-03-16T10:00");
    }

    @Test
    void aRepeatingSeriesShowsItsNextAndItsPreviousOccurrence() {
        open("2027-03-10T12:00");
        RepeatRule weekly = new RepeatRule(RepeatRule.Freq.WEEKLY, 1, java.util.Set.of(java.time.DayOfWeek.TUESDAY),
                null, null);
        model.create(draft("Teamopkald", "2027-02-02T19:00", "2027-02-02T20:00", "", null, weekly));
        model.create(draft("Old teamopkald", "2026-01-06T19:00", "2026-01-06T20:00", "", null, null));

        assertThat(find("teamopkald")).containsExactly("Teamopkald 2027-03-16T19:00", "Teamopkald 2027-03-09T19:00",
                "Old teamopkald 2026-01-06T19:00");
        assertThat(search.hits()).extracting(CalendarSearchViewModel.Hit::upcoming).containsExactly(true, false, false);
        assertThat(search.statusProperty().get()).startsWith("3 events.");
    }

    @Test
    void openingAHitGoesToItsWeekAndAsksTheViewToSelectIt() {
        open("2027-03-10T12:00");
        model.create(draft("Præsentation", "2027-04-20T18:00", "2027-04-20T19:00", "", null, null));
        model.modeProperty().set(CalendarViewModel.Mode.MONTH);
        find("præsent");
        search.open(search.hits().get(0));
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2027, 4, 20));
        assertThat(model.modeProperty().get()).isEqualTo(CalendarViewModel.Mode.WEEK);
        assertThat(model.revealProperty().get()).isEqualTo(search.hits().get(0).occurrence().key());
        assertThat(model.occurrences()).extracting(Occurrence::title).contains("Præsentation");
    }

    @Test
    void holidaysShowAndTheirWorkWindowsCountAsTimeOffInTheWeek() {
        open("2027-03-24T12:00"); // week 12 of 2027: Skærtorsdag Thu 25, Langfredag Fri 26, Påskedag Sun 28
        assertThat(model.holidayCountry()).isEqualTo("dk");
        assertThat(model.holidaysOn(LocalDate.of(2027, 3, 25))).extracting(Holidays.Holiday::name).containsExactly("Maundy Thursday");
        assertThat(model.holidaysOn(LocalDate.of(2027, 3, 24))).isEmpty();
        // the default work window on Thursday, 18:00-21:00, is time off, not planned personal time (decision 0020)
        assertThat(model.summaryProperty().get().holidayOffHours()).isEqualTo(3.0);
        assertThat(model.summaryProperty().get().personalHours()).isEqualTo(0.0);
        assertThat(app.context().calendarService().weekPlan(LocalDate.of(2027, 3, 22)).summary().holidayOffHours()).isEqualTo(3.0);

        model.saveHolidayCountry(Holidays.NONE);
        assertThat(model.holidaysOn(LocalDate.of(2027, 3, 25))).isEmpty();
        assertThat(model.summaryProperty().get().holidayOffHours()).isEqualTo(0.0);
        app.context().undo().undo();
        assertThat(model.holidayCountry()).isEqualTo("dk");
        assertThat(model.summaryProperty().get().holidayOffHours()).isEqualTo(3.0);

        app.context().messages().localeProperty().set(new Locale("da"));
        assertThat(model.holidaysOn(LocalDate.of(2027, 3, 25))).extracting(Holidays.Holiday::name).containsExactly("Skærtorsdag");
    }

    @Test
    void aSearchHoldingNulOrBrokenTextKeepsTheHitsAndSaysWhy() {
        open("2027-03-10T12:00");
        model.create(draft("Team call", "2027-03-15T10:00", "2027-03-15T11:00", "", null, null));
        assertThat(find("team")).hasSize(1);
        for (String typed : new String[] {"team\u0000", "\u0000", "team \uD83D"}) {
            assertThat(find(typed)).as(typed).hasSize(1);
            assertThat(search.statusProperty().get()).isEqualTo(app.context().messages().get(dk.netdesk.ui.TypedText.SEARCH));
        }
        assertThat(find("call")).hasSize(1);
        assertThat(search.statusProperty().get()).startsWith("One event");
    }
}
