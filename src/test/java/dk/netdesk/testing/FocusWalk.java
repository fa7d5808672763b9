package dk.netdesk.testing;

import dk.netdesk.calendar.CalendarViewModel;
import dk.netdesk.calendar.EventDraft;
import dk.netdesk.calendar.Kind;
import dk.netdesk.contacts.ContactDetails;
import dk.netdesk.contacts.Interest;
import dk.netdesk.contacts.Source;
import dk.netdesk.library.LibraryViewModel;
import dk.netdesk.pipeline.ContactService;
import dk.netdesk.pipeline.PipelineRepository;
import dk.netdesk.ui.Shell;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: shows every screen (Today and the board with a contact open, Contacts, the calendar's day, week,
 * month and agenda, the library with an item read and in the editor) and the dialogs (settings, new event,
 * balance settings, stages, keyboard shortcuts, about, contacts import and export, calendar import, print week,
 * calendar search, find duplicates, retention review, erase contact), and hands each shown scene to a check, on the JavaFX thread. Also the scene-graph
 * walk: {@link #focusables(Parent)} lists the nodes a user can Tab to.
 */
public final class FocusWalk {

    private FocusWalk() {
    }

    /**
     * Fills {@code app} with three contacts, follow-ups and an event this week, shows its window on {@code stage}
     * at 1,024×700, then for each screen and dialog calls {@code check} with a name ("calendar WEEK", "dialog
     * settings") and the scene shown. Call from the test thread.
     */
    public static void visitAll(TestApp app, Stage stage, Check check) throws Exception {
        long anna = fill(app);
        Shell[] shell = new Shell[1];
        WaitForAsyncUtils.asyncFx(() -> {
            shell[0] = app.showShell(stage);
            stage.setMaximized(false);
            stage.setWidth(1024);
            stage.setHeight(700);
        }).get();
        settle();
        visit(stage, check, "today", () -> {
            shell[0].select("today");
            app.context().today().open(app.context().today().due().get(0));
        });
        visit(stage, check, "pipeline", () -> {
            shell[0].select("pipeline");
            app.context().pipeline().select(anna);
            app.context().pipelineDetails().open(anna);
        });
        visit(stage, check, "contacts", () -> {
            shell[0].select("contacts");
            app.context().contacts().selectedProperty().set(app.context().contacts().allContacts().get(0));
        });
        CalendarViewModel calendar = app.context().calendar();
        for (CalendarViewModel.Mode mode : CalendarViewModel.Mode.values()) {
            visit(stage, check, "calendar " + mode, () -> {
                shell[0].select("calendar");
                calendar.modeProperty().set(mode);
            });
        }
        dialog(check, "dialog new event", () -> ((Button) stage.getScene().lookup("#calendar-new")).fire());
        dialog(check, "dialog balance settings", () -> ((Button) stage.getScene().lookup("#calendar-balance")).fire());
        LibraryViewModel library = app.context().library();
        visit(stage, check, "library", () -> {
            shell[0].select("library");
            library.queryProperty().set("");
            library.selectedHitProperty().set(library.hits().get(0));
        });
        visit(stage, check, "library editor", library::edit);
        WaitForAsyncUtils.asyncFx(library::cancelEdit).get();
        visit(stage, check, "pipeline again", () -> shell[0].select("pipeline"));
        dialog(check, "dialog stages", () -> ((Button) stage.getScene().lookup("#pipeline-stages")).fire());
        dialog(check, "dialog settings", () -> dk.netdesk.ui.SettingsDialog.show(stage, app.context().shell()));
        // the other dialogs: from the menus, the File menu's imports and exports, and the contact tools
        dialog(check, "dialog keyboard shortcuts", () -> menuItem(stage, "menu-shortcuts").fire());
        dialog(check, "dialog about", () -> menuItem(stage, "menu-about").fire());
        dialog(check, "dialog import contacts", () -> menuItem(stage, "menu-import-contacts").fire());
        dialog(check, "dialog export contacts", () -> menuItem(stage, "menu-export-contacts").fire());
        dialog(check, "dialog import calendar", () -> menuItem(stage, "menu-import-calendar").fire());
        dialog(check, "dialog print week", () -> menuItem(stage, "menu-printWeek").fire());
        dialog(check, "dialog calendar search", () -> {
            shell[0].select("calendar");
            Node inCalendar = stage.getScene().lookup("#calendar-today");
            javafx.event.Event.fireEvent(inCalendar, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.F,
                    false, true, false, false));
        });
        dialog(check, "dialog find duplicates", () -> app.context().openMerge(stage));
        dialog(check, "dialog retention review", () -> app.context().openRetention(stage));
        dialog(check, "dialog erase contact", () ->
                new dk.netdesk.pipeline.EraseDialog(app.context().contactsEditor().erase()).show(stage, anna));
    }

    /** The menu bar's item with {@code id}, in any menu; fails when there is none. */
    private static javafx.scene.control.MenuItem menuItem(Stage stage, String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) stage.getScene().lookup("#menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no menu item #" + id));
    }

    /** What is done with each screen: on the JavaFX thread, with the screen's name and the scene shown. */
    @FunctionalInterface
    public interface Check {
        void check(String screen, Scene scene) throws Exception;
    }

    private static void visit(Stage stage, Check check, String screen, Runnable show) throws Exception {
        WaitForAsyncUtils.asyncFx(show).get();
        settle();
        run(check, screen, stage.getScene());
    }

    /** Opens a dialog (one that waits too), checks its scene, and closes it. */
    private static void dialog(Check check, String screen, Runnable open) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Platform.runLater(open)).get();
        settle();
        Window window = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("no dialog for " + screen))).get();
        try {
            run(check, screen, window.getScene());
        } finally {
            WaitForAsyncUtils.asyncFx(window::hide).get();
            settle();
        }
    }

    private static void run(Check check, String screen, Scene scene) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                check.check(screen, scene);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get();
    }

    public static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Every node under {@code root} a user can reach with Tab and see: focus traversable, not disabled, visible
     * with all its parents, and at least partly inside the window and every clip around it. In scene order.
     */
    public static List<Node> focusables(Parent root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node.isFocusTraversable() && !node.isDisabled() && shownBounds(node) != null) {
            found.add(node);
        }
        // the field inside a date picker, a combo box or a spinner is part of that control, not a stop of its own
        if (node instanceof Parent parent && !(node instanceof javafx.scene.control.ComboBoxBase<?>)
                && !(node instanceof javafx.scene.control.Spinner<?>)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    /**
     * The part of {@code node}'s layout bounds, in scene coordinates, that is inside the scene and every
     * ancestor's clip; null when nothing of it is (or it has no size).
     */
    public static Bounds shownBounds(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        Scene scene = node.getScene();
        if (scene == null) {
            return null;
        }
        bounds = intersect(bounds, new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()));
        for (Node up = node.getParent(); up != null && bounds != null; up = up.getParent()) {
            if (up.getClip() != null) {
                bounds = intersect(bounds, up.localToScene(up.getClip().getBoundsInParent()));
            }
        }
        if (bounds == null || bounds.getWidth() < 1 || bounds.getHeight() < 1) {
            return null;
        }
        return bounds;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** How a node is named in a failure list: its id (or "no id"), its class, and its text if any. */
    public static String describe(Node node) {
        String text = node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                ? " \"" + labeled.getText() + "\"" : "";
        String id = node.getId() != null ? "#" + node.getId() : "(no id" + parentId(node) + ")";
        return id + " " + node.getClass().getSimpleName() + text;
    }

    private static String parentId(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                return ", in #" + up.getId();
            }
        }
        return "";
    }

    /** Three contacts in different stages with follow-ups due; an event today. Returns the first one's id. */
    public static long fill(TestApp app) {
        app.context().pipeline().load();
        ContactService contacts = People.service(app.database(), TestApp.CLOCK);
        PipelineRepository pipeline = new PipelineRepository(app.database(), new dk.netdesk.db.Changes(), TestApp.CLOCK);
        LocalDate today = LocalDate.now(TestApp.CLOCK);
        long anna = contacts.create(new ContactDetails("Anna Østergaard", List.of("+45 20 30 40 50"),
                List.of("anna@example.dk"), "", "", "", "", "Odense", null, Source.EVENT, null, Interest.CUSTOMER,
                List.of("skin care"), "Met at the Odense fair."), null).id();
        long bo = contacts.create(new ContactDetails("Bo Nielsen", List.of("+45 31 41 51 61"), List.of("bo@example.dk"),
                "", "", "", "", "", null, Source.REFERRAL, null, Interest.CUSTOMER, List.of(), ""), null).id();
        pipeline.setNextFollowUp(anna, today.minusDays(2));
        pipeline.setNextFollowUp(bo, today);
        pipeline.move(bo, pipeline.stages().get(2).id(), 0);
        app.context().pipeline().load();
        app.context().today().load();
        app.context().contacts().load();
        app.context().calendar().load();
        app.context().calendar().create(new EventDraft("Coffee with Bo", today.atTime(11, 0), today.atTime(12, 0),
                false, "", "", null, Kind.FOLLOW_UP, null, null));
        app.context().calendar().create(new EventDraft("Erhvervsklub", LocalDateTime.parse("2026-11-27T19:00"),
                LocalDateTime.parse("2026-11-27T20:30"), false, "", "", null, Kind.NETWORKING, null, null));
        return anna;
    }
}
