package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.db.BackupFile;
import dk.netdesk.exchange.ImportWizardDialog;
import dk.netdesk.exchange.ImportWizardViewModel;
import dk.netdesk.pipeline.MergeDialog;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.CutOff;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.RestoreDialog;
import dk.netdesk.ui.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a 1,024×700 window, in English and Danish, the tables and lists the screenshots found cut short show their
 * texts whole ({@link CutOff}): the contacts table with a do-not-contact person, Today's "Planned, but do not
 * contact" section, the restore dialog's headers ("Størrelse"), the merge dialog's pairs and the import wizard's
 * preview, column mapping and duplicates, each dialog no larger than the screen.
 */
class TableTextsWholeTest extends AppWindowTest {

    private static final double WIDTH = 1024;
    private static final double HEIGHT = 700;

    private static final String CSV = """
            Navn;Mobil;E-mail;Fødselsdag;Firma;Adresse;Postnr;By;Mærker;Skostørrelse
            Åse Ærø-Østergård;20 30 40 50;aase@example.dk;04/05/1990;Hudpleje ApS;Strandvejen 1;8000;Århus C;Kunde;38
            Bo Lund;22 33 44 55;bo@example.dk;11/03/1985;;;;Køge;;
            Carl Bad;;carl(at)example.dk;;;;;Odense;;
            Dorte Møller;61 72 83 94;dorte@example.dk;07/08/1979;;Vestergade 5;7100;Vejle;VIP;40
            Ida Lund;22 33 44 55;ida@example.dk;;;;;Køge;;
            dorte møller;;Dorte@Example.dk;;;;;;;
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "da"})
    void tablesAndListsShowTheirTextsWhole(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        boolean da = language.equals("da");
        app = TestApp.open(dir.resolve("data"), locale);
        app.context().pipeline().load();
        PipelineRepository pipeline = new PipelineRepository(app.database(), app.context().changes(), TestApp.CLOCK);
        LocalDate today = LocalDate.now(TestApp.CLOCK);
        long blocked = 0;
        for (String name : List.of("Anna Jensen", "Bo Lund", "Karen Østergaard", "Niels Olsen", "Søren Ærø")) {
            long id = app.context().contactService().create(new ContactDetails(name, List.of("+45 20 30 40 50"),
                    List.of(name.split(" ")[0].toLowerCase(Locale.ROOT) + "@example.dk"), "", "", "", "", "Odense",
                    null, null, null, null, List.of(), ""), null).id();
            if (name.startsWith("Niels")) {
                blocked = id;
            } else {
                pipeline.setNextFollowUp(id, today);
            }
        }
        app.context().contactService().create(ContactDetails.named("Søren Ærø"), null);
        app.context().calendarService().scheduleFollowUp(blocked, today.atTime(18, 0), Duration.ofMinutes(30));
        pipeline.setDoNotContact(blocked, true, da ? "Bad om ikke at blive ringet op" : "Asked not to be called");
        app.context().backups().backUp(BackupFile.Reason.MANUAL);
        long niels = blocked;

        Shell[] shell = new Shell[1];
        WaitForAsyncUtils.asyncFx(() -> {
            shell[0] = app.showShell(stage);
            stage.setMaximized(false);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        }).get();
        settle();
        List<String> cut = new ArrayList<>();

        WaitForAsyncUtils.asyncFx(() -> {
            shell[0].select("contacts");
            app.context().contacts().load();
        }).get();
        settle();
        WaitForAsyncUtils.asyncFx(() -> app.context().contacts().allContacts().stream().filter(c -> c.id() == niels)
                .findFirst().ifPresent(c -> app.context().contacts().selectedProperty().set(c))).get();
        check(cut, "contacts", () -> stage);

        WaitForAsyncUtils.asyncFx(() -> {
            shell[0].select("today");
            app.context().today().load();
        }).get();
        settle();
        WaitForAsyncUtils.asyncFx(() -> app.context().today().open(app.context().today().blocked().get(0))).get();
        check(cut, "today", () -> stage);

        WaitForAsyncUtils.asyncFx(() -> show(new RestoreDialog(app.context().shell().backups().restoreModel())
                .build(stage))).get();
        check(cut, "restore", TableTextsWholeTest::dialog);
        close();

        WaitForAsyncUtils.asyncFx(() -> show(new MergeDialog(app.context().merge()).build(stage))).get();
        check(cut, "merge", TableTextsWholeTest::dialog);
        close();

        Path file = dir.resolve("kontakter.csv");
        Files.writeString(file, CSV.replace("\n", "\r\n"));
        ImportWizardViewModel wizard = app.context().importWizard();
        WaitForAsyncUtils.asyncFx(() -> show(new ImportWizardDialog(wizard).build(stage, file))).get();
        check(cut, "import preview", TableTextsWholeTest::dialog);
        WaitForAsyncUtils.asyncFx(wizard::next).get();
        check(cut, "import mapping", TableTextsWholeTest::dialog);
        WaitForAsyncUtils.asyncFx(wizard::next).get();
        check(cut, "import duplicates", TableTextsWholeTest::dialog);
        close();

        assertThat(cut).as("cut off at %s×%s in %s", WIDTH, HEIGHT, language).isEmpty();
    }

    /** Shows {@code dialog} no larger than the 1,024×700 screen, as a window manager would. */
    private static void show(Dialog<?> dialog) {
        dialog.show();
        dialog.setWidth(Math.min(dialog.getWidth(), WIDTH));
        dialog.setHeight(Math.min(dialog.getHeight(), HEIGHT));
    }

    private static Window dialog() {
        List<Window> dialogs = Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .toList();
        return dialogs.get(dialogs.size() - 1);
    }

    private static void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> ((javafx.stage.Stage) dialog()).close()).get();
        settle();
    }

    private void check(List<String> cut, String screen, Supplier<Window> window) throws Exception {
        settle();
        List<String> found = WaitForAsyncUtils.asyncFx(() -> {
            Window shown = window.get();
            List<String> lines = new ArrayList<>(CutOff.in(shown.getScene()));
            double width = Math.max(shown.getWidth(), shown.getScene().getWidth());
            double height = Math.max(shown.getHeight(), shown.getScene().getHeight());
            if (width > WIDTH + 0.5 || height > HEIGHT + 0.5) {
                lines.add("the window is " + (int) width + "x" + (int) height + ", larger than the screen");
            }
            return lines;
        }).get();
        found.forEach(line -> cut.add(screen + ": " + line));
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(350, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
