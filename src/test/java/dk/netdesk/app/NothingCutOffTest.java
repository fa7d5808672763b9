package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.CalendarViewModel;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.library.LibraryViewModel;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.CutOff;
import dk.netdesk.testing.People;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Shell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15 (small windows): at 1,024×700 and at the smallest size the window allows, in English and Danish,
 * every screen (Today and the board with a contact open, Contacts, the calendar's day, week, month and agenda,
 * the library with an item read and edited) shows every label, button and hint whole, and every control inside
 * the window or in a panel that scrolls to it ({@link CutOff}).
 */
class NothingCutOffTest extends AppWindowTest {

    /**
     * Left out here because other items of issue 15 fix them on their own branches: item 12, the contacts
     * table's columns (cut phone numbers, a long name crushing the Phone column), and item 23, the library's
     * hit list (titles and previews cut short). Take them out of this set once those are in.
     */
    private static final java.util.Set<String> ELSEWHERE = java.util.Set.of("contact-table", "library-list");

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"en, 1024, 700", "da, 1024, 700", "en, 0, 0", "da, 0, 0"})
    void everyScreenShowsItsTextsWhole(String language, double width, double height) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        app = TestApp.open(dir, locale);
        long anna = fill(app);
        Shell[] shell = new Shell[1];
        WaitForAsyncUtils.asyncFx(() -> {
            shell[0] = app.showShell(stage);
            stage.setMaximized(false);
            stage.setWidth(width == 0 ? Shell.MIN_WIDTH : width);
            stage.setHeight(height == 0 ? Shell.MIN_HEIGHT : height);
        }).get();
        settle();
        // the window cannot be made smaller than every screen here is checked at (the test screen is larger)
        assertThat(stage.getMinWidth()).isEqualTo(Shell.MIN_WIDTH);
        assertThat(stage.getMinHeight()).isEqualTo(Shell.MIN_HEIGHT);
        List<String> cut = new ArrayList<>();

        visit(cut, "today", () -> {
            shell[0].select("today");
            app.context().today().open(app.context().today().due().get(0));
        });
        visit(cut, "pipeline", () -> {
            shell[0].select("pipeline");
            app.context().pipeline().select(anna);
            app.context().pipelineDetails().open(anna);
        });
        visit(cut, "contacts", () -> {
            shell[0].select("contacts");
            app.context().contacts().selectedProperty().set(app.context().contacts().allContacts().get(0));
        });
        CalendarViewModel calendar = app.context().calendar();
        for (CalendarViewModel.Mode mode : CalendarViewModel.Mode.values()) {
            visit(cut, "calendar " + mode, () -> {
                shell[0].select("calendar");
                calendar.modeProperty().set(mode);
            });
        }
        LibraryViewModel library = app.context().library();
        visit(cut, "library", () -> {
            shell[0].select("library");
            library.queryProperty().set("");
        });
        visit(cut, "library item", () -> library.selectedHitProperty().set(library.hits().get(0)));
        visit(cut, "library editor", library::edit);
        visit(cut, "library new item", library::newItem);

        assertThat(cut).as("cut off at %s×%s in %s", stage.getWidth(), stage.getHeight(), language).isEmpty();
    }

    private void visit(List<String> cut, String screen, Runnable show) throws Exception {
        WaitForAsyncUtils.asyncFx(show).get();
        settle();
        List<String> found = WaitForAsyncUtils.asyncFx(() -> CutOff.in(stage.getScene(), ELSEWHERE)).get();
        found.forEach(line -> cut.add(screen + ": " + line));
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(350, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Three contacts in different stages with follow-ups due, one with a long name and every field filled. */
    private static long fill(TestApp app) {
        app.context().pipeline().load();
        ContactService contacts = People.service(app.database(), TestApp.CLOCK);
        PipelineRepository pipeline = new PipelineRepository(app.database(), new dk.netdesk.db.Changes(), TestApp.CLOCK);
        LocalDate today = LocalDate.now(TestApp.CLOCK);
        long anna = contacts.create(new ContactDetails("Anna Margrethe Østergaard-Kristensen",
                List.of("+45 20 30 40 50", "0045 28 76 54 32"), List.of("anna.margrethe.oestergaard@example.dk"),
                "", "", "", "", "Odense", null, Source.EVENT, null, Interest.CUSTOMER,
                List.of("skin care", "Odense"), "Met at the Odense fair."), null).id();
        long bo = contacts.create(new ContactDetails("Bo Nielsen", List.of("+45 31 41 51 61"), List.of("bo@example.dk"),
                "", "", "", "", "", null, Source.REFERRAL, null, Interest.CUSTOMER, List.of(), ""), null).id();
        pipeline.setNextFollowUp(anna, today.minusDays(2));
        pipeline.setNextFollowUp(bo, today);
        pipeline.move(bo, pipeline.stages().get(2).id(), 0);
        app.context().pipeline().load();
        app.context().today().load();
        app.context().contacts().load();
        app.context().calendar().load();
        // the week overview names each kind of work: the Danish "Netværksarrangement" is one long word
        app.context().calendar().create(new dk.netdesk.calendar.EventDraft("Erhvervsklub",
                java.time.LocalDateTime.parse("2026-11-27T19:00"), java.time.LocalDateTime.parse("2026-11-27T20:30"),
                false, "", "", null, dk.netdesk.calendar.Kind.NETWORKING, null, null));
        return anna;
    }
}
