package dk.netdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.Contact;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.library.LibraryKind;
import dk.netdesk.pipeline.StageColumn;
import dk.netdesk.testing.AppWindowTest;
import dk.netdesk.testing.EnglishLeftovers;
import dk.netdesk.testing.TestApp;
import dk.netdesk.ui.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, "Done when": the app starts in English with data (contacts in several stages, follow-ups, events, the
 * starter library, an English status message), the language is switched to Danish at runtime as Settings does it,
 * and then every screen (Today, the board, contacts, the calendar in each view, the library) and every dialog is
 * walked. Any text that is still English fails the test with the list of them (window | node | text | why): texts
 * equal to an English bundle text whose Danish differs, texts an English pattern makes, English month and weekday
 * names and dates, and date pickers without week numbers or starting on another day than Monday.
 */
class LanguageSwitchWalkTest extends AppWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** The library's starter items and collections are data, written in the language of the first start. */
    private final EnglishLeftovers leftovers = new EnglishLeftovers()
            .ignoreUnder("library-list", "library-body", "library-reader-title", "library-filter-collection", "library-collection");
    private final List<String> notOpened = new ArrayList<>();
    private FxRobot robot;

    @Test
    void afterSwitchingToDanishNoScreenOrDialogShowsEnglish(FxRobot robot) throws Exception {
        this.robot = robot;
        app = TestApp.open(dir, Locale.ENGLISH);
        AppContext context = app.context();
        context.pipeline().load();
        Contact anna = context.contactService().create(ContactDetails.named("Anna Jensen")
                .withContact("20 30 40 50", "anna@example.dk", "Met at the fair."), null);
        Contact bo = context.contactService().create(ContactDetails.named("Bo Nielsen")
                .withContact("31 41 51 61", "bo@example.dk", ""), null);
        Contact anne = context.contactService().create(ContactDetails.named("Anne Jensen")
                .withContact("+45 20 30 40 50", "", ""), null);
        Contact karen = context.contactService().create(ContactDetails.named("Karen Holm")
                .withContact("", "karen@example.dk", ""), null);
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "Navn,Telefon,E-mail,Fødselsdag\nAnna Jensen,20 30 40 50,anna@example.dk,05/04/1990\n"
                + "Mette Sørensen,22 33 44 55,mette@example.dk,17/05/1985\n");
        Shell shell = WaitForAsyncUtils.asyncFx(() -> app.showShell(stage)).get();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        // As a user would: work in English first, so screens, editors and the status line hold English state.
        robot.interact(() -> {
            List<StageColumn> columns = context.pipeline().columns();
            context.pipeline().moveCard(karen.id(), columns.get(columns.size() - 1).stage().id(), 0);
            context.pipeline().moveCard(anne.id(), columns.get(2).stage().id(), 0);
            context.calendar().load();
            context.calendar().create(new EventDraft("Coffee with Anna", LocalDateTime.of(2026, 11, 30, 10, 0),
                    LocalDateTime.of(2026, 11, 30, 11, 0), false, "Odense", "", anna.id(), Kind.FOLLOW_UP, null, 15));
            context.calendar().create(new EventDraft("Product evening", LocalDateTime.of(2026, 12, 2, 19, 0),
                    LocalDateTime.of(2026, 12, 2, 21, 0), false, "", "", null, Kind.PRESENTATION, null, null));
            context.calendar().create(new EventDraft("Family day", LocalDateTime.of(2026, 12, 5, 0, 0),
                    LocalDateTime.of(2026, 12, 6, 0, 0), true, "", "", null, Kind.FAMILY, null, null));
            for (String area : List.of("today", "pipeline", "contacts", "calendar", "library")) {
                shell.select(area);
            }
            context.pipelineDetails().open(anna.id());
            context.pipelineDetails().activity().setNextFollowUp(TODAY);
            context.today().details().open(anna.id());
            context.contacts().selectedProperty().set(context.contacts().allContacts().stream()
                    .filter(c -> c.id() == bo.id()).findFirst().orElseThrow());
            // a script, whose reader lists the stages it is for; its own title and collection are English data
            context.library().hits().stream()
                    .filter(hit -> hit.kind() == LibraryKind.OBJECTION_SCRIPT && !hit.collection().contains("Customer"))
                    .findFirst().ifPresent(hit -> context.library().selectedHitProperty().set(hit));
            context.pipeline().moveCard(bo.id(), columns.get(1).stage().id(), 0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.status().textProperty().get()).as("an English status message is shown").startsWith("Moved Bo Nielsen");
        robot.interact(() -> context.shell().setLanguage(new Locale("da")));
        WaitForAsyncUtils.waitForFxEvents();

        for (String area : List.of("today", "pipeline", "contacts", "library", "calendar")) {
            robot.interact(() -> shell.select(area));
            WaitForAsyncUtils.waitForFxEvents();
            walkMainWindow("screen " + area);
        }
        for (String mode : List.of("day", "week", "month", "agenda")) {
            fire("#calendar-mode-" + mode);
            walkMainWindow("calendar " + mode + " view");
        }

        // Calendar dialogs
        dialog("event dialog (new)", () -> fireNow("#calendar-new"), null);
        dialog("balance settings", () -> fireNow("#calendar-balance"), null);
        dialog("print preview", () -> fireNow("#calendar-print"), null);
        dialog("calendar import", () -> menuButtonItem("#calendar-files", "calendar-import"), null);
        dialog("calendar search", () -> Event.fireEvent(lookup("#calendar-root"), new KeyEvent(KeyEvent.KEY_PRESSED,
                "", "", KeyCode.F, false, true, false, false)), null);

        // File and Help menus
        dialog("settings", () -> menuItem("menu-settings"),
                opened -> dialog("restore", () -> fireNow("#settings-restore"), null));
        dialog("about", () -> menuItem("menu-about"), null);
        dialog("import wizard", () -> context.openContactsImport(stage, csv), opened -> {
            for (int step = 2; step < 7; step++) {
                String where = "import wizard, step " + step;
                Button next = robot.lookup("#import-next").queryAs(Button.class);
                if (next.isDisabled() || next.getText().equals(context.messages().get("exchange.wizard.run"))) {
                    break;
                }
                robot.interact(next::fire);
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> walkWindows(where, opened));
            }
        });

        // Board and contacts dialogs
        robot.interact(() -> shell.select("pipeline"));
        dialog("stages", () -> fireNow("#pipeline-stages"), null);
        robot.interact(() -> shell.select("contacts"));
        WaitForAsyncUtils.waitForFxEvents();
        dialog("export contacts", () -> fireNow("#contacts-export"), null);
        dialog("retention review", () -> fireNow("#contact-retention"), null);
        dialog("find duplicates", () -> fireNow("#contact-duplicates"), null);
        robot.interact(() -> context.contacts().selectedProperty().set(context.contacts().allContacts().stream()
                .filter(c -> c.id() == bo.id()).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        dialog("delete contact", () -> fireNow("#contact-delete"), null);
        dialog("erase person", () -> menuButtonItem("#details-more", "details-erase"), null);

        List<String> found = leftovers.findings().stream().map(Object::toString).collect(Collectors.toList());
        assertThat(notOpened).as("dialogs the walk could not open").isEmpty();
        assertThat(found).as("English left after switching to Danish:\n" + String.join("\n", found)).isEmpty();
    }

    private void walkMainWindow(String where) {
        robot.interact(() -> {
            leftovers.walk(where, stage);
            leftovers.walkDatePickers(where, stage.getScene().getRoot());
        });
    }

    private void walkWindows(String where, List<Window> windows) {
        for (Window window : windows) {
            if (window.isShowing()) {
                leftovers.walk(where, window);
                if (window.getScene() != null) {
                    leftovers.walkDatePickers(where, window.getScene().getRoot());
                }
            }
        }
    }

    /**
     * Opens a dialog with {@code action} (run later on the JavaFX thread, as a click would, so a modal dialog's
     * nested event loop does not block the test), walks every window it opened, runs {@code inside} and closes them.
     */
    private void dialog(String name, Runnable action, Consumer<List<Window>> inside) {
        Set<Window> before = new HashSet<>(showing());
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> opened = showing().stream().filter(w -> !before.contains(w)).toList();
        if (opened.isEmpty()) {
            notOpened.add(name);
            return;
        }
        robot.interact(() -> walkWindows(name, opened));
        if (inside != null) {
            inside.accept(opened);
        }
        robot.interact(() -> {
            for (int i = opened.size() - 1; i >= 0; i--) {
                opened.get(i).hide();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Window> showing() {
        return Window.getWindows().stream().filter(Window::isShowing).toList();
    }

    private Node lookup(String id) {
        return robot.lookup(id).query();
    }

    private void fire(String id) {
        robot.interact(() -> fireNow(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fireNow(String id) {
        ((ButtonBase) lookup(id)).fire();
    }

    private void menuItem(String id) {
        MenuBar bar = (MenuBar) lookup("#menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    item.fire();
                    return;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private void menuButtonItem(String buttonId, String itemId) {
        MenuButton button = (MenuButton) lookup(buttonId);
        button.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + itemId + " in " + buttonId)).fire();
    }
}
