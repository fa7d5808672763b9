package dk.netdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.Changes;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.People;
import dk.netdesk.testing.Screenshots;
import dk.netdesk.testing.TestApp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListCell;
import javafx.scene.control.Label;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Today shows a follow-up's time and kind when the user set them (issue 18, item 11: a new-user finding of stop 31 was
 * that only the date showed), in the UI language, and lists a day's timed follow-ups in time order before the untimed
 * ones. Saves {@code target/screenshots/today-time-kind-<language>.png}.
 */
class TodayTimeAndKindTest extends AppWindowTest {

    private static final LocalDate TODAY = LocalDate.now(TestApp.CLOCK);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|Due today · at 09:30 · Meeting|Due today · at 19:00|Due today|Overdue since 26 Nov (2 days) · Call",
            "da|Forfalder i dag · kl. 09:30 · Møde|Forfalder i dag · kl. 19:00|Forfalder i dag"
                    + "|Forfalden siden 26. nov. (2 dage) · Opkald"})
    void aFollowUpsTimeAndKindShowInItsRow(String language, String morning, String evening, String untimed,
                                           String overdue, FxRobot robot) throws Exception {
        app = TestApp.open(dir, Locale.forLanguageTag(language));
        ContactService people = People.service(app.database(), new Changes(), TestApp.CLOCK);
        people.create(ContactDetails.named("Anna"), null, NextFollowUp.on(TODAY), null);
        people.create(ContactDetails.named("Bo"), null, new NextFollowUp(TODAY, LocalTime.of(19, 0), null), null);
        people.create(ContactDetails.named("Carl"), null,
                new NextFollowUp(TODAY, LocalTime.of(9, 30), FollowUpKind.MEETING), null);
        people.create(ContactDetails.named("Dorte"), null,
                new NextFollowUp(TODAY.minusDays(2), null, FollowUpKind.CALL), null);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(860);
            app.showShell(stage).select("today");
        });
        app.context().today().load();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.context().today().due().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.context().today().due()).extracting(FollowUp::name)
                .as("overdue first, then today's by time, the untimed last").containsExactly("Dorte", "Carl", "Bo", "Anna");
        List<String> rows = robot.lookup("#today-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() != null)
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(cell -> ((Label) cell.lookup(".today-entry").lookupAll(".label").stream().skip(1).findFirst()
                        .orElseThrow()).getText())
                .toList();
        assertThat(rows).containsExactly(overdue, morning, evening, untimed);
        ListCell<?> carl = robot.lookup("#today-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getIndex() == 1).findFirst().orElseThrow();
        assertThat(carl.getAccessibleText()).as("read out too").contains(morning);
        robot.interact(() -> Screenshots.save(stage.getScene(), "today-time-kind-" + language));
    }
}
