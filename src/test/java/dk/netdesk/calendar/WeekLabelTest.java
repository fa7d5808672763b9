package dk.netdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.testing.TestApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The month and agenda views show several weeks: the budget bar and the week overview say which week they count. */
class WeekLabelTest {

    @TempDir
    Path dir;
    TestApp app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void monthAndAgendaNameTheIsoWeekInBothLanguages() {
        app = TestApp.open(dir, Locale.ENGLISH, Clock.fixed(Instant.parse("2026-12-09T09:00:00Z"), ZoneOffset.UTC));
        CalendarViewModel model = app.context().calendar();
        model.load();
        assertThat(model.budgetLabelProperty().get()).isEqualTo("Work this week");

        model.modeProperty().set(CalendarViewModel.Mode.MONTH);
        assertThat(model.budgetLabelProperty().get()).isEqualTo("Work in week 50");
        assertThat(model.summaryTitleProperty().get()).isEqualTo("Overview of week 50");

        model.modeProperty().set(CalendarViewModel.Mode.AGENDA);
        model.dateProperty().set(LocalDate.parse("2027-01-01"));
        assertThat(model.budgetLabelProperty().get()).isEqualTo("Work in week 53");

        app.context().messages().setLocale(new Locale("da"));
        model.load();
        assertThat(model.budgetLabelProperty().get()).isEqualTo("Arbejde i uge 53");
        assertThat(model.summaryTitleProperty().get()).isEqualTo("Overblik over uge 53");
    }

    @Test
    void theAgendaFlagsABreaklessRunInAnyListedWeek() {
        app = TestApp.open(dir, Locale.ENGLISH, Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC));
        CalendarViewModel model = app.context().calendar();
        model.modeProperty().set(CalendarViewModel.Mode.AGENDA);
        model.load();
        model.create(new EventDraft("Convention stand", java.time.LocalDateTime.parse("2026-12-16T08:00"),
                java.time.LocalDateTime.parse("2026-12-16T19:00"), false, "", "", null, Kind.NETWORKING, null, null));
        Occurrence later = model.occurrences().stream().filter(o -> o.title().equals("Convention stand")).findFirst().orElseThrow();
        assertThat(model.summaryProperty().get().breakFlagged()).doesNotContain(later.key());
        assertThat(model.isBreakFlagged(later)).isTrue();
    }
}
